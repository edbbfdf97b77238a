import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useAppSession } from './session';
import { screenshot, SCREENSHOT_DIR } from '../support/browser';
import { convertWithLibreOffice, normalizeSpace, readWithPythonDocx, renderPages } from '../support/docx-tools';

/**
 * A coordinator builds a complete medborgarlöfte from an empty one through
 * the UI alone, fixes what the readiness panel finds, marks it klar and
 * exports the Word document that will be signed.
 */
const PARTIES = [
  { name: 'Ljusdals kommun', dnr: 'KS 2026/118' },
  { name: 'Polismyndigheten, lokalpolisområde Hälsingland', dnr: 'A478.213/2026' },
];
const SIGNATORIES = [
  { party: 'Ljusdals kommun', name: 'Marit Holmstrand', title: 'Kommunstyrelsens ordförande', place: 'Ljusdal' },
  { party: 'Polismyndigheten, lokalpolisområde Hälsingland', name: 'Karl Ek', title: 't.f. Lokalpolisområdeschef', place: 'Hudiksvall' },
];
const ACTIVITIES: Record<string, string[]> = {
  'Polisen lovar att': ['genomföra riktade trafikkontroller vid skolorna', 'fotpatrullera i centrala Ljusdal fredagskvällar'],
  'Kommunen lovar att': ['anordna nattvandringar tillsammans med föreningslivet', 'förbättra belysningen i gång- och cykeltunnlar'],
  'Polisen och kommunen lovar gemensamt att': ['genomföra trygghetsvandringar i Ljusdal och Järvsö', 'informera om grannsamverkan på medborgardialoger'],
};

describe('a complete medborgarlöfte from an empty one', () => {
  const app = useAppSession({ width: 1440, height: 900 });

  const group = (heading: string) => app.page.getByRole('region', { name: heading, exact: true });
  const exact = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
  const panel = () => app.page.locator('section, aside, div').filter({ has: app.page.getByRole('heading', { name: 'Klar för underskrift?', exact: true }) }).last();

  it('is built through the UI: parties, six activities in three groups, details', async () => {
    await app.page.goto(app.host.url);
    await app.page.getByRole('button', { name: 'Nytt medborgarlöfte' }).click();
    await app.page.getByRole('region', { name: 'Grunduppgifter' }).getByLabel('Titel', { exact: true }).fill('Medborgarlöfte för Ljusdal 2027');
    await exact(app.page, 'Startdatum').fill('2027-01-01');
    await exact(app.page, 'Slutdatum').fill('2027-12-31');
    for (const [i, party] of PARTIES.entries()) {
      const fieldset = app.page.getByRole('group', { name: `Part ${i + 1}`, exact: true });
      await exact(fieldset, 'Namn').fill(party.name);
      await exact(fieldset, 'Diarienummer').fill(party.dnr);
    }
    await exact(app.page, 'Löftesmening').fill('Polis och kommun lovar att tillsammans öka tryggheten i Ljusdals kommun under 2027.');
    await exact(app.page, 'Bakgrund').fill('Enkäten 2026 besvarades av 420 invånare.\n\nMånga upplever otrygghet i centrum kvällstid.');
    for (const [heading, texts] of Object.entries(ACTIVITIES)) {
      for (const [i, text] of texts.entries()) {
        await group(heading).getByRole('button', { name: 'Lägg till aktivitet' }).click();
        await exact(group(heading), `Aktivitet ${i + 1}`).fill(text);
      }
    }
    // The first police activity gets a measurable target, and the text the app suggests for it.
    const first = group('Polisen lovar att').locator('details').first();
    if (!(await first.getAttribute('open'))) await first.locator('summary').click();
    await exact(first, 'Antal').fill('12');
    await exact(first, 'Enhet').fill('trafikkontroller');
    await exact(first, 'Frekvens').fill('per år');
    await group('Polisen lovar att').getByRole('button', { name: 'Använd förslaget' }).click();
    await expect.poll(() => app.page.getByText(/Polisen lovar att genomföra minst tolv riktade trafikkontroller per år vid skolorna/).count()).toBeGreaterThan(0);
  });

  it('shows what keeps it from being signed, and is fixed through the panel', async () => {
    for (const party of PARTIES) {
      await expect.poll(() => panel().textContent()).toContain(`${party.name} har ingen undertecknare`);
    }
    await expect(app.page.getByRole('button', { name: 'Markera som klar för underskrift' }).isDisabled()).resolves.toBe(true);

    for (const signatory of SIGNATORIES) {
      const partyGroup = app.page.getByRole('group', { name: `Undertecknare för ${signatory.party}`, exact: true });
      await partyGroup.getByRole('button', { name: 'Lägg till undertecknare' }).click();
      const block = partyGroup.getByRole('group', { name: 'Undertecknare 1', exact: true });
      await exact(block, 'Namn').fill(signatory.name);
      await exact(block, 'Titel').fill(signatory.title);
      await exact(block, 'Ort').fill(signatory.place);
    }
    await expect.poll(() => panel().textContent()).toContain('Inga fel hittades.');
  });

  it('is marked klar för underskrift and exported; LibreOffice and python-docx read every promise and signature', async () => {
    await app.page.getByRole('button', { name: 'Markera som klar för underskrift' }).click();
    await expect.poll(() => app.page.getByText('Status: Klar för underskrift').count()).toBeGreaterThan(0);
    await expect.poll(() => app.page.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(/^Sparat/);
    await screenshot(app.page, '10-complete-promise-editor');

    await app.page.getByRole('button', { name: 'Exportera till Word' }).click();
    await app.page.getByText(/^Exporterad: /).waitFor({ timeout: 30_000 });
    const [file] = readdirSync(app.exportDir).filter((f) => f.endsWith('.docx'));
    expect(file).toBe('medborgarlofte-ljusdal-2027.docx');
    const docx = path.join(app.exportDir, file);

    const fromPython = normalizeSpace(await readWithPythonDocx(docx));
    const fromLibreOffice = normalizeSpace(readFileSync(await convertWithLibreOffice(docx, 'txt'), 'utf8'));
    const expected = [
      ...Object.values(ACTIVITIES).flat().slice(1),
      'genomföra minst tolv riktade trafikkontroller per år vid skolorna',
      ...SIGNATORIES.flatMap((s) => [s.name, s.title]),
      ...PARTIES.map((p) => p.dnr),
      'Namnförtydligande',
      'Ort och datum',
    ];
    for (const text of expected) {
      expect(fromPython).toContain(text);
      expect(fromLibreOffice).toContain(text);
    }
    const pdf = await convertWithLibreOffice(docx, 'pdf', SCREENSHOT_DIR);
    expect((await renderPages(pdf, path.join(SCREENSHOT_DIR, 'complete-promise-page'))).length).toBeGreaterThan(0);
    expect(app.problems).toEqual([]);
  });
});
