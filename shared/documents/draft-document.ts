import {
  Document,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import type { Draft, Party, Signatory } from '../draft/schema';
import { formatDate, formatPeriod, formatPeriodYears } from '../i18n/dates';
import { DOCUMENT_TEXT as T } from '../i18n/document';
import { KIND_LABEL } from '../i18n/terms';
import { activitySentence } from './activity-sentence';
import { CM, PAGE, STYLE, TEXT_WIDTH, documentNumbering, documentStyles } from './document-styles';
import { groupActivities, joinNames, partyDisplayName } from '../draft/activity-groups';

/**
 * The Word document of a draft, as it is printed and signed: title and
 * period, the parties, the löftesmening set apart, background, basis, focus,
 * the activities grouped by the party that promises them, follow-up,
 * communication and a signature block per signatory, with the title, period
 * and "Sida X av Y" in the footer of every page.
 *
 * Works for both kinds (a samverkansöverenskommelse prints the same sections
 * for now) and for any draft the schema accepts, however empty: an empty field
 * leaves its section out rather than printing a placeholder. Packing the
 * document to bytes is left to the caller (`Packer.toBuffer` in the export
 * service), so this stays pure.
 *
 * @param draft a draft that satisfies `draftSchema`
 * @returns a `docx` Document with Word styles (Title, Heading 1–2, List Bullet,
 *   Normal) in Swedish (sv-SE) and the document properties set
 */
export function buildDraftDocument(input: Draft): Document {
  // Every text the document prints or carries in its properties comes from the draft, so cleaning it here cleans every run.
  const draft = xmlSafeDraft(input);
  const title = documentTitle(draft);
  const period = formatPeriod(draft.period);
  const kindLabel = KIND_LABEL[draft.kind];
  const partyNames = draft.parties.map((party) => capitalize(partyDisplayName(party)));

  const children: FileChild[] = [
    ...titleBlock(draft, title, period),
    ...statementBlock(draft),
    ...textSection(T.headings.background, draft.background),
    ...basisSection(draft),
    ...focusAreaSection(draft),
    ...activitySection(draft),
    ...textSection(T.headings.followUp, draft.followUpPlan),
    ...textSection(T.headings.communication, draft.communication),
    ...textSection(T.headings.organisation, draft.organisation ?? ''),
    ...attachmentSection(draft),
    ...signatureSection(draft),
  ];

  return new Document({
    title,
    subject: kindLabel,
    creator: T.properties.creator,
    lastModifiedBy: T.properties.creator,
    keywords: T.properties.keywords(draft.kind).join(', '),
    description: T.properties.description(draft.kind, joinNames(draft.parties.map((p) => p.name.trim()).filter(Boolean)), period),
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.margin,
              right: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              header: PAGE.headerDistance,
              footer: PAGE.footerDistance,
            },
          },
          // The first page shows the parties under the title, so only later pages repeat them in the header.
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({ style: STYLE.header })] }),
          default: new Header({ children: [new Paragraph({ style: STYLE.header, text: partyNames.join(T.footer.separator) })] }),
        },
        footers: {
          first: pageFooter(title, period),
          default: pageFooter(title, period),
        },
        children,
      },
    ],
  });
}

/**
 * The title the document prints and carries in its properties. A draft
 * without one is named by its kind and years, so the title page and footer
 * still say what the paper is; the readiness check asks for a real title.
 */
export function documentTitle(draft: Draft): string {
  return draft.title.trim() || T.untitled(draft.kind, formatPeriodYears(draft.period));
}

