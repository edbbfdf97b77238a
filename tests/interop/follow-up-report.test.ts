import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityText } from '../../shared/draft/activity-groups';
import { buildFollowUpReport } from '../../shared/documents/follow-up-report';
import { draftSchema, type Draft, type FollowUpStatus } from '../../shared/draft/schema';
import { followUpCsv } from '../../shared/follow-up/csv';
import { FOLLOW_UP_STATUS_LABEL } from '../../shared/i18n/follow-up';
import fixture from '../../resources/examples/medborgarlofte-soderhamn-2020-2021.samverka.json';
import { agreementDraft } from '../support/agreement';
import { INTEROP_OUT, convertAllWithLibreOffice, convertWithLibreOffice, inspectWithPythonDocx, normalizeSpace, readPdfPages, renderPages, SYSTEM_PYTHON } from '../support/docx-tools';

/**
 * The follow-up report and CSV as the styrgrupp and a spreadsheet open them:
 * LibreOffice lays the report out and prints it to PDF (rendered to PNG in
 * test-results/interop/uppfoljning-page-N.png for a person to look at),
 * python-docx parses it, and Python's csv module reads the CSV back.
 */

const DATE = new Date('2026-11-21T10:00:00.000Z');

const FOLLOW_UP: Record<string, { status: FollowUpStatus; outcome: number | null; comment: string }> = {
  a1: { status: 'genomford', outcome: null, comment: 'Fotpatrullering varje fredag och lördag kväll under hela perioden.' },
  a2: { status: 'delvis-genomford', outcome: 1, comment: 'En insats i maj; den andra ställdes in; personalen behövdes vid en annan händelse.' },
  a3: { status: 'pagar', outcome: null, comment: 'Ordningsvakter förordnade från mars; centrumvärd rekryteras.' },
  a4: { status: 'genomford', outcome: 2, comment: 'Två vandringar, med 14 och 22 deltagare, varav många unga.' },
};

/** The bundled example, signed, every activity followed up. */
const soderhamn: Draft = (() => {
  const draft = draftSchema.parse(fixture);
  return {
    ...draft,
    status: 'undertecknad',
    activities: draft.activities.map((activity) => ({ ...activity, followUp: { ...FOLLOW_UP[activity.id], updatedAt: '2021-12-06T09:15:00.000Z' } })),
  };
})();

/** 30 activities: the tables run over pages, so the repeated header rows show. */
const long: Draft = {
  ...soderhamn,
  activities: Array.from({ length: 30 }, (_, i) => {
    const model = soderhamn.activities[i % soderhamn.activities.length];
    return { ...model, id: `l${i + 1}`, text: `${model.text} (aktivitet ${i + 1})` };
  }),
};

/** An agreement, signed, its three åtaganden followed up: its report speaks of åtaganden. */
const agreement: Draft = (() => {
  const draft = agreementDraft({ status: 'undertecknad' });
  const statuses: FollowUpStatus[] = ['genomford', 'pagar', 'genomford'];
  return {
    ...draft,
    activities: draft.activities.map((activity, i) => ({
      ...activity,
      followUp: { status: statuses[i], outcome: null, comment: `Kommentar till åtagande ${i + 1}.`, updatedAt: '2024-12-06T09:15:00.000Z' },
    })),
  };
})();

/** The outcome column of each activity of the example. */
const outcomes: Record<string, string> = { a1: '', a2: '1 av 2 insatser', a3: '', a4: '2 av 2 trygghetsvandringar' };

const docxOf = (name: string) => path.join(INTEROP_OUT, `${name}.docx`);
const pdfOf = (name: string) => path.join(INTEROP_OUT, `${name}.pdf`);
const pages: Record<string, string[]> = {};

beforeAll(async () => {
  await mkdir(INTEROP_OUT, { recursive: true });
  await writeFile(docxOf('uppfoljning'), await Packer.toBuffer(buildFollowUpReport(soderhamn, { date: DATE })));
  await writeFile(docxOf('uppfoljning-30-aktiviteter'), await Packer.toBuffer(buildFollowUpReport(long, { date: DATE })));
  await writeFile(docxOf('uppfoljning-overenskommelse'), await Packer.toBuffer(buildFollowUpReport(agreement, { date: DATE })));
  const names = ['uppfoljning', 'uppfoljning-30-aktiviteter', 'uppfoljning-overenskommelse'];
  await convertAllWithLibreOffice(names.map(docxOf), 'pdf', INTEROP_OUT);
  for (const name of names) pages[name] = await readPdfPages(pdfOf(name));
});

