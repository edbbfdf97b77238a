import {
  BorderStyle,
  Header,
  HeightRule,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type Document,
  type FileChild,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from 'docx';
import { A4_PAGE, pageFooter, wordDocument } from './word-page';
import { joinNames, partyDisplayName } from '../draft/activity-groups';
import { FOLLOW_UP_STATUSES, type Draft, type DraftKind } from '../draft/schema';
import { followUpRows, type FollowUpRow, type FollowUpRowGroup } from '../follow-up/rows';
import { followUpSummary } from '../draft/summary';
import { formatDate, formatPeriod, swedishDay } from '../calendar';
import { DOCUMENT_TEXT } from '../i18n/document';
import { FOLLOW_UP_REPORT_TEXT as T, FOLLOW_UP_STATUS_LABEL } from '../i18n/follow-up';
import { STATUS_LABEL } from '../i18n/terms';
import { documentTitle } from './document-outline';
import { factLine } from './draft-document';
import { CM, COLOR, STYLE, TEXT_WIDTH, documentNumbering, documentStyles } from './document-styles';
import { xmlSafeDraft } from '../draft/xml-safe-text';
import { wholePercents } from '../follow-up/percent';

/** What the report says besides the draft: the day it describes. */
export interface FollowUpReportOptions {
  /** The day of the report (its title and file name), as a time; the day in Sweden is used. */
  date: Date;
}

/** The report's own styles, added to the draft document's style sheet (tables need a smaller text than the body). */
const REPORT_STYLE = {
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  note: 'Note',
} as const;

const pt = (points: number) => Math.round(points * 20);
const halfPt = (points: number) => Math.round(points * 2);
const LANGUAGE = { value: 'sv-SE' } as const;

/**
 * The follow-up report of a draft, for the styrgrupp and for publication:
 * "Uppföljning av medborgarlöfte för Söderhamn 2020–2021, 21 november 2026",
 * its period and parties, a summary (all activities and each party's
 * "Söderhamns kommun: 1 av 2 genomförda"), a bar chart of the number of
 * activities per status (table cells whose widths are proportional to the
 * counts, the numbers beside them as text), then per group of activities as
 * the document prints them ("Polisen lovar att") a table with a header row
 * repeated on each page: each activity as printed beside its status, its
 * outcome against its target, the comment and the day it was last followed up.
 *
 * Uses the draft document's style sheet (`documentStyles`, with a table text
 * style added), the same A4 page and the same "Sida X av Y" footer; the
 * document properties name the report, in Swedish (sv-SE). Pure: packing it
 * to bytes is the caller's.
 */
export function buildFollowUpReport(input: Draft, { date }: FollowUpReportOptions): Document {
  const draft = xmlSafeDraft(input);
  const day = formatDate(swedishDay(date));
  const title = T.title(draft.kind, documentTitle(draft), day);
  const period = formatPeriod(draft.period);
  const groups = followUpRows(draft);
  return wordDocument({
    title,
    subject: T.subject(draft.kind),
    creator: DOCUMENT_TEXT.properties.creator,
    lastModifiedBy: DOCUMENT_TEXT.properties.creator,
    keywords: T.keywords(draft.kind).join(', '),
    description: T.description(documentTitle(draft), period),
    styles: reportStyles(),
    numbering: documentNumbering(),
    sections: [
      {
        properties: {
          page: A4_PAGE,
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({ style: STYLE.header })] }),
          default: new Header({ children: [new Paragraph({ style: STYLE.header, text: title })] }),
        },
        footers: { first: pageFooter(title, FOOTER_LABELS), default: pageFooter(title, FOOTER_LABELS) },
        children: [
          new Paragraph({ style: STYLE.title, text: title }),
          ...(period ? [new Paragraph({ style: STYLE.subtitle, text: period })] : []),
          factLine(T.partiesLabel, draft.parties.map((party) => partyDisplayName(party))),
          factLine(T.statusLabel, [STATUS_LABEL[draft.status]]),
          ...summarySection(draft),
          ...activitySections(draft.kind, groups),
        ],
      },
    ],
  });
}

