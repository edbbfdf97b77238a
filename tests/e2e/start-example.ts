import type { Page } from 'playwright-core';

/** What "Starta från exempel" asks for: whose draft the example is to become. */
export interface ExampleAnswers {
  municipality: string;
  policeArea: string;
  startYear: string;
}

/**
 * Starts a draft from a bundled example through the start page, as a user
 * does: "Starta från exempel", the example, the form filled in, "Skapa
 * utkast"; resolves once the editor has the draft's title.
 */
export async function startFromExample(page: Page, title: string, answers: ExampleAnswers): Promise<void> {
  await page.getByRole('button', { name: 'Starta från exempel' }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
  const form = page.getByRole('form', { name: `Utgå från ”${title}”` });
  await form.getByLabel('Kommun', { exact: true }).fill(answers.municipality);
  await form.getByLabel('Lokalpolisområde', { exact: true }).fill(answers.policeArea);
  await form.getByLabel('Första år', { exact: true }).fill(answers.startYear);
  await form.getByRole('button', { name: 'Skapa utkast' }).click();
  await page.getByRole('region', { name: 'Grunduppgifter' }).waitFor();
}

/** The Söderhamn example's own answers: the draft gets its title, parties and period, without its signatories' names. */
export const SODERHAMN_ANSWERS: ExampleAnswers = { municipality: 'Söderhamn', policeArea: 'Hälsingland', startYear: '2020' };
