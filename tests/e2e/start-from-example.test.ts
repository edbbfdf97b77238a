import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/draft/schema';
import { SCREENSHOT_DIR, screenshot } from '../support/browser';
import { useAppSession } from './session';
import { startFromExample } from './start-example';

/**
 * "Starta från exempel" in Chromium at 1366×768, keyboard only: the form
 * asks for the municipality (here one with å, ä and ö), the
 * lokalpolisområde and the first year, says what is wrong in Swedish, and
 * makes a draft with those put in — parties, title, period, place of
 * signing — and without the example's signatories, so it is not ready to
 * sign until the user's are named. Then the agreement example likewise.
 */
const require = createRequire(import.meta.url);
const LJUSDAL = 'Medborgarlöfte för Ljusdal 2022–2024';
const AGREEMENT = 'Samverkansöverenskommelse mellan Exempelviks kommun och Polismyndigheten, lokalpolisområde Exempeldalen 2023–2026';

describe('a draft started from an example', () => {
  const app = useAppSession({ width: 1366, height: 768 });
  const form = () => app.page.getByRole('form', { name: `Utgå från ”${LJUSDAL}”` });
  const field = (label: string) => form().getByLabel(label, { exact: true });
  const focusedLabel = () =>
    app.page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement | null;
      return active?.labels?.[0]?.textContent ?? active?.textContent ?? active?.tagName ?? null;
    });
  /**
   * axe-core's serious and critical findings on the page, by rule and
   * element (its source evaluated in the page: the CSP refuses a script tag).
   */
  const seriousViolations = async () => {
    await app.page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    return app.page.evaluate(async () => {
      const { violations } = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe.run();
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  };
  const draftId = () => decodeURIComponent(app.page.url().split('#/utkast/')[1]);

  it('asks whose draft it is to be, with Swedish errors, keyboard only', async () => {
    await app.page.goto(app.host.url);
    await app.page.getByRole('button', { name: 'Starta från exempel' }).focus();
    await app.page.keyboard.press('Enter');
    const example = app.page.getByRole('button', { name: LJUSDAL, exact: true });
    await example.waitFor();
    // Both kinds are offered.
    await app.page.getByRole('button', { name: AGREEMENT, exact: true }).waitFor();
    await screenshot(app.page, '06-examples-list');
    // From the list's heading, Tab reaches the examples: "Stäng exemplen", then the first, Ljusdal.
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Tab');
    expect(await example.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.page.keyboard.press('Enter');
    await form().waitFor();
    expect(await focusedLabel()).toBe(`Utgå från ”${LJUSDAL}”`);

    await app.page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Kommun');
    await app.page.keyboard.type('Åsele kommun');
    // Enter in a field sends the form: nothing is made, each problem is said beside its field.
    await app.page.keyboard.press('Enter');
    await form().getByText('Skriv bara kommunens namn, utan ”kommun” eller ”stad”, till exempel Töreboda.').waitFor();
    await form().getByText('Skriv lokalpolisområdets namn.').waitFor();
    expect(await field('Kommun').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedLabel()).toBe('Kommun');
    await screenshot(app.page, '06-example-form-errors');
    expect(await seriousViolations()).toEqual([]);

    await app.page.keyboard.press('Control+A');
    await app.page.keyboard.type('Åsele');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.type('Södra Lappland');
    await app.page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Första år');
    await app.page.keyboard.press('Control+A');
    await app.page.keyboard.type('2027');
    await form().getByText('Parten blir ”Åsele kommun”; namnet går att ändra i utkastet.', { exact: false }).waitFor();
    await form().getByText('Perioden blir 1 januari 2027 – 31 december 2029, lika lång som exemplets.').waitFor();
    expect(await form().getByText(/^Skriv /).count()).toBe(0);
    await screenshot(app.page, '06-example-form');
    expect(await seriousViolations()).toEqual([]);
    expect(await app.call('listDrafts')).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  it('makes the draft with Åsele’s parties, title, period and place, and without Ljusdal’s signatories', async () => {
    await app.page.keyboard.press('Enter');
    const title = app.page.getByRole('region', { name: 'Grunduppgifter' }).getByLabel('Titel', { exact: true });
    await expect.poll(() => title.inputValue()).toBe('Medborgarlöfte för Åsele 2027–2029');
    expect(await app.page.getByLabel('Startdatum', { exact: true }).inputValue()).toBe('2027-01-01');
    expect(await app.page.getByLabel('Slutdatum', { exact: true }).inputValue()).toBe('2029-12-31');
    const party = (n: number) => app.page.getByRole('group', { name: `Part ${n}`, exact: true });
    expect(await party(1).getByLabel('Namn', { exact: true }).inputValue()).toBe('Åsele kommun');
    expect(await party(2).getByLabel('Namn', { exact: true }).inputValue()).toBe('Polismyndigheten, lokalpolisområde Södra Lappland');
    expect(await party(1).getByLabel('Diarienummer', { exact: true }).inputValue()).toBe('');
    expect(await app.page.getByLabel('Geografiskt fokus', { exact: true }).inputValue()).toBe('');

    const signatory = app.page.getByRole('group', { name: 'Undertecknare för Åsele kommun', exact: true }).getByRole('group', { name: 'Undertecknare 1', exact: true });
    expect(await signatory.getByLabel('Namn', { exact: true }).inputValue()).toBe('');
    expect(await signatory.getByLabel('Titel', { exact: true }).inputValue()).toBe('Kommunstyrelsens ordförande');
    expect(await signatory.getByLabel('Ort', { exact: true }).inputValue()).toBe('Åsele');

    // Not ready to sign: the signatories are to be named; nowhere does it say it can be signed, or name Ljusdal's people.
    await expect.poll(() => app.page.locator('body').textContent()).toContain('(för Åsele kommun) saknar namn');
    await expect(app.page.getByRole('button', { name: 'Markera som klar för underskrift' }).isDisabled()).resolves.toBe(true);
    const page = (await app.page.locator('body').textContent()) ?? '';
    expect(page).not.toContain('kan skrivas under');
    expect(page).not.toContain('Marit Holmstrand');
    expect(page).not.toContain('Krusenstjerna');
    // The editor's first screen, as the user sees it on arriving (the whole page is some 11,000 px).
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, '06-example-draft.png') });

    const stored = (await app.call('getDraft', draftId())) as Draft;
    expect(stored.signatories.map((s) => [s.name, s.place])).toEqual([
      ['', 'Åsele'],
      ['', 'Åsele'],
    ]);
    expect(app.problems).toEqual([]);
  });

  it('makes an agreement from the agreement example', async () => {
    await app.page.goto(app.host.url);
    await startFromExample(app.page, AGREEMENT, { municipality: 'Töreboda', policeArea: 'Skaraborg', startYear: '2027' });
    const title = app.page.getByRole('region', { name: 'Grunduppgifter' }).getByLabel('Titel', { exact: true });
    await expect.poll(() => title.inputValue()).toBe('Samverkansöverenskommelse mellan Töreboda kommun och Polismyndigheten, lokalpolisområde Skaraborg 2027–2030');
    const stored = (await app.call('getDraft', draftId())) as Draft;
    expect(stored).toMatchObject({ kind: 'samverkansoverenskommelse', period: { start: '2027-01-01', end: '2030-12-31' } });
    expect(stored.parties.map((p) => p.name)).toEqual(['Töreboda kommun', 'Polismyndigheten, lokalpolisområde Skaraborg']);
    expect(stored.signatories.map((s) => s.name)).toEqual(['', '']);
    expect(app.problems).toEqual([]);
  });
});