/** The draft document's styles, and the report's table text and note styles based on them. */
function reportStyles(): IStylesOptions {
  const base = documentStyles();
  const extra: IParagraphStyleOptions[] = [
    {
      id: REPORT_STYLE.tableText,
      name: 'Tabelltext',
      basedOn: 'Normal',
      run: { size: halfPt(9.5), language: LANGUAGE },
      paragraph: { spacing: { before: 0, after: 0, line: 252, lineRule: LineRuleType.AUTO } },
    },
    {
      id: REPORT_STYLE.tableHeading,
      name: 'Tabellrubrik',
      basedOn: REPORT_STYLE.tableText,
      run: { bold: true, color: COLOR.heading, language: LANGUAGE },
      paragraph: { keepNext: true },
    },
    {
      id: REPORT_STYLE.note,
      name: 'Notering',
      basedOn: 'Normal',
      run: { size: halfPt(9.5), color: COLOR.muted, language: LANGUAGE },
    },
  ];
  return { ...base, paragraphStyles: [...(base.paragraphStyles ?? []), ...extra] };
}

/** "Sida X av Y", as the draft document says it. */
const FOOTER_LABELS = { pageLabel: DOCUMENT_TEXT.footer.page, ofLabel: DOCUMENT_TEXT.footer.of };

/** Sammanfattning: the total, each party's share, and the chart of statuses. */
function summarySection(draft: Draft): FileChild[] {
  const summary = followUpSummary(draft);
  const heading = new Paragraph({ style: STYLE.heading1, text: T.summaryHeading });
  if (summary.total === 0) return [heading, new Paragraph({ text: T.noActivities(draft.kind) })];
  const hasJoint = draft.activities.some((activity) => new Set(activity.partyIds).size > 1);
  return [
    heading,
    new Paragraph({ text: T.total(draft.kind, summary.done, summary.total), keepNext: true }),
    ...summary.byParty
      .filter((party) => party.total > 0)
      .map((party) => {
        const name = partyDisplayName(draft.parties.find((p) => p.id === party.partyId));
        return new Paragraph({ style: STYLE.listBullet, text: T.party(name, party.done, party.total) });
      }),
    ...(hasJoint ? [new Paragraph({ style: REPORT_STYLE.note, text: T.jointNote(draft.kind) })] : []),
    new Paragraph({ style: STYLE.heading2, text: T.chartHeading(draft.kind) }),
    statusChart(summary.byStatus, summary.total),
    new Paragraph({
      style: REPORT_STYLE.note,
      text: T.chartDescription(draft.kind, joinNames(FOLLOW_UP_STATUSES.map((status) => `${FOLLOW_UP_STATUS_LABEL[status]} ${summary.byStatus[status]}`))),
    }),
  ];
}