function pageFooter(title: string, period: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [
          new TextRun([title, period].filter(Boolean).join(T.footer.separator)),
          new TextRun({ children: [new Tab(), T.footer.page, PageNumber.CURRENT, T.footer.of, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

function titleBlock(draft: Draft, title: string, period: string): Paragraph[] {
  const blocks = [new Paragraph({ style: STYLE.title, text: title })];
  if (period) blocks.push(new Paragraph({ style: STYLE.subtitle, text: period }));
  const parties = draft.parties.map(partyLine);
  if (parties.length > 0) blocks.push(factLine(T.partiesLabel, parties));
  const focus = draft.geographicFocus?.trim();
  if (focus) blocks.push(factLine(T.geographicFocusLabel, [focus]));
  return blocks;
}

function partyLine(party: Party): string {
  const diarienummer = party.diarienummer?.trim();
  const name = partyDisplayName(party);
  return diarienummer ? `${capitalize(name)} (${T.diarienummer(diarienummer)})` : capitalize(name);
}

/** "Parter  Söderhamns kommun / Polismyndigheten …": a label and its values, one per line, aligned on a tab. */
function factLine(label: string, values: string[]): Paragraph {
  return new Paragraph({
    style: STYLE.fact,
    children: [
      new TextRun({ text: label, bold: true }),
      // After a line break the hanging indent already puts the text under the first value.
      ...values.map((value, i) => (i === 0 ? new TextRun({ children: [new Tab(), value] }) : new TextRun({ text: value, break: 1 }))),
    ],
  });
}

function statementBlock(draft: Draft): Paragraph[] {
  return splitParagraphs(draft.statement).map((lines) => new Paragraph({ style: STYLE.statement, children: lineRuns(lines) }));
}

function textSection(heading: string, text: string): Paragraph[] {
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0) return [];
  return [heading1(heading), ...paragraphs.map((lines) => new Paragraph({ children: lineRuns(lines) }))];
}

function basisSection(draft: Draft): Paragraph[] {
  const items = draft.basis.map((basis) => {
    const details = [formatDate(basis.date), basis.respondents != null ? T.respondents(basis.respondents) : '']
      .filter(Boolean)
      .join(', ');
    const description = oneLine(basis.description);
    const text = [description, details ? `(${details})` : ''].filter(Boolean).join(' ');
    return bullet([new TextRun({ text: T.basisType[basis.type] ?? T.basisType.annat, bold: true }), ...(text ? [new TextRun(`: ${text}`)] : [])]);
  });
  return items.length > 0 ? [heading1(T.headings.basis), ...items] : [];
}

function focusAreaSection(draft: Draft): Paragraph[] {
  const areas = draft.focusAreas.filter((area) => area.title.trim() || hasFocusDetails(area));
  if (areas.length === 0) return [];
  // Titles alone read best as a list; once an area has a problem or goal, each gets its own heading.
  if (!areas.some(hasFocusDetails)) {
    return [heading1(T.headings.focusAreas), ...areas.map((area) => bullet([new TextRun(area.title.trim())]))];
  }
  const blocks: Paragraph[] = [heading1(T.headings.focusAreas)];
  areas.forEach((area, i) => {
    blocks.push(heading2(area.title.trim() || T.focusArea.untitled(i + 1)));
    const details = [
      [T.focusArea.problem, area.problem],
      [T.focusArea.causes, area.causes],
      [T.focusArea.goal, area.goal],
      [T.focusArea.indicator, area.indicator],
    ] as const;
    for (const [label, text] of details) {
      splitParagraphs(text ?? '').forEach((lines, j) => {
        const lead = j === 0 ? [new TextRun({ text: `${label}: `, bold: true })] : [];
        blocks.push(new Paragraph({ children: [...lead, ...lineRuns(lines)] }));
      });
    }
  });
  return blocks;
}

function hasFocusDetails(area: Draft['focusAreas'][number]): boolean {
  return [area.problem, area.causes, area.goal, area.indicator].some((text) => text?.trim());
}

function activitySection(draft: Draft): Paragraph[] {
  const groups = groupActivities(draft);
  if (groups.length === 0) return [];
  const blocks: Paragraph[] = [heading1(T.headings.activities), new Paragraph({ text: T.activitiesIntro, keepNext: true })];
  for (const group of groups) {
    blocks.push(heading2(group.lead));
    for (const { activity } of group.items) {
      blocks.push(bullet([new TextRun(activitySentence(activity, draft) || T.activityWithoutText)]));
    }
  }
  return blocks;
}

function attachmentSection(draft: Draft): Paragraph[] {
  const titles = (draft.attachments ?? []).map((attachment) => oneLine(attachment.title)).filter(Boolean);
  return titles.length > 0 ? [heading1(T.headings.attachments), ...titles.map((title) => bullet([new TextRun(title)]))] : [];
}

/**
 * "Underskrifter": one block per signatory, two side by side in a borderless
 * table. Each pair of blocks is a band of rows (party, place and date,
 * signature, name) so the lines of the two blocks stay level even when one
 * party's name wraps. No row can split and every row keeps with the next, as
 * do the heading and the clause, so a block never breaks across pages and the
 * section starts on a page where it fits whole (or, with more than four
 * signatories, where its first pair fits). A draft without signatories gets
 * an empty block per party, to be filled in by hand.
 */
function signatureSection(draft: Draft): FileChild[] {
  const blocks: SignatureBlock[] =
    draft.signatories.length > 0
      ? draft.signatories.map((signatory) => ({ party: draft.parties.find((p) => p.id === signatory.partyId), signatory }))
      : draft.parties.map((party) => ({ party, signatory: undefined }));
  if (blocks.length === 0) return [];

  const children: FileChild[] = [heading1(T.headings.signatures)];
  if (draft.originals != null && draft.originals >= 1) {
    const clause =
      draft.originals === 1 ? T.signature.originalsClauseSingle(draft.kind) : T.signature.originalsClause(draft.kind, draft.originals);
    children.push(new Paragraph({ text: clause, keepNext: true, keepLines: true }));
  }

  const columnWidth = Math.floor(TEXT_WIDTH / 2);
  const gutter = Math.round(0.6 * CM);
  // Two pairs of blocks (about 16 cm with the heading) always fit on a page, so they are kept together; more pairs
  // are kept together pair by pair, since a chain longer than a page is broken wherever the page ends.
  const pairs = Math.ceil(blocks.length / 2);
  const keepWhole = pairs <= MAX_PAIRS_KEPT_TOGETHER;
  const rows: TableRow[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    const lastPair = i + 2 >= blocks.length;
    const pair = [blocks[i], blocks[i + 1]].map((block) => (block ? signatureBand(block) : undefined));
    const spaceAbove = i === 0 ? Math.round(0.2 * CM) : Math.round(1.2 * CM);
    for (let band = 0; band < SIGNATURE_BANDS; band++) {
      rows.push(
        new TableRow({
          cantSplit: true,
          keepNext: band < SIGNATURE_BANDS - 1 || (keepWhole && !lastPair),
          children: pair.map(
            (bands, column) =>
              new TableCell({
                width: { size: columnWidth, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                // The outer edges line up with the text above; the gap sits between the two blocks.
                margins: {
                  left: column === 0 ? 0 : gutter,
                  right: column === 0 ? gutter : 0,
                  top: band === 0 ? spaceAbove : 0,
                  bottom: 0,
                },
                children: bands?.[band] ?? [new Paragraph({ style: STYLE.signatureText })],
              }),
          ),
        }),
      );
    }
  }
  children.push(
    new Table({
      rows,
      width: { size: columnWidth * 2, type: WidthType.DXA },
      columnWidths: [columnWidth, columnWidth],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
    }),
  );
  return children;
}

interface SignatureBlock {
  party: Party | undefined;
  signatory: Signatory | undefined;
}

const SIGNATURE_BANDS = 4;
const MAX_PAIRS_KEPT_TOGETHER = 2;

/** One signatory's block as its bands: "För …"; place and date; signature; name and title. */
function signatureBand({ party, signatory }: SignatureBlock): Paragraph[][] {
  const place = signatory?.place?.trim() ?? '';
  const date = formatDate(signatory?.date);
  const name = signatory?.name.trim() ?? '';
  const title = signatory?.title.trim() ?? '';
  const nameBand = [
    new Paragraph({ style: STYLE.signatureLine, text: name }),
    new Paragraph({ style: STYLE.signatureCaption, text: T.signature.nameClarification }),
  ];
  if (title) nameBand.push(new Paragraph({ style: STYLE.signatureText, text: capitalize(title) }));
  return [
    [new Paragraph({ style: STYLE.signatureParty, text: T.signature.forParty(partyDisplayName(party)) })],
    [
      new Paragraph({ style: STYLE.signatureLine, text: T.signature.placeDateLine(place, date) }),
      new Paragraph({ style: STYLE.signatureCaption, text: T.signature.placeAndDate }),
    ],
    [
      new Paragraph({ style: STYLE.signatureLine, spacing: { before: SIGNATURE_SPACE } }),
      new Paragraph({ style: STYLE.signatureCaption, text: T.signature.signature }),
    ],
    nameBand,
  ];
}

/** Room above the signature line for a hand-written signature. */
const SIGNATURE_SPACE = Math.round(1.6 * CM);

function heading1(text: string): Paragraph {
  return new Paragraph({ style: STYLE.heading1, text });
}

function heading2(text: string): Paragraph {
  return new Paragraph({ style: STYLE.heading2, text });
}

function bullet(children: TextRun[]): Paragraph {
  return new Paragraph({ style: STYLE.listBullet, children });
}

/** Paragraphs are separated by a blank line, as the file format says; single line breaks inside one are kept. */
function splitParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
}

function lineRuns(lines: string[]): TextRun[] {
  return lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What XML 1.0 forbids in text (C0 controls other than tab, line feed and
 * carriage return; lone surrogates; U+FFFE and U+FFFF), and the C1 controls
 * and DEL, which it allows but no reader shows. One such character and Word
 * refuses the whole file. No `u` flag, so the surrogates are matched as the
 * code units they are.
 */
const NOT_XML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text as the Word document may carry it: the characters of
 * {@link NOT_XML_TEXT} removed, everything else (emoji, right-to-left
 * scripts, "<", "&") kept, since the `docx` package escapes XML's own syntax.
 * The file reader strips control characters too, but a draft can reach the
 * builder by other ways (the editor, a test, a future import).
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_TEXT, '');
}

/** A copy of the draft with {@link xmlSafeText} applied to every string in it, however deep. */
function xmlSafeDraft<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafeDraft(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafeDraft(item)])) as T;
  }
  return value;
}
