import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxPart } from '../support/docx-tools';
import { screenshot } from '../support/browser';
import { openAppSession, type AppSession } from './session';
import { SODERHAMN_ANSWERS, startFromExample } from './start-example';

/**
 * "Exportera granskningsversion" in a browser against the e2e host: refused
 * before the draft was shared, then, after "Dela utkast" and an edit, a
 * .docx in the export folder with the edit as tracked changes, listed under
 * "Senaste exporter".
 */
describe('the granskningsversion', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openAppSession();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is refused until the draft is shared, then shows the edit since as tracked changes', async () => {
    const page = app.page;
    await page.goto(app.host.url);
    await startFromExample(page, 'Medborgarlöfte för Söderhamn 2020–2021', SODERHAMN_ANSWERS);
    const review = page.getByRole('button', { name: 'Exportera granskningsversion', exact: true });
    await review.click();
    await page.getByText(/^Kunde inte exportera granskningsversionen: Utkastet har ännu inte delats/).waitFor();

    await page.getByRole('button', { name: 'Dela utkast' }).click();
    await page.getByText(/^Delad: /).waitFor();
    const statement = page.getByLabel('Löftesmening', { exact: true });
    const before = await statement.inputValue();
    await statement.fill(before.replace('tillsammans', 'tillsammans och med civilsamhället'));

    await review.click();
    await page.getByText(/^Exporterad: .+-granskningsversion\.docx$/).waitFor();
    await screenshot(page.locator('[data-panel="export"]'), '60-granskningsversion');
    const [file] = readdirSync(app.exportDir).filter((name) => name.endsWith('-granskningsversion.docx'));
    const xml = readDocxPart(readFileSync(path.join(app.exportDir, file)), 'word/document.xml');
    expect([...xml.matchAll(/<w:ins [^>]*w:author="Samverka"[^>]*><w:r><w:t[^>]*>([^<]*)</g)].map(([, text]) => text.trim())).toEqual(['och med civilsamhället']);
    expect(await page.getByRole('region', { name: 'Senaste exporter' }).getByText('Granskningsversion (Word)').count()).toBe(1);
    expect(app.problems).toEqual([]);
  });
});
