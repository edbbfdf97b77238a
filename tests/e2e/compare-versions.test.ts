import { describe, expect, it } from 'vitest';
import { useAppSession } from './session';
import { screenshot } from '../support/browser';

/**
 * "Jämför" in "Versioner", through the UI in a real browser against the real
 * services, at 1366 px: a draft is written, exported (which keeps a
 * version) and rewritten; its exported version compared with the text as it
 * is now shows each changed text under its section with the words removed
 * struck through and those added underlined.
 */
const TITLE_A = 'Medborgarlöfte för Ljusdal 2027';
const TITLE_B = 'Medborgarlöfte för Ljusdal och Järvsö 2027';
const TEXT_A = 'Polis och kommun lovar att tillsammans öka tryggheten i Ljusdals centrum.';
const TEXT_B = 'Polis och kommun lovar att minska narkotikan bland unga i Järvsö.';

describe('"Jämför": a version beside the text as it is now', () => {
  const app = useAppSession({ width: 1366, height: 768 });

  const exact = (label: string) => app.page.getByLabel(label, { exact: true });
  const comparison = () => app.page.getByRole('region', { name: /^Ändringar från/ });

  async function waitUntilSaved() {
    await app.page.getByRole('status', { name: 'Sparstatus' }).filter({ hasText: /^Sparat/ }).waitFor();
  }

  it('writes a draft, exports it (a version is kept) and rewrites its title and löftesmening', async () => {
    await app.page.goto(app.host.url);
    await app.page.getByRole('button', { name: 'Nytt medborgarlöfte' }).click();
    await exact('Titel').fill(TITLE_A);
    await exact('Löftesmening').fill(TEXT_A);
    await exact('Titel').focus();
    await waitUntilSaved();
    await app.page.getByRole('button', { name: 'Exportera till Word' }).click();
    await app.page.getByText(/^Exporterad: /).waitFor();

    await exact('Titel').fill(TITLE_B);
    await exact('Löftesmening').fill(TEXT_B);
    await exact('Titel').focus();
    await waitUntilSaved();
    expect(app.problems).toEqual([]);
  });

  it('compares the exported version with the text as it is now, by keyboard, and shows the changed words', async () => {
    await app.page.getByRole('link', { name: 'Versioner', exact: true }).click();
    const list = app.page.getByRole('region', { name: 'Sparade versioner' });
    await list.waitFor();
    const exported = list.getByRole('button').filter({ hasText: 'Exporterad till Word' });
    await exported.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => exported.getAttribute('aria-current')).toBe('true');

    const compareWith = app.page.getByRole('combobox', { name: 'Jämför den här versionen med' });
    expect(await compareWith.inputValue()).toBe('current');
    await screenshot(app.page, '36-versions-compare-with');
    await compareWith.focus();
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Jämför');
    await app.page.keyboard.press('Enter');

    const heading = comparison().getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toMatch(/^Ändringar från versionen från .+ till nuvarande text$/);
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await comparison().getByText('2 ändringar.').waitFor();

    const statement = comparison().getByRole('region', { name: 'Löftet' });
    await statement.getByText('Löftesmening ändrad').waitFor();
    expect(await statement.locator('del').allTextContents()).toEqual(['[borttaget: tillsammans öka tryggheten]', '[borttaget: Ljusdals centrum]']);
    expect(await statement.locator('ins').allTextContents()).toEqual(['[tillagt: minska narkotikan bland unga]', '[tillagt: Järvsö]']);
    const basics = comparison().getByRole('region', { name: 'Grunduppgifter' });
    expect(await basics.locator('ins').allTextContents()).toEqual(['[tillagt: och Järvsö]']);

    // Not by colour alone: the added words underlined, the removed ones struck through; the screen reader's markers unseen.
    const decoration = (selector: string) => statement.locator(selector).first().evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(await decoration('ins')).toBe('underline');
    expect(await decoration('del')).toBe('line-through');
    expect(await statement.locator('ins .visually-hidden').first().boundingBox()).toMatchObject({ width: 1, height: 1 });

    await screenshot(app.page, '36-versions-compare');
    await screenshot(comparison(), '36-versions-compare-changes');
    expect(app.problems).toEqual([]);
  });

  it('goes back to the version, with focus on its heading', async () => {
    await comparison().getByRole('button', { name: 'Tillbaka till versionen' }).click();
    const heading = app.page.getByRole('heading', { level: 2, name: /^Versionen från / });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await comparison().count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});
