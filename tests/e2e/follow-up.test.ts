import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { activityText, activityPromise } from '../../shared/draft/activity-groups';
import type { Draft } from '../../shared/draft/schema';
import { useAppSession } from './session';
import { screenshot, SCREENSHOT_DIR } from '../support/browser';
import { ROOT } from '../support/fixtures';
import { convertWithLibreOffice, inspectWithPythonDocx, normalizeSpace, readWithPythonDocx, renderPages } from '../support/docx-tools';
import { parseCsv } from '../support/csv';

/**
 * Uppföljning through the UI in a real browser against the real services:
 * the bundled Söderhamn example is made klar and undertecknad, its
 * activities are followed up (status, outcome, comment), filtered, kept
 * over a reload, reported as Word and CSV (read back by python-docx,
 * LibreOffice and a CSV parser), and the next period is started; both
 * drafts link to each other, and the start page shows how far each has come.
 */
const EXAMPLE_TITLE = 'Medborgarlöfte för Söderhamn 2020–2021';
const NEXT_TITLE = 'Medborgarlöfte för Söderhamn 2022–2023';
const POLICE = 'Polismyndigheten, lokalpolisområde Hälsingland';
const MUNICIPALITY = 'Söderhamns kommun';

const example = JSON.parse(
  readFileSync(path.join(ROOT, 'resources/examples/medborgarlofte-soderhamn-2020-2021.samverka.json'), 'utf8'),
) as Draft;
const activity = (id: string) => example.activities.find((a) => a.id === id)!;

/** What is set on each of the example's activities, and how the report and the CSV must name it. */
const FOLLOW_UP = [
  { id: 'a1', status: 'genomford', label: 'Genomförd', outcome: null, comment: 'Fotpatrullering varje fredagskväll under sommaren.' },
  { id: 'a2', status: 'delvis-genomford', label: 'Delvis genomförd', outcome: '1', comment: 'En insats i juni; den andra flyttades till 2022.' },
  { id: 'a3', status: 'pagar', label: 'Pågår', outcome: null, comment: '' },
  { id: 'a4', status: 'genomford', label: 'Genomförd', outcome: '3', comment: 'En extra vandring med gymnasieelever.' },
] as const;

