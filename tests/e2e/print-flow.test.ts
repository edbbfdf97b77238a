import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/draft/schema';
import { expectPageFocused, screenshot } from '../support/browser';
import { agreementDraft } from '../support/agreement';
import { readPdfInfo } from '../support/docx-tools';
import { useAppSession } from './session';

/**
 * "Skriv ut" through the UI: from the editor's export panel to the app's own
 * print preview, where the copies start at the draft's originals, the print
 * job reaches the printer (the e2e host records it and writes the PDF it
 * would print) and the draft's history says "Utskriven"; "Exportera PDF"
 * from both places; an agreement's löften as bilagor. Screenshots:
 * test-results/e2e/50-*.png.
 */

const TITLE = 'Medborgarlöfte för Söderhamn 2020–2021';

describe('printing a draft', () => {
  const app = useAppSession({ width: 1440, height: 900 });
  let draft: Draft;

  beforeAll(async () => {
    const example = await app.call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    // Three originals: one more than the parties, so the default is visibly the draft's.
    await app.call('saveDraft', { ...example, originals: 3 });
    draft = await app.call('getDraft', example.id);
  });

  // The page's own heading; the document's title in the preview is a heading of its own.
  const heading = () => app.page.getByRole('heading', { level: 1, name: /^Skriv ut/ });
  const copies = () => app.page.getByLabel('Antal exemplar', { exact: true });

  it('exports a PDF from the editor\'s export panel and leads to the print preview, saved first', async () => {
    await app.page.goto(`${app.host.url}#/utkast/${draft.id}`);
    const pdfButton = app.page.getByRole('button', { name: 'Exportera PDF', exact: true });
    await pdfButton.click();
    await app.page.getByText('Exporterad: medborgarlofte-soderhamn-2020-2021.pdf', { exact: true }).waitFor();
    await screenshot(app.page.locator('[data-panel="export"]'), '50-export-panel');

    await app.page.getByRole('link', { name: 'Skriv ut …', exact: true }).click();
    await expect.poll(() => app.page.evaluate(() => window.location.hash)).toBe(`#/utkast/${draft.id}/skriv-ut`);
    await app.page.getByText('Dokumentet har 2 sidor.', { exact: true }).waitFor();
    expect(await heading().textContent()).toBe(`Skriv ut ${TITLE}`);
    await expectPageFocused(heading());
    expect(await app.page.title()).toBe(`Skriv ut ${TITLE} – Samverka`);
    expect(app.problems).toEqual([]);
  });

  it('shows the pages as they print, with the draft\'s originals as the number of copies', async () => {
    expect(await copies().inputValue()).toBe('3');
    const sheets = app.page.getByRole('region', { name: 'Förhandsvisning' }).getByRole('group', { name: /^Sida \d+ av 2$/ });
    expect(await sheets.count()).toBe(2);
    expect(await app.page.getByText('Så här blir dokumentet på papper. Utskriften och PDF-filen får exakt de här sidorna.', { exact: true }).count()).toBe(1);
    // The app's chrome is around it, not in it: no "Exportera till Word" or form on this page.
    expect(await app.page.getByRole('button', { name: 'Exportera till Word' }).count()).toBe(0);
    await screenshot(app.page, '50-print-preview');
  });

  it('prints with those copies, and keeps the version as "Utskriven"', async () => {
    await app.page.getByRole('button', { name: 'Skriv ut', exact: true }).click();
    await app.page.getByText('Dokumentet skickades till skrivaren.', { exact: true }).waitFor();
    expect(app.host.prints.map(({ target, copies }) => ({ target, copies }))).toEqual([{ target: { draftId: draft.id, withPromises: false }, copies: 3 }]);
    // What went to the printer is the preview's pages.
    expect((await readPdfInfo(app.host.prints[0].file)).Pages).toBe('2');
    const versions = await app.call('listVersions', draft.id);
    expect(versions.map((version) => version.reason)).toContain('utskriven');
    await screenshot(app.page, '51-printed');
  });

  it('refuses a number of copies the print dialog cannot take, and prints the one typed next', async () => {
    await copies().fill('0');
    await app.page.getByText('Skriv ett heltal från 1 till 20.', { exact: true }).waitFor();
    expect(await copies().getAttribute('aria-invalid')).toBe('true');
    await app.page.getByRole('button', { name: 'Skriv ut', exact: true }).click();
    await expectPageFocused(app.page.locator('#print-copies'));
    expect(app.host.prints).toHaveLength(1);
    await screenshot(app.page.getByRole('region', { name: 'Inställningar för utskrift' }), '52-print-copies-invalid');

    await copies().fill('5');
    await app.page.getByRole('button', { name: 'Skriv ut', exact: true }).click();
    await expect.poll(() => app.host.prints.length, { timeout: 15_000 }).toBe(2);
    expect(app.host.prints[1].copies).toBe(5);
  });

  it('exports the PDF from the print preview too, and leads back to the editor', async () => {
    await app.page.getByRole('button', { name: 'Exportera PDF', exact: true }).click();
    await app.page.getByText('Exporterad: medborgarlofte-soderhamn-2020-2021-2.pdf', { exact: true }).waitFor();
    await app.page.getByRole('link', { name: 'Tillbaka till utkastet' }).click();
    await expect.poll(() => app.page.evaluate(() => window.location.hash)).toBe(`#/utkast/${draft.id}`);
    await app.page.getByRole('link', { name: 'Versioner', exact: true }).click();
    await app.page.getByText('Utskriven').first().waitFor();
    expect(app.problems).toEqual([]);
  });

  it('prints an agreement with its löften as bilagor when asked, the preview showing them', async () => {
    const agreement = { ...agreementDraft(), id: crypto.randomUUID() };
    await app.call('saveDraft', agreement);
    await app.call('createPromise', agreement.id);
    await app.page.goto(`${app.host.url}#/utkast/${agreement.id}/skriv-ut`);
    const pagesLine = app.page.getByRole('region', { name: 'Inställningar för utskrift' }).locator('p[aria-live="polite"]');
    await expect.poll(() => pagesLine.textContent()).toMatch(/^Dokumentet har \d+ sidor\.$/);
    const alone = Number((await pagesLine.textContent())!.match(/\d+/)![0]);
    expect(await copies().inputValue()).toBe(String(agreement.originals ?? 2));

    await app.page.getByLabel('Ta med medborgarlöftena som bilagor', { exact: true }).check();
    await expect.poll(async () => Number((await pagesLine.textContent())?.match(/\d+/)?.[0] ?? 0)).toBeGreaterThan(alone);
    const preview = app.page.getByRole('region', { name: 'Förhandsvisning' });
    await preview.getByText(/^Bilaga \d+$/).first().waitFor();
    await screenshot(app.page, '53-print-agreement-with-promises');

    await app.page.getByRole('button', { name: 'Skriv ut', exact: true }).click();
    await expect.poll(() => app.host.prints.length, { timeout: 15_000 }).toBe(3);
    expect(app.host.prints[2].target).toEqual({ draftId: agreement.id, withPromises: true });
    const printedPages = Number((await readPdfInfo(app.host.prints[2].file)).Pages);
    expect(String(printedPages)).toBe((await pagesLine.textContent())!.match(/\d+/)![0]);
    expect(app.problems).toEqual([]);
  });
});
