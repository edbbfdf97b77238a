import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useAppSession } from './session';
import { screenshot } from '../support/browser';
import { inspectWithPythonDocx, normalizeSpace, readPdfPages } from '../support/docx-tools';

/**
 * What you see is what you sign: a coordinator types an activity as a whole
 * sentence and sees its target read from it; fills in another's target first,
 * takes the sentence the app suggests and edits it; exports. The Word file and
 * the PDF print each activity after its lead-in word for word as typed.
 */
describe('an activity\'s text is the promise, word for word', () => {
  const app = useAppSession({ width: 1366, height: 768 });
  let draftId: string;

  const group = (heading: string) => app.page.getByRole('region', { name: heading, exact: true });
  const exact = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
  const TYPED = 'genomföra minst 4 trygghetsvandringar per år i centrala Åmål, där ungas perspektiv tas tillvara';
  const EDITED_TAIL = ' tillsammans med föreningarna';
  let suggested = '';

  it('reads the target from a sentence as it is typed, and prints the sentence as typed', async () => {
    await app.page.goto(app.host.url);
    await app.page.getByRole('button', { name: 'Nytt medborgarlöfte' }).click();
    await app.page.getByRole('region', { name: 'Grunduppgifter' }).getByLabel('Titel', { exact: true }).fill('Medborgarlöfte för Åmål 2027');
    draftId = decodeURIComponent(new URL(app.page.url()).hash.split('/')[2]);
    await group('Polisen lovar att').getByRole('button', { name: 'Lägg till aktivitet' }).click();
    const text = exact(group('Polisen lovar att'), 'Aktivitet 1');
    await text.pressSequentially(TYPED, { delay: 0 });
    const item = group('Polisen lovar att').getByRole('listitem').first();
    await expect.poll(() => item.locator('[data-activity-part="target"]').textContent()).toBe('Mål: 4 trygghetsvandringar per år, centrala Åmål');
    await expect.poll(() => item.locator('[data-activity-part="sentence"]').textContent()).toBe(`Så skrivs den ut: Polisen lovar att ${TYPED}`);
    await expect.poll(() => text.inputValue()).toBe(TYPED);
    expect(await item.getByRole('button', { name: 'Använd förslaget' }).count()).toBe(0);
    await screenshot(group('Polisen lovar att'), '70-activity-typed-target');
  });

  it('suggests a sentence from a target filled in first, takes it with one click, and lets it be edited', async () => {
    const municipality = group('Kommunen lovar att');
    await municipality.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await exact(municipality, 'Aktivitet 1').fill('utbilda personalen på fritidsgårdarna');
    const item = municipality.getByRole('listitem').first();
    const details = item.locator('details');
    if (!(await details.getAttribute('open'))) await details.locator('summary').click();
    await exact(details, 'Antal').fill('2');
    await exact(details, 'Enhet').fill('utbildningstillfällen');
    await exact(details, 'Frekvens').fill('per termin');
    const offer = item.locator('[data-activity-part="suggestion"]');
    await offer.waitFor();
    suggested = (await offer.locator('p').textContent())!.replace(/^Förslag till text: ”|”$/gu, '');
    expect(suggested).toMatch(/två utbildningstillfällen per termin/u);
    // Shown, not taken: the printed sentence is still what was typed.
    expect(await item.locator('[data-activity-part="sentence"]').textContent()).toBe('Så skrivs den ut: Kommunen lovar att utbilda personalen på fritidsgårdarna');
    await screenshot(municipality, '71-activity-suggestion');

    await item.getByRole('button', { name: 'Använd förslaget' }).click();
    const text = exact(municipality, 'Aktivitet 1');
    await expect.poll(() => text.inputValue()).toBe(suggested);
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '')).toMatch(/text/u);
    await text.press('End');
    await text.pressSequentially(EDITED_TAIL, { delay: 0 });
    await expect.poll(() => item.locator('[data-activity-part="sentence"]').textContent()).toBe(`Så skrivs den ut: Kommunen lovar att ${suggested}${EDITED_TAIL}`);
    await text.blur();
    await expect.poll(async () => (await app.call('getDraft', draftId)).activities.map((activity) => activity.text)).toEqual([TYPED, `${suggested}${EDITED_TAIL}`]);
  });

  it('prints each activity in the Word file and the PDF exactly as typed', async () => {
    const docx = await app.call('exportDocx', draftId, { withPromises: false });
    const pdf = await app.call('exportPdf', draftId, { withPromises: false });
    if (!docx || !pdf) throw new Error('an export was cancelled');
    const lines = [`Polisen lovar att`, TYPED, 'Kommunen lovar att', `${suggested}${EDITED_TAIL}`];
    const { flow } = await inspectWithPythonDocx(docx.path);
    const paragraphs = flow.map((paragraph) => paragraph.text);
    for (const line of lines) expect(paragraphs, `the .docx paragraph "${line}"`).toContain(line);
    const printed = normalizeSpace((await readPdfPages(pdf.path)).join('\n'));
    for (const line of lines) expect(printed, `the PDF line "${line}"`).toContain(normalizeSpace(line));
    expect(app.problems).toEqual([]);
  });
});
