import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './session';
import { screenshot } from '../support/browser';
import { convertWithLibreOffice, readWithPythonDocx, renderPages } from '../support/docx-tools';
import { readFileSync } from 'node:fs';

/**
 * The thin path through every layer, in a real browser against the real
 * services: create → edit → reload → restart the host → export → LibreOffice
 * and python-docx read the document.
 */
const DRAFT = {
  title: 'Medborgarlöfte för Söderhamn 2027',
  start: '2027-01-01',
  end: '2027-12-31',
  kommun: 'Söderhamns kommun',
  polis: 'Polismyndigheten, lokalpolisområde Hälsingland',
  statement: 'Polis och kommun lovar att tillsammans öka den upplevda tryggheten i Söderhamns centrum.',
  activities: {
    'Polisen lovar att': ['genomföra två riktade insatser mot narkotika bland unga', 'fotpatrullera i centrum varje fredag'],
    'Kommunen lovar att': ['säkerställa närvaro av centrumvärdar kvällstid'],
    'Polisen och kommunen lovar gemensamt att': ['genomföra minst fyra trygghetsvandringar'],
  } as Record<string, string[]>,
};

const allActivityTexts = Object.values(DRAFT.activities).flat();

describe('a medborgarlöfte through the UI', () => {
  const app = useAppSession();

  const group = (heading: string) => app.page.getByRole('region', { name: heading, exact: true });
  const partyField = (n: number, label: string) => app.page.getByRole('group', { name: `Part ${n}`, exact: true }).getByLabel(label, { exact: true });

  async function waitUntilSaved() {
    await expect.poll(() => app.page.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(/^Sparat/);
  }

  async function expectDraftOnScreen() {
    await expect.poll(() => app.page.getByLabel('Titel', { exact: true }).inputValue()).toBe(DRAFT.title);
    expect(await app.page.getByLabel('Startdatum', { exact: true }).inputValue()).toBe(DRAFT.start);
    expect(await app.page.getByLabel('Slutdatum', { exact: true }).inputValue()).toBe(DRAFT.end);
    expect(await partyField(1, 'Namn').inputValue()).toBe(DRAFT.kommun);
    expect(await partyField(2, 'Namn').inputValue()).toBe(DRAFT.polis);
    expect(await app.page.getByLabel('Löftesmening', { exact: true }).inputValue()).toBe(DRAFT.statement);
    for (const [heading, texts] of Object.entries(DRAFT.activities)) {
      for (const [i, text] of texts.entries()) {
        expect(await group(heading).getByLabel(`Aktivitet ${i + 1}`, { exact: true }).inputValue()).toBe(text);
      }
    }
  }

  it('creates and edits a draft that saves itself', async () => {
    await app.page.goto(app.host.url);
    await screenshot(app.page, '01-start-empty');
    await app.page.getByRole('button', { name: 'Nytt medborgarlöfte' }).click();

    await app.page.getByLabel('Titel', { exact: true }).fill(DRAFT.title);
    await app.page.getByLabel('Startdatum', { exact: true }).fill(DRAFT.start);
    await app.page.getByLabel('Slutdatum', { exact: true }).fill(DRAFT.end);
    await partyField(1, 'Namn').fill(DRAFT.kommun);
    await partyField(2, 'Namn').fill(DRAFT.polis);
    await app.page.getByLabel('Löftesmening', { exact: true }).fill(DRAFT.statement);
    for (const [heading, texts] of Object.entries(DRAFT.activities)) {
      for (const [i, text] of texts.entries()) {
        await group(heading).getByRole('button', { name: 'Lägg till aktivitet' }).click();
        const field = group(heading).getByLabel(`Aktivitet ${i + 1}`, { exact: true });
        await field.fill(text);
      }
    }
    await app.page.getByLabel('Titel', { exact: true }).focus();
    await waitUntilSaved();
    await screenshot(app.page, '02-editor-filled');
    expect(app.problems).toEqual([]);
  });

  it('still has every word after a reload of the page', async () => {
    await app.page.reload();
    await expectDraftOnScreen();
  });

  it('still has every word after a restart of the host, and lists the draft', async () => {
    await app.restartHost();
    await app.page.goto(app.host.url);
    const row = app.page.getByText(DRAFT.title, { exact: true });
    await row.waitFor();
    await screenshot(app.page, '03-start-list');
    await row.click();
    await expectDraftOnScreen();
  });

  it('exports a .docx that LibreOffice and python-docx read, with the löftesmening and every activity', async () => {
    await app.page.getByRole('button', { name: 'Exportera till Word' }).click();
    await app.page.getByText(/^Exporterad: /).waitFor({ timeout: 30_000 });
    await screenshot(app.page, '04-exported');
    const files = readdirSync(app.exportDir).filter((f) => f.endsWith('.docx'));
    expect(files).toEqual(['medborgarlofte-soderhamn-2027.docx']);
    const docx = path.join(app.exportDir, files[0]);

    const pythonText = await readWithPythonDocx(docx);
    const txt = readFileSync(await convertWithLibreOffice(docx, 'txt'), 'utf8');
    for (const text of [DRAFT.statement, ...allActivityTexts]) {
      expect(pythonText).toContain(text);
      expect(txt.replace(/\s+/g, ' ')).toContain(text);
    }
    const pdf = await convertWithLibreOffice(docx, 'pdf');
    expect(existsSync(pdf)).toBe(true);
    const pages = await renderPages(pdf, path.join(path.resolve('test-results/e2e'), 'export-page'));
    expect(pages.length).toBeGreaterThan(0);
    expect(app.problems).toEqual([]);
  });
});