describe('the follow-up report in LibreOffice', () => {
  it('converts the report to text with every activity as printed, its status, outcome and comment', async () => {
    // LibreOffice's text export writes a table's cells in order, each on its own line.
    const lines = (await readFile(await convertWithLibreOffice(docxOf('uppfoljning'), 'txt', path.join(INTEROP_OUT, 'txt')), 'utf8')).split(/\r?\n/).map(normalizeSpace);
    for (const activity of soderhamn.activities) {
      const at = lines.indexOf(normalizeSpace(activityText(activity)));
      expect(at).toBeGreaterThan(-1);
      expect(lines.slice(at + 1, at + 5).filter(Boolean)).toEqual(
        [FOLLOW_UP_STATUS_LABEL[activity.followUp!.status], outcomes[activity.id], activity.followUp!.comment, '2021-12-06'].filter(Boolean),
      );
    }
  });

  it('prints the title, the summary, the chart\'s numbers and every comment to PDF', () => {
    const text = normalizeSpace(pages.uppfoljning.join('\n'));
    for (const printed of [
      'Uppföljning av medborgarlöfte för Söderhamn 2020–2021, 21 november 2026',
      '1 januari 2020 – 31 december 2021',
      '2 av 4 aktiviteter är genomförda.',
      'Polismyndigheten, lokalpolisområde Hälsingland: 2 av 3 genomförda',
      'Söderhamns kommun: 1 av 2 genomförda',
      '2021-12-06',
    ]) {
      expect(text).toContain(printed);
    }
    // The chart: each status with its count and share.
    expect(text).toMatch(/Genomförd 2 \(50 %\)/);
    expect(text).toMatch(/Inställd 0 \(0 %\)/);
    expect(text).toContain('Sida 1 av');
  });

  it('repeats each table\'s header row on the pages it runs over, and numbers the pages', () => {
    const report = pages['uppfoljning-30-aktiviteter'];
    expect(report.length).toBeGreaterThan(2);
    report.forEach((page, i) => {
      expect(normalizeSpace(page)).toContain(`Sida ${i + 1} av ${report.length}`);
      // Every page after the summary carries an activity table's header (pdftotext reads a table column by column).
      if (i > 0) for (const column of ['Aktivitet', 'Status', 'Utfall', 'Kommentar', 'Senast']) expect(normalizeSpace(page)).toContain(column);
    });
    const text = normalizeSpace(report.join('\n'));
    for (let n = 1; n <= 30; n++) expect(text).toContain(`(aktivitet ${n})`);
  });

  it('speaks of an agreement\'s åtaganden, never of aktiviteter (issue 17)', () => {
    const text = normalizeSpace(pages['uppfoljning-overenskommelse'].join('\n'));
    for (const printed of [
      '2 av 3 åtaganden är genomförda.',
      'Ett gemensamt åtagande räknas för var och en av parterna.',
      'Åtaganden per status',
      'Stapeldiagram över antal åtaganden per status',
      'Polisen åtar sig att',
      'Åtagande Status',
    ]) {
      expect(text).toContain(printed);
    }
    expect(text).not.toMatch(/aktivitet/i);
  });

  it('renders the pages for a person to look at', async () => {
    const pngs = await renderPages(pdfOf('uppfoljning'), path.join(INTEROP_OUT, 'uppfoljning-page'), 80);
    expect(pngs).toHaveLength(pages.uppfoljning.length);
    await renderPages(pdfOf('uppfoljning-30-aktiviteter'), path.join(INTEROP_OUT, 'uppfoljning-30-aktiviteter-page'), 60);
    await renderPages(pdfOf('uppfoljning-overenskommelse'), path.join(INTEROP_OUT, 'uppfoljning-overenskommelse-page'), 80);
    for (const png of pngs) expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('the follow-up report in python-docx', () => {
  it('gives three statuses of one activity each shares that add up to 100 % (issue 17, bug 5: 33 + 33 + 33 before)', async () => {
    const statuses: FollowUpStatus[] = ['genomford', 'pagar', 'ej-paborjad'];
    const three: Draft = {
      ...soderhamn,
      activities: soderhamn.activities.slice(0, 3).map((activity, i) => ({ ...activity, followUp: { ...activity.followUp!, status: statuses[i] } })),
    };
    await writeFile(docxOf('uppfoljning-tre-statusar'), await Packer.toBuffer(buildFollowUpReport(three, { date: DATE })));
    const doc = await inspectWithPythonDocx(docxOf('uppfoljning-tre-statusar'));
    // The chart's rows: a status's label first, its count and share ("1 (33 %)") last.
    const labels = new Set(Object.values(FOLLOW_UP_STATUS_LABEL));
    const chart = doc.tables.find((table) => table.every((row) => labels.has(row[0])))!;
    const shares = Object.fromEntries(chart.map((row) => [row[0], Number(/\((\d+) %\)$/.exec(row.at(-1)!)![1])]));
    // One of the three gets the leftover percent; each is a third, rounded.
    for (const label of ['Genomförd', 'Pågår', 'Ej påbörjad']) expect([33, 34]).toContain(shares[label]);
    expect(shares).toMatchObject({ 'Delvis genomförd': 0, 'Ej genomförd': 0, Inställd: 0 });
    expect(Object.values(shares).reduce((sum, share) => sum + share, 0)).toBe(100);
  });

  it('has every activity beside its status in a table with a header row, real headings and the properties set', async () => {
    const doc = await inspectWithPythonDocx(docxOf('uppfoljning'));
    expect(doc.coreProperties).toMatchObject({
      title: 'Uppföljning av medborgarlöfte för Söderhamn 2020–2021, 21 november 2026',
      subject: 'Uppföljning av medborgarlöfte',
      author: 'Samverka',
    });
    expect(doc.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual(['Sammanfattning', 'Aktiviteter']);
    expect(doc.paragraphs.filter((p) => p.style === 'Heading 2').map((p) => p.text)).toEqual([
      'Aktiviteter per status',
      'Polisen lovar att',
      'Kommunen lovar att',
      'Polisen och kommunen lovar gemensamt att',
    ]);
    const activityTables = doc.tables.filter((table) => table[0][0] === 'Aktivitet');
    expect(activityTables).toHaveLength(3);
    for (const table of activityTables) expect(table[0]).toEqual(['Aktivitet', 'Status', 'Utfall', 'Kommentar', 'Senast uppdaterad']);
    const rows = activityTables.flatMap((table) => table.slice(1));
    expect(rows.map((row) => [row[0], row[1]])).toEqual(
      ['a1', 'a2', 'a3', 'a4'].map((id) => {
        const activity = soderhamn.activities.find((a) => a.id === id)!;
        return [activityText(activity), FOLLOW_UP_STATUS_LABEL[activity.followUp!.status]];
      }),
    );
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0]).toMatchObject({ orientation: 'PORTRAIT (0)' });
  });

  it('marks the tables\' first row as a header row repeated on each page', async () => {
    const { stdout } = await promisify(execFile)(SYSTEM_PYTHON, [
      '-c',
      String.raw`
import docx, json, sys
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
out = []
for t in d.tables:
    first = t.rows[0]._tr
    trPr = first.trPr
    out.append([t.rows[0].cells[0].text, trPr is not None and trPr.find(qn('w:tblHeader')) is not None])
print(json.dumps(out))
`,
      docxOf('uppfoljning'),
    ]);
    const tables = JSON.parse(stdout) as [string, boolean][];
    expect(tables.filter(([first]) => first === 'Aktivitet').map(([, header]) => header)).toEqual([true, true, true]);
  });
});

describe('the follow-up CSV read back by Python\'s csv module', () => {
  it('parses as ;-separated UTF-8 with BOM into the right columns', async () => {
    const file = path.join(INTEROP_OUT, 'uppfoljning.csv');
    const draft = {
      ...soderhamn,
      activities: soderhamn.activities.map((a, i) => (i === 1 ? { ...a, followUp: { ...a.followUp!, outcome: 1.5, comment: 'Rad 1; "citat"\nrad 2' } } : a)),
    };
    await writeFile(file, followUpCsv(draft), 'utf8');
    const { stdout } = await promisify(execFile)(SYSTEM_PYTHON, [
      '-c',
      String.raw`
import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    print(json.dumps(list(csv.reader(f, delimiter=';'))))
`,
      file,
    ]);
    const rows = JSON.parse(stdout) as string[][];
    expect((await readFile(file)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(rows[0]).toEqual(['Parter', 'Ansvarig', 'Fokusområde', 'Aktivitet', 'Mål (antal)', 'Enhet', 'Status', 'Utfall', 'Kommentar', 'Senast uppdaterad']);
    expect(rows).toHaveLength(5);
    const byActivity = new Map(rows.slice(1).map((row) => [row[3], row]));
    for (const activity of draft.activities) {
      const row = byActivity.get(activityText(activity))!;
      expect(row[6]).toBe(FOLLOW_UP_STATUS_LABEL[activity.followUp!.status]);
      expect(row[8]).toBe(activity.followUp!.comment);
      expect(row[9]).toBe('2021-12-06');
    }
    expect(rows[2].slice(4, 8)).toEqual(['2', 'insatser', 'Delvis genomförd', '1,5']);
  });
});