describe('follow-up: the Söderhamn example followed up, reported and carried into its next period', () => {
  const app = useAppSession({ width: 1440, height: 900 });
  let draftId = '';

  const row = (id: string) => app.page.getByRole('group', { name: activityPromise(activity(id), example), exact: true });
  const exact = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
  const summary = () => app.page.getByRole('region', { name: 'Så långt har ni kommit' });
  const editorPanel = () => app.page.getByRole('region', { name: 'Uppföljning', exact: true });
  const filter = (label: string) => app.page.locator(`#follow-up-filter-${label}`);
  const shownCount = () => app.page.getByRole('group', { name: 'Visa aktiviteter' }).locator('p[aria-live="polite"]').textContent();

  it('starts from the example, which is made klar and undertecknad in the editor', async () => {
    // A copy as it is, with its signatories, so it can be made klar at once ("Starta från exempel" leaves their names to the user).
    draftId = (await app.call('createFromExample', 'medborgarlofte-soderhamn-2020-2021')).id;
    await app.page.goto(`${app.host.url}#/utkast/${draftId}`);
    await app.page.getByRole('region', { name: 'Grunduppgifter' }).waitFor();
    expect(draftId).toMatch(/^[0-9a-f-]{36}$/);
    // An utkast is not followed up yet: the panel is not there, and the follow-up page says when it can be.
    await expect(editorPanel().count()).resolves.toBe(0);
    await app.page.goto(`${app.host.url}#/utkast/${draftId}/uppfoljning`);
    await app.page.getByRole('heading', { name: 'Uppföljningen börjar när dokumentet är klart' }).waitFor();
    await screenshot(app.page, '60-follow-up-utkast');
    await app.page.getByRole('link', { name: 'Till utkastet', exact: true }).click();
    await app.page.getByRole('region', { name: 'Grunduppgifter' }).waitFor();

    await app.page.getByRole('button', { name: 'Markera som klar för underskrift' }).click();
    await expect.poll(() => app.page.getByText('Status: Klar för underskrift').count()).toBeGreaterThan(0);
    // The next period is offered once the document is signed, not before; the panel says so.
    await expect.poll(() => editorPanel().textContent()).toContain('Nästa period kan startas när dokumentet är undertecknat.');
    await expect(editorPanel().getByRole('button', { name: 'Starta nästa period' }).count()).resolves.toBe(0);
    await app.page.getByRole('button', { name: 'Markera som undertecknad' }).click();
    await app.page.getByRole('button', { name: 'Ja, den är undertecknad' }).click();
    await app.page.getByRole('heading', { name: 'Undertecknad – kan inte ändras' }).waitFor();
    await expect.poll(() => editorPanel().textContent()).toContain('0 av 4 aktiviteter genomförda');
    await screenshot(app.page.getByRole('region', { name: 'Undertecknad – kan inte ändras' }), '60-signed-banner');
    await screenshot(editorPanel(), '60-signed-panel');
    expect(app.problems).toEqual([]);
  });

  it('follows up every activity on its page; the summary per party follows', async () => {
    await editorPanel().getByRole('link', { name: 'Öppna uppföljningen' }).click();
    // The editor has the same title as its heading: wait for what only the follow-up page shows before counting on it.
    await summary().waitFor();
    await app.page.getByRole('heading', { level: 1, name: EXAMPLE_TITLE }).waitFor();
    expect(app.page.url()).toContain(`#/utkast/${draftId}/uppfoljning`);
    await expect(app.page.getByText('Undertecknad', { exact: true }).count()).resolves.toBeGreaterThan(0);
    // The target as printed beside the outcome; no outcome for an activity without a number.
    await expect(row('a2').getByText('av 2 insatser', { exact: true }).count()).resolves.toBe(1);
    await expect(row('a1').getByLabel('Utfall').count()).resolves.toBe(0);

    for (const item of FOLLOW_UP) {
      await exact(row(item.id), 'Status').selectOption(item.status);
      if (item.outcome) await exact(row(item.id), 'Utfall').fill(item.outcome);
      if (item.comment) await exact(row(item.id), 'Kommentar').fill(item.comment);
    }
    await expect.poll(() => app.page.getByRole('status', { name: 'Sparstatus' }).textContent(), { timeout: 10_000 }).toMatch(/^Sparat \d\d:\d\d$/);
    const lines = await summary().locator('li').allTextContents();
    // In the order of the draft's parties, as the report has them.
    expect(lines.slice(0, 3)).toEqual([`${MUNICIPALITY}: 1 av 2 genomförda`, `${POLICE}: 2 av 3 genomförda`, 'Totalt: 2 av 4 genomförda']);
    await expect(summary().getByRole('list', { name: 'Antal aktiviteter per status' }).textContent()).resolves.toBe('Pågår 1Genomförd 2Delvis genomförd 1');
    await expect(row('a4').getByText(/^Senast uppdaterad \d+ \p{L}+ \d{4} kl\. \d\d:\d\d$/u).count()).resolves.toBe(1);
    await screenshot(app.page, '60-follow-up-page');
    expect(app.problems).toEqual([]);
  });

  it('filters by status and party, and shows all again', async () => {
    await filter('status').selectOption('genomford');
    await expect.poll(shownCount).toBe('Visar 2 av 4 aktiviteter');
    await expect(row('a3').isVisible()).resolves.toBe(false);
    await filter('partyId').selectOption({ label: MUNICIPALITY });
    await expect.poll(shownCount).toBe('Visar 1 av 4 aktiviteter');
    await expect(row('a4').isVisible()).resolves.toBe(true);
    await expect(row('a1').isVisible()).resolves.toBe(false);
    await screenshot(app.page, '60-follow-up-filtered');
    await app.page.getByRole('button', { name: 'Visa alla' }).click();
    await expect.poll(shownCount).toBe('4 aktiviteter');
  });

  it('keeps the follow-up over a reload', async () => {
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: EXAMPLE_TITLE }).waitFor();
    for (const item of FOLLOW_UP) {
      await expect(exact(row(item.id), 'Status').inputValue()).resolves.toBe(item.status);
      await expect(exact(row(item.id), 'Kommentar').inputValue()).resolves.toBe(item.comment);
      if (item.outcome) await expect(exact(row(item.id), 'Utfall').inputValue()).resolves.toBe(item.outcome);
    }
  });

  it('exports the report, which python-docx and LibreOffice read with every activity and its status', async () => {
    await app.page.getByRole('button', { name: 'Exportera uppföljningsrapport (Word)' }).click();
    await app.page.getByText(/^Exporterad: .+\.docx$/).waitFor({ timeout: 30_000 });
    const [file] = readdirSync(app.exportDir).filter((f) => f.endsWith('.docx'));
    expect(file).toMatch(/^uppfoljning-medborgarlofte-soderhamn-2020-2021-\d{4}-\d{2}-\d{2}\.docx$/);
    const docx = path.join(app.exportDir, file);

    const fromPython = normalizeSpace(await readWithPythonDocx(docx));
    const fromLibreOffice = normalizeSpace(readFileSync(await convertWithLibreOffice(docx, 'txt'), 'utf8'));
    const rows = (await inspectWithPythonDocx(docx)).tables.flat().map((cells) => cells.map(normalizeSpace));
    for (const item of FOLLOW_UP) {
      const sentence = normalizeSpace(activityText(activity(item.id)));
      for (const text of [fromPython, fromLibreOffice]) {
        expect(text).toContain(sentence);
        expect(text).toContain(item.label);
        if (item.comment) expect(text).toContain(item.comment);
      }
      // The activity and its status in the same row of the report's table.
      const own = rows.find((cells) => cells.some((cell) => cell.includes(sentence)));
      expect(own, sentence).toBeDefined();
      expect(own).toContain(item.label);
    }
    expect(fromPython).toContain('3 av 2 trygghetsvandringar');
    const pdf = await convertWithLibreOffice(docx, 'pdf', SCREENSHOT_DIR);
    expect((await renderPages(pdf, path.join(SCREENSHOT_DIR, '60-follow-up-report-page'))).length).toBeGreaterThan(0);
  });

  it('exports the CSV: UTF-8 with BOM, ;-separated, the right columns and one row per activity', async () => {
    await app.page.getByRole('button', { name: 'Exportera som CSV' }).click();
    await app.page.getByText(/^Exporterad: .+\.csv$/).waitFor({ timeout: 30_000 });
    const [file] = readdirSync(app.exportDir).filter((f) => f.endsWith('.csv'));
    const bytes = readFileSync(path.join(app.exportDir, file));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)));
    const [header, ...data] = records;
    expect(header).toEqual(['Parter', 'Ansvarig', 'Fokusområde', 'Aktivitet', 'Mål (antal)', 'Enhet', 'Status', 'Utfall', 'Kommentar', 'Senast uppdaterad']);
    expect(data).toHaveLength(FOLLOW_UP.length);
    const column = (name: string) => header.indexOf(name);
    for (const item of FOLLOW_UP) {
      const record = data.find((cells) => cells[column('Aktivitet')] === activityText(activity(item.id)));
      expect(record, item.id).toBeDefined();
      expect(record).toHaveLength(header.length);
      expect(record![column('Status')]).toBe(item.label);
      expect(record![column('Utfall')]).toBe(item.outcome ?? '');
      expect(record![column('Kommentar')]).toBe(item.comment);
      expect(record![column('Fokusområde')]).toBe('Trygghet i centrum');
      expect(record![column('Senast uppdaterad')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const joint = data.find((cells) => cells[column('Aktivitet')] === activityText(activity('a4')))!;
    expect(joint[column('Mål (antal)')]).toBe('2');
    expect(joint[column('Enhet')]).toBe('trygghetsvandringar');
    expect(app.problems).toEqual([]);
  });

  it('starts the next period: a new utkast, its period moved on, finished activities to look over, both drafts linked', async () => {
    // A second window on the same follow-up page, still offering the button after the first has started the next period.
    const other = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await other.goto(`${app.host.url}#/utkast/${draftId}/uppfoljning`);
    await other.getByRole('button', { name: 'Starta nästa period' }).waitFor();
    await expect(app.page.getByText('Nästa period är ett nytt dokument för perioden efter den här').count()).resolves.toBe(1);

    await app.page.getByRole('button', { name: 'Starta nästa period' }).click();
    await app.page.getByRole('button', { name: 'Ja, starta nästa period' }).click();
    await app.page.getByRole('region', { name: 'Grunduppgifter' }).waitFor();
    const nextId = app.page.url().split('#/utkast/')[1];
    expect(nextId).not.toBe(draftId);

    // The other window's button leads to the same next period: a draft has one.
    await other.getByRole('button', { name: 'Starta nästa period' }).click();
    await other.getByRole('button', { name: 'Ja, starta nästa period' }).click();
    await other.getByRole('region', { name: 'Grunduppgifter' }).waitFor();
    expect(other.url().split('#/utkast/')[1]).toBe(nextId);
    await other.close();
    await expect(app.call('listDrafts').then((drafts) => drafts.map((d) => d.title).sort())).resolves.toEqual([EXAMPLE_TITLE, NEXT_TITLE]);
    await expect(app.page.locator('main header p').first().textContent()).resolves.toBe('Medborgarlöfte · Utkast');
    await expect(app.page.locator('main header p').nth(1).textContent()).resolves.toBe('1 januari 2022 – 31 december 2023');
    await expect(app.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(NEXT_TITLE);
    // The two activities that were genomförda ask to be looked over; the others do not.
    const notices = app.page.getByText('Genomfördes förra perioden – se över den.');
    await expect.poll(() => notices.count()).toBe(2);
    await expect.poll(() => editorPanel().textContent()).toContain(`Reviderar:${EXAMPLE_TITLE}`);
    await screenshot(app.page.getByRole('region', { name: 'Aktiviteter', exact: true }).getByRole('region').first(), '60-next-period-activities');
    await screenshot(editorPanel(), '60-next-period-panel');

    // One is looked over; the draft is made klar (its period has ended, nothing is followed up yet).
    await app.page.getByRole('button', { name: 'Markera som genomgången' }).first().click();
    await expect.poll(() => notices.count()).toBe(1);
    await app.page.getByRole('button', { name: 'Markera som klar för underskrift' }).click();
    await expect.poll(() => app.page.getByText('Status: Klar för underskrift').count()).toBeGreaterThan(0);
    await expect.poll(() => app.page.getByRole('status', { name: 'Sparstatus' }).textContent(), { timeout: 10_000 }).toMatch(/^Sparat/);

    // The earlier draft names this one as its next period.
    await editorPanel().getByRole('link', { name: EXAMPLE_TITLE }).click();
    await expect.poll(() => app.page.url()).toContain(`#/utkast/${draftId}`);
    await expect.poll(() => editorPanel().textContent()).toContain(`Nästa period:${NEXT_TITLE}`);
    await expect.poll(() => editorPanel().textContent()).toContain('2 av 4 aktiviteter genomförda');
    // Named once, and the button has become the way to it.
    await expect(editorPanel().getByText('Nästa period:').count()).resolves.toBe(1);
    await expect(editorPanel().getByRole('button', { name: 'Starta nästa period' }).count()).resolves.toBe(0);
    await screenshot(editorPanel(), '60-earlier-draft-panel');
    await editorPanel().getByRole('link', { name: 'Öppna nästa period (2022–2023)' }).click();
    await expect.poll(() => app.page.url()).toContain(`#/utkast/${nextId}`);
    await app.page.getByRole('heading', { level: 1, name: NEXT_TITLE }).waitFor();
    // And so it is on the follow-up page.
    await app.page.goto(`${app.host.url}#/utkast/${draftId}/uppfoljning`);
    await app.page.getByRole('link', { name: 'Öppna nästa period (2022–2023)' }).waitFor();
    await expect(app.page.getByRole('button', { name: 'Starta nästa period' }).count()).resolves.toBe(0);
    await app.page.getByRole('link', { name: 'Tillbaka till utkastet', exact: true }).click();
    await app.page.getByRole('region', { name: 'Grunduppgifter' }).waitFor();
    expect(app.problems).toEqual([]);
  });

  it('shows on the start page how far each draft has come, and the period that ended without follow-up', async () => {
    await app.page.getByRole('link', { name: 'Alla dokument' }).first().click();
    await app.page.getByRole('table').waitFor();
    const rowOf = (title: string) => app.page.getByRole('row').filter({ has: app.page.getByRole('link', { name: title, exact: true }) });
    await expect.poll(() => rowOf(EXAMPLE_TITLE).textContent()).toContain('2 av 4 genomförda');
    await expect(rowOf(EXAMPLE_TITLE).getByText('Perioden är slut – uppföljning saknas').count()).resolves.toBe(0);
    await expect(rowOf(NEXT_TITLE).textContent()).resolves.toContain('0 av 4 genomförda');
    await expect(rowOf(NEXT_TITLE).getByText('Perioden är slut – uppföljning saknas').count()).resolves.toBe(1);
    await screenshot(app.page, '60-start-overview');
    expect(app.problems).toEqual([]);
  });

  it('starts a new revision of the signed draft after a question; the revision says what it revises, here and in the list', async () => {
    await app.page.getByRole('link', { name: EXAMPLE_TITLE, exact: true }).click();
    const banner = app.page.getByRole('region', { name: 'Undertecknad – kan inte ändras' });
    await banner.getByRole('button', { name: 'Starta ny revision' }).click();
    await banner.getByRole('group', { name: /^Ett nytt utkast skapas som en kopia av det här/ }).waitFor();
    await screenshot(banner, '61-revision-question');
    await banner.getByRole('button', { name: 'Ja, starta ny revision' }).click();

    const note = app.page.getByRole('note', { name: 'Ny revision' });
    await note.waitFor();
    expect(await note.textContent()).toContain(`Det här är en ny revision av ”${EXAMPLE_TITLE}”, som är undertecknat.`);
    await expect(app.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(EXAMPLE_TITLE);
    await screenshot(note, '61-revision-note');

    await app.page.getByRole('link', { name: 'Alla dokument' }).first().click();
    const revisionRow = app.page.getByRole('row').filter({ hasText: 'Ny revision av det undertecknade' });
    await expect.poll(() => revisionRow.count()).toBe(1);
    await expect(revisionRow.getByRole('link', { name: EXAMPLE_TITLE, exact: true }).count()).resolves.toBe(1);
    await screenshot(app.page.getByRole('table'), '61-revision-in-list');
    expect(app.problems).toEqual([]);
  });
});

describe('follow-up: the report of three activities with three statuses (issue 17, bug 5)', () => {
  const app = useAppSession({ width: 1366, height: 768 });

  it('shows shares that add up to 100 %, exported from the follow-up page (33 + 33 + 33 before)', async () => {
    const copy = await app.call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    const statuses = ['genomford', 'pagar', 'ej-paborjad'] as const;
    const activities = copy.activities.slice(0, 3);
    await app.call('saveDraft', { ...copy, activities, status: 'klar' });
    for (const [i, activity] of activities.entries()) await app.call('saveFollowUp', copy.id, activity.id, { status: statuses[i], outcome: null, comment: '' });
    await app.page.goto(`${app.host.url}#/utkast/${copy.id}/uppfoljning`);
    await app.page.getByRole('button', { name: 'Exportera uppföljningsrapport (Word)' }).click();
    await app.page.getByText(/^Exporterad: .+\.docx$/).waitFor({ timeout: 30_000 });
    const [file] = readdirSync(app.exportDir).filter((f) => f.endsWith('.docx'));
    const { tables } = await inspectWithPythonDocx(path.join(app.exportDir, file));
    // The chart's rows end in a status's count and share: "1 (33 %)".
    const shares = tables.flat().flatMap((cells) => {
      const share = /^\d+ \((\d+) %\)$/.exec(normalizeSpace(cells.at(-1) ?? ''));
      return share ? [Number(share[1])] : [];
    });
    expect(shares.filter((share) => share > 0).sort()).toEqual([33, 33, 34]);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(100);
  });
});