/** The bar area of the chart is this many columns: a bar spans as many as its share of the activities. */
const CHART_UNITS = 40;
const CHART_LABEL_WIDTH = Math.round(4 * CM);
const CHART_COUNT_WIDTH = Math.round(2.4 * CM);
const CHART_UNIT_WIDTH = Math.floor((TEXT_WIDTH - CHART_LABEL_WIDTH - CHART_COUNT_WIDTH) / CHART_UNITS);

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule } as const;
/** Border sizes are in eighths of a point: 3 pt of white above and below each bar. */
const BAR_GAP = { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' } as const;
const CHART_ROW_HEIGHT = pt(17);

/**
 * A horizontal bar chart of the activities per status, as a table: the
 * status, a shaded bar whose length is the status's share of all activities,
 * and the count with its share as text. Every status has its row, so a
 * reader sees a zero too; no image, so every number is text.
 */
function statusChart(byStatus: Record<(typeof FOLLOW_UP_STATUSES)[number], number>, total: number): Table {
  const cellMargins = { top: 0, bottom: 0, left: pt(3), right: pt(3) };
  const text = (value: string, style: string = REPORT_STYLE.tableText) => [new Paragraph({ style, text: value })];
  const percents = wholePercents(FOLLOW_UP_STATUSES.map((status) => byStatus[status]));
  const rows = FOLLOW_UP_STATUSES.map((status, i) => {
    const count = byStatus[status];
    const units = count === 0 ? 0 : Math.max(1, Math.round((count / Math.max(total, 1)) * CHART_UNITS));
    const bar: TableCell[] = [];
    if (units > 0) {
      bar.push(
        new TableCell({
          columnSpan: units,
          width: { size: units * CHART_UNIT_WIDTH, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.accent },
          // White top and bottom edges leave a gap between the bars.
          borders: { top: BAR_GAP, bottom: BAR_GAP, left: NO_BORDER, right: NO_BORDER },
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
          children: [new Paragraph({ style: REPORT_STYLE.tableText })],
        }),
      );
    }
    if (units < CHART_UNITS) {
      bar.push(
        new TableCell({
          columnSpan: CHART_UNITS - units,
          width: { size: (CHART_UNITS - units) * CHART_UNIT_WIDTH, type: WidthType.DXA },
          borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
          children: [new Paragraph({ style: REPORT_STYLE.tableText })],
        }),
      );
    }
    return new TableRow({
      cantSplit: true,
      height: { value: CHART_ROW_HEIGHT, rule: HeightRule.EXACT },
      children: [
        new TableCell({
          width: { size: CHART_LABEL_WIDTH, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: cellMargins,
          borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: RULE },
          children: text(FOLLOW_UP_STATUS_LABEL[status]),
        }),
        ...bar,
        new TableCell({
          width: { size: CHART_COUNT_WIDTH, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: cellMargins,
          borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
          children: text(T.chartCount(count, percents[i])),
        }),
      ],
    });
  });
  const columnWidths = [CHART_LABEL_WIDTH, ...Array.from({ length: CHART_UNITS }, () => CHART_UNIT_WIDTH), CHART_COUNT_WIDTH];
  return new Table({
    rows,
    width: { size: columnWidths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
  });
}

/** The columns of an activity table, as shares of the text width. */
const COLUMNS: { key: keyof ReturnType<typeof T.columns>; share: number }[] = [
  // Utfall fits a long unit ("2 av 2 trygghetsvandringar") on its own line; the day fits under "Senast uppdaterad".
  { key: 'activity', share: 0.32 },
  { key: 'status', share: 0.13 },
  { key: 'outcome', share: 0.2 },
  { key: 'comment', share: 0.21 },
  { key: 'updated', share: 0.14 },
];
const COLUMN_WIDTHS = COLUMNS.map(({ share }) => Math.floor(TEXT_WIDTH * share));

/** Aktiviteter: per group of activities, its lead as a heading and its table. */
function activitySections(kind: DraftKind, groups: readonly FollowUpRowGroup[]): FileChild[] {
  if (groups.length === 0) return [];
  return [
    new Paragraph({ style: STYLE.heading1, text: T.activitiesHeading(kind) }),
    ...groups.flatMap((group) => [new Paragraph({ style: STYLE.heading2, text: group.lead }), activityTable(kind, group.rows)]),
  ];
}

/** One group's table: a header row repeated on every page, then a row per activity that never splits across pages. */
function activityTable(kind: DraftKind, rows: readonly FollowUpRow[]): Table {
  const cell = (value: string, column: number, style: string = REPORT_STYLE.tableText, fill?: string) =>
    new TableCell({
      width: { size: COLUMN_WIDTHS[column], type: WidthType.DXA },
      margins: { top: pt(3), bottom: pt(3), left: pt(3), right: pt(3) },
      shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      // A typed line break in a comment stays one.
      children: value.split(/\r?\n/).map((line) => new Paragraph({ style, text: line })),
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map(({ key }, i) => cell(T.columns(kind)[key], i, REPORT_STYLE.tableHeading, COLOR.statementFill)),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [row.activity, row.statusLabel, row.outcomeText, row.comment, row.updated ?? ''].map((value, i) => cell(value, i)),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: COLUMN_WIDTHS.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
  });
}
