import {
  AlignmentType,
  DeletedTextRun,
  Header,
  ImageRun,
  InsertedTextRun,
  LineRuleType,
  Paragraph,
  SectionType,
  Tab,
  TabStopType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type Document,
  type FileChild,
  type IBaseParagraphStyleOptions,
  type IParagraphOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { A4_PAGE, pageFooter, wordDocument } from './word-page';
import { decodeBase64 } from '../draft/image';
import type { Draft } from '../draft/schema';
import {
  appendixOutlines,
  documentOutline,
  documentProperties,
  isPageBlock,
  startsFocusArea,
  type DocumentContext,
  type OutlineBlock,
  type OutlineActivityGroup,
  type OutlineActivityItem,
  type OutlineBodyBlock,
  type OutlineLogo,
  type OutlinePageFooter,
  type OutlinePageHeader,
  type OutlineRun,
  type OutlineSignature,
  type OutlineSignatures,
} from './document-outline';
import { BLOCK_MATCHING, BY_CONTENT, MIN_LIKENESS, SAME, likeness, markWords, pairUp, sameContent, type Change, type Matching, type Paired, type Revision } from './tracked-changes';
import { CM, FACT_TAB, PAGE, SIGNATURE, STYLE, TEXT_WIDTH, documentNumbering, documentStyles, textLineCount } from './document-styles';

export { documentTitle, type DocumentContext, type LinkedDocument } from './document-outline';

/**
 * The Word document of a draft, as it is printed and signed: the draft's
 * outline (`documentOutline`, which the HTML preview renders too) in Word
 * styles, with the title, period and "Sida X av Y" in the footer of every
 * page, the parties in the header of every page but the first, and their
 * logos, if they have any, in the first page's header.
 *
 * With `context.appendices` (an agreement's löften, in full), each is
 * appended as a bilaga: a section of its own that starts on a new page, with
 * "Bilaga N" above its title and its own running header and footer, page
 * numbers counting on through the whole file ({@link appendixOutlines}). The
 * document's properties stay those of the draft.
 *
 * What the document says, and which sections an empty draft leaves out, is
 * the outline's to decide (it also cleans the text of characters XML
 * forbids); this only decides how each block looks in Word and how it keeps
 * with the next across a page break. Packing the document to bytes is left to
 * the caller (`Packer.toBuffer` in the export service), so this stays pure.
 *
 * @param draft a draft that satisfies `draftSchema`
 * @param context its linked löften, listed under Bilagor, and the ones to append
 * @returns a `docx` Document with Word styles (Title, Heading 1–2, List Bullet,
 *   Normal, Strong) in Swedish (sv-SE, in the core properties too), the
 *   document properties set, and its page fields written with the pages
 *   {@link estimatePageCount} works out
 */
export function buildDraftDocument(draft: Draft, context: DocumentContext = {}): Document {
  const outlines = [documentOutline(draft, context), ...appendixOutlines(draft, context)];
  return draftWordDocument(draft, outlines.map((outline) => unchanged(bodyOf(outline))), outlines, new Pen(null));
}

/**
 * The granskningsversion of a draft ("Exportera granskningsversion"): the
 * same document as {@link buildDraftDocument}, of the same outline, in which
 * what differs from `before` (the version last exchanged with the other
 * party) is written as Word's tracked changes, by `revision`'s author and
 * date, and the file opens with change tracking on, so Word and LibreOffice
 * show the changes and record the reader's own answers as changes too.
 *
 * The draft's body blocks are matched with the earlier version's by what
 * they come from ({@link BLOCK_MATCHING}); inside a block, the items by their
 * own identity (an activity by its id, a signatory's block by its party) or,
 * when they have none (a list item, a paragraph of the löftesmening), by
 * their text in order ({@link pairUp}). A block or item that is new is
 * inserted whole, paragraph mark and all, one that is gone is printed
 * deleted where it stood, and a changed text is marked word by word
 * ({@link markWords}). Text that did not change is written exactly as the
 * normal export writes it. The running header and footer and the appended
 * löften are not marked: they are what the draft is now.
 */
export function buildReviewDocument(draft: Draft, before: Draft, revision: Revision, context: DocumentContext = {}): Document {
  const outline = documentOutline(draft, context);
  const appendices = appendixOutlines(draft, context);
  const pieces = pairUp(bodyOf(documentOutline(before, context)), bodyOf(outline), BLOCK_MATCHING);
  return draftWordDocument(draft, [pieces, ...appendices.map((appendix) => unchanged(bodyOf(appendix)))], [outline, ...appendices], new Pen(revision), {
    trackRevisions: true,
  });
}

/** The Word document of outlines, each a section, their pieces written by `pen`. */
function draftWordDocument(
  draft: Draft,
  pieces: readonly Paired<OutlineBodyBlock>[][],
  outlines: readonly OutlineBlock[][],
  pen: Pen,
  features?: { trackRevisions: boolean },
): Document {
  const properties = documentProperties(draft);
  const pageCounts = outlines.map((outline) => estimatePageCount(bodyOf(outline)));
  const pages = pageCounts.reduce((sum, count) => sum + count, 0);
  return wordDocument({
    ...properties,
    lastModifiedBy: properties.creator,
    styles: documentStyles(),
    numbering: documentNumbering(),
    ...(features ? { features } : {}),
    sections: outlines.map((outline, i) => {
      const firstPage = 1 + pageCounts.slice(0, i).reduce((sum, count) => sum + count, 0);
      return wordSection(outline, pieces[i], pen, { last: i === outlines.length - 1, firstPage, pages });
    }),
  });
}

/** Pieces of a document written as they print: the normal export's, and the appended löften's in a granskningsversion. */
function unchanged<T>(items: readonly T[]): Paired<T>[] {
  return items.map((item) => ({ item, change: SAME }));
}

/**
 * One outline as a section of the Word file: an A4 page that starts on a new
 * sheet, its running header and footer, and its body. The first page's
 * header holds the parties' logos, if any (the parties are named under the
 * title there); the others repeat the parties' names. An appended löfte is a
 * section of its own, so its first page shows its own parties' logos, as it
 * would printed alone.
 *
 * Word ends a section with a paragraph mark, which a table cannot give, so a
 * section followed by another that ends with its signature table ends with
 * an empty paragraph of 1 pt (the only one in the document: it is where the
 * section break is), too small ever to take a page of its own.
 */
function wordSection(
  outline: readonly OutlineBlock[],
  pieces: readonly Paired<OutlineBodyBlock>[],
  pen: Pen,
  { last, firstPage, pages }: { last: boolean; firstPage: number; pages: number },
): ISectionOptions {
  const header = outline.find((block): block is OutlinePageHeader => block.type === 'pageHeader')!;
  const footer = outline.find((block): block is OutlinePageFooter => block.type === 'pageFooter')!;
  const children = pieces.flatMap((piece) => wordBlock(piece, pen));
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: A4_PAGE,
      titlePage: true,
    },
    headers: {
      first: new Header({ children: [logoRow(header.logos)] }),
      default: new Header({ children: [new Paragraph({ style: STYLE.header, text: header.text })] }),
    },
    // The first page's footer shows the section's first page; the other pages' footer is written with the next.
    footers: {
      first: pageFooter(footer.text, footer, { page: firstPage, pages }),
      default: pageFooter(footer.text, footer, { page: Math.min(firstPage + 1, pages), pages }),
    },
    children: [...children, ...(!last && children.at(-1) instanceof Table ? [new Paragraph({ style: STYLE.sectionEnd })] : [])],
  };
}

function bodyOf(outline: readonly OutlineBlock[]): OutlineBodyBlock[] {
  return outline.filter((block): block is OutlineBodyBlock => !isPageBlock(block));
}

/**
 * The logos in a row, each at its size, placed by a left tab stop at its
 * left edge (the outline's `LOGO_ROW` layout, the same the preview uses),
 * each with its text alternative; an empty header paragraph without logos.
 */
function logoRow(logos: readonly OutlineLogo[]): Paragraph {
  return new Paragraph({
    style: STYLE.header,
    alignment: AlignmentType.LEFT,
    tabStops: logos.slice(1).map((logo) => ({ type: TabStopType.LEFT, position: Math.round(logo.left * TWIPS_PER_POINT) })),
    children: logos.flatMap((logo, i) => [...(i > 0 ? [new TextRun({ children: [new Tab()] })] : []), logoImage(logo)]),
  });
}

const TWIPS_PER_POINT = 20;
/** docx sizes images in pixels at 96 dpi. */
const PIXELS_PER_POINT = 96 / 72;

function logoImage(logo: OutlineLogo): ImageRun {
  return new ImageRun({
    type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
    // The draft schema has checked the data; an empty image would only show as a missing picture.
    data: decodeBase64(logo.data) ?? new Uint8Array(),
    transformation: { width: logo.width * PIXELS_PER_POINT, height: logo.height * PIXELS_PER_POINT },
    // Word and LibreOffice read the description as the alternative text; the name is what Word's selection pane lists.
    altText: { name: logo.alt, description: logo.alt },
  });
}

/**
 * One body block of the outline as Word paragraphs (and, for the signatures,
 * a table), its texts written by `pen` as its change says: in the normal
 * export every block is the same, and is written exactly as it prints.
 */
function wordBlock({ item: block, change }: Paired<OutlineBodyBlock>, pen: Pen): FileChild[] {
  /** A block of one text, in its paragraph style. */
  const oneText = (style: string, text: string) => [pen.paragraph({ style }, text, part(change, text, textOf))];
  switch (block.type) {
    case 'appendixLabel':
      return oneText(STYLE.appendixLabel, block.text);
    case 'title':
      return oneText(STYLE.title, block.text);
    case 'period':
      return oneText(STYLE.subtitle, block.text);
    case 'facts':
      return [factParagraph(block.label, parts(change, block.values, (before) => (before.type === 'facts' ? before.values : []), BY_CONTENT), change, pen)];
    case 'statement':
      return parts(change, block.paragraphs, (before) => (before.type === 'statement' ? before.paragraphs : []), BY_CONTENT).map(
        ({ item: runs, change: paragraph }) => new Paragraph({ style: STYLE.statement, children: pen.runs(runs, paragraph), ...pen.mark(paragraph) }),
      );
    case 'heading':
      return oneText(block.level === 1 ? STYLE.heading1 : STYLE.heading2, block.text);
    case 'paragraph':
      return [
        new Paragraph({
          children: pen.runs(
            block.runs,
            part(change, block.runs, (before) => (before.type === 'paragraph' ? before.runs : [])),
          ),
          keepNext: block.keepWithNext,
          ...pen.mark(change),
        }),
      ];
    case 'list':
      return parts(change, block.items, (before) => (before.type === 'list' ? before.items : []), BY_CONTENT).map(({ item: runs, change: item }) =>
        bullet(pen.runs(runs, item), pen.mark(item)),
      );
    case 'activityGroup':
      return activityGroup(block, change, pen);
    case 'signatures':
      return signatureSection(block, change, pen);
  }
}

/** The text of a one-text block, for comparing a block with what it was. */
function textOf(block: OutlineBodyBlock): string {
  return 'text' in block ? block.text : '';
}

/**
 * A group of activities under its lead: each activity by its id, so one
 * added is inserted whole and one removed is printed deleted where it stood;
 * a focus area's title above a run of them is new, or gone, when no run of
 * the group had it before, or has it now.
 */
function activityGroup(block: OutlineActivityGroup, change: Change<OutlineBodyBlock>, pen: Pen): FileChild[] {
  const beforeItems = (before: OutlineBodyBlock) => (before.type === 'activityGroup' ? before.items : []);
  const items = parts(change, block.items, beforeItems, ACTIVITY_MATCHING);
  const areasOf = (list: readonly OutlineActivityItem[]) => new Set(list.filter((_, i) => startsFocusArea(list, i)).map((item) => item.focusArea));
  const areasNow = areasOf(items.filter((item) => item.change.kind !== 'deleted').map((item) => item.item));
  const areasBefore = change.kind === 'changed' ? areasOf(beforeItems(change.before)) : areasNow;
  const areaChange = (area: string): Change<string> =>
    change.kind !== 'changed' ? (change as Change<string>) : !areasNow.has(area) ? { kind: 'deleted' } : !areasBefore.has(area) ? { kind: 'inserted' } : SAME;
  const printed = items.map((item) => item.item);
  return [
    pen.paragraph({ style: STYLE.heading2 }, block.lead, part(change, block.lead, (before) => (before.type === 'activityGroup' ? before.lead : ''))),
    ...items.flatMap(({ item, change: activity }, i) => {
      const area = startsFocusArea(printed, i) ? areaChange(item.focusArea!) : null;
      return [
        ...(area ? [pen.paragraph({ style: STYLE.heading3 }, item.focusArea!, area)] : []),
        bullet(pen.runs(activityRuns(item), part(activity, activityRuns(item), activityRuns)), pen.mark(activity)),
      ];
    }),
  ];
}

const ACTIVITY_MATCHING: Matching<OutlineActivityItem> = { identity: (item) => item.activityId };

/**
 * Writes the texts of the document, as they are or, in a granskningsversion,
 * as Word's tracked changes against the earlier version: `revision` null
 * writes every text as it prints, whatever its change says.
 */
class Pen {
  /** Every tracked change in a document has an id of its own. */
  private nextId = 1;

  constructor(private readonly revision: Revision | null) {}

  /** A paragraph of one text, written as the normal export writes it when it is the same. */
  paragraph(options: IParagraphOptions, text: string, change: Change<string>): Paragraph {
    if (!this.revision || change.kind === 'same') return new Paragraph({ ...options, text });
    const before = change.kind === 'changed' ? { kind: 'changed' as const, before: [{ text: change.before }] } : change;
    return new Paragraph({ ...options, children: this.runs([{ text }], before), ...this.mark(change) });
  }

  /**
   * The runs of a paragraph: as they print when the same; all inserted or
   * all deleted; or, changed, each run matched with what it was (by its text,
   * in order, a line with its line) and a changed one marked word by word,
   * unless less than half of it stayed ({@link MIN_LIKENESS}): then it is
   * shown deleted whole and the new text inserted after it.
   */
  runs(runs: readonly OutlineRun[], change: Change<readonly OutlineRun[]>): ParagraphChild[] {
    if (!this.revision || change.kind === 'same') return runs.map(textRun);
    if (change.kind !== 'changed') return runs.map((run) => this.tracked(change.kind as 'inserted' | 'deleted', run));
    return pairUp(change.before, runs, RUN_MATCHING).flatMap(({ item: run, change: runChange }) => {
      if (runChange.kind === 'same') return [textRun(run)];
      if (runChange.kind !== 'changed') return [this.tracked(runChange.kind, run)];
      // A text rewritten through (another name) reads best as the old struck through, then the new, not interleaved word by word.
      if (likeness(runChange.before.text, run.text) < MIN_LIKENESS) return [this.tracked('deleted', runChange.before), this.tracked('inserted', run)];
      return markWords(runChange.before.text, run.text).map((piece, i) => {
        const marked = { ...run, text: piece.text, lineBreak: i === 0 && run.lineBreak };
        return piece.mark === 'same' ? textRun(marked) : this.tracked(piece.mark, marked);
      });
    });
  }

  /** What marks a whole paragraph inserted or deleted: its paragraph mark, so that accepting or rejecting it leaves no empty paragraph. */
  mark(change: Change<unknown>): Pick<IParagraphOptions, 'run'> {
    if (!this.revision || (change.kind !== 'inserted' && change.kind !== 'deleted')) return {};
    return { run: { [change.kind === 'inserted' ? 'insertion' : 'deletion']: this.attributes() } };
  }

  private tracked(kind: 'inserted' | 'deleted', run: OutlineRun): InsertedTextRun | DeletedTextRun {
    const options = { text: run.text, style: run.bold ? STYLE.strong : undefined, break: run.lineBreak ? 1 : undefined, ...this.attributes() };
    return kind === 'inserted' ? new InsertedTextRun(options) : new DeletedTextRun(options);
  }

  private attributes() {
    return { id: this.nextId++, author: this.revision!.author, date: this.revision!.date };
  }
}

/**
 * A paragraph's runs (its lines and lead-in) are matched by what they say,
 * and a changed one with a gone one of the same weight (a bold lead-in with a
 * bold lead-in), however much it changed: within a paragraph the words that
 * changed are marked, never the whole line.
 */
const RUN_MATCHING: Matching<OutlineRun> = { identity: (run) => JSON.stringify(run), slot: (run) => String(Boolean(run.bold)), minLikeness: 0 };

/** A part of a piece whose change is `change`: the same, new or gone with it, or, changed, compared with the same part of what it was. */
function part<B, T>(change: Change<B>, now: T, pick: (before: B) => T): Change<T> {
  if (change.kind !== 'changed') return change;
  const before = pick(change.before);
  return sameContent(before, now) ? SAME : { kind: 'changed', before };
}

/** The items of a piece whose change is `change`, each with its own: in a changed piece, matched with the items it had ({@link pairUp}). */
function parts<B, T>(change: Change<B>, now: readonly T[], pick: (before: B) => readonly T[], matching: Matching<T>): Paired<T>[] {
  if (change.kind !== 'changed') return now.map((item) => ({ item, change }));
  return pairUp(pick(change.before), now, matching);
}

/**
 * A run as Word writes it: a typed line break becomes a soft break before
 * the run, and a bold lead-in is marked with Word's Strong character style,
 * not formatted bold, so that it is emphasis to a screen reader and a
 * template can restyle it.
 */
function textRun(run: OutlineRun): TextRun {
  return new TextRun({ text: run.text, style: run.bold ? STYLE.strong : undefined, break: run.lineBreak ? 1 : undefined });
}

/** An activity as typed, its line breaks kept, and in an agreement the function responsible on a line of its own. */
function activityRuns(item: OutlineActivityItem): OutlineRun[] {
  const lines = [...item.text.split('\n'), ...(item.responsible ? [item.responsible] : [])];
  return lines.map((text, i) => ({ text, lineBreak: i > 0 }));
}

/** "Parter  Söderhamns kommun / Polismyndigheten …": a label and its values, one per line, aligned on a tab. */
export function factLine(label: string, values: string[]): Paragraph {
  return new Paragraph({
    style: STYLE.fact,
    children: [
      new TextRun({ text: label, style: STYLE.strong }),
      // After a line break the hanging indent already puts the text under the first value.
      ...values.map((value, i) => (i === 0 ? new TextRun({ children: [new Tab(), value] }) : new TextRun({ text: value, break: 1 }))),
    ],
  });
}

/** A fact line whose values may have changed: a new party's line inserted, a changed one marked word by word. */
function factParagraph(label: string, values: readonly Paired<string>[], change: Change<OutlineBodyBlock>, pen: Pen): Paragraph {
  if (values.every((value) => value.change.kind === 'same') && change.kind !== 'inserted' && change.kind !== 'deleted') {
    return factLine(
      label,
      values.map((value) => value.item),
    );
  }
  const labelChange: Change<readonly OutlineRun[]> = change.kind === 'inserted' || change.kind === 'deleted' ? change : SAME;
  return new Paragraph({
    style: STYLE.fact,
    children: [
      ...pen.runs([{ text: label, bold: true }], labelChange),
      ...values.flatMap(({ item, change: value }, i) => [
        ...(i === 0 ? [new TextRun({ children: [new Tab()] })] : []),
        ...pen.runs(
          [{ text: item, lineBreak: i > 0 }],
          value.kind === 'changed' ? { kind: 'changed', before: [{ text: value.before, lineBreak: i > 0 }] } : value,
        ),
      ]),
    ],
    ...pen.mark(change),
  });
}

function bullet(children: ParagraphChild[], mark: Pick<IParagraphOptions, 'run'> = {}): Paragraph {
  return new Paragraph({ style: STYLE.listBullet, children, ...mark });
}

/**
 * The originals clause and the signature blocks, two side by side in a
 * borderless table: a row for each pair, and in it a cell for each
 * signatory holding the whole of that signatory's block, so that a screen
 * reader, a converter or a copy of the text reads one block after the other
 * ("För Söderhamns kommun, Söderhamn, Ort och datum, Underskrift, …"), never the two
 * interleaved line by line. A last block without a neighbour has a row of
 * its own, a cell spanning both columns with the block kept to the left one.
 *
 * The lines to write on are the top borders of their captions, so no
 * paragraph is empty. The two blocks of a pair are kept level although each
 * is in a cell of its own: every line in a block has an exact height
 * (`SIGNATURE`), and where one block's party name, place and date or name
 * wraps onto more lines than the other's ({@link textLineCount}, with
 * Arial's widths), the other is given the room of those lines, so the
 * lines to write on and the captions stay side by side.
 *
 * No row can split, and with `keepTogether` every row but the last keeps
 * with the next, as do the heading (by its style) and the clause, so a block
 * never breaks across pages and the section starts on a page where it fits
 * whole (or, when the outline says it cannot, `keepTogether` being false,
 * where its first pair fits).
 */
function signatureSection(block: OutlineSignatures, change: Change<OutlineBodyBlock>, pen: Pen): FileChild[] {
  const children: FileChild[] = [];
  const beforeBlock = change.kind === 'changed' && change.before.type === 'signatures' ? change.before : null;
  const clause = block.clause ?? beforeBlock?.clause;
  if (clause) {
    const clauseChange: Change<string> =
      change.kind !== 'changed' ? (change as Change<string>) : !block.clause ? { kind: 'deleted' } : !beforeBlock?.clause ? { kind: 'inserted' } : part(change, block.clause, () => beforeBlock.clause!);
    children.push(pen.paragraph({ keepNext: true, keepLines: true }, clause, clauseChange));
  }

  const paired = parts(change, block.signatures, (before) => (before.type === 'signatures' ? before.signatures : []), signatureMatching(block, beforeBlock));
  const signatures = paired.map((signature) => signature.item);
  const rows: TableRow[] = [];
  for (let i = 0; i < signatures.length; i += 2) {
    const pair = signatures.slice(i, i + 2);
    const lastPair = i + 2 >= signatures.length;
    const spaceAbove = i === 0 ? Math.round(0.2 * CM) : Math.round(1.2 * CM);
    const measured = pair.map(measureSignature);
    const level: SignatureLines = {
      party: Math.max(...measured.map((lines) => lines.party)),
      placeDate: Math.max(1, ...measured.map((lines) => lines.placeDate)),
      name: Math.max(1, ...measured.map((lines) => lines.name)),
    };
    rows.push(
      new TableRow({
        cantSplit: true,
        // A chain longer than a page is broken wherever the page ends, so without keepTogether only each pair is kept whole.
        keepNext: block.keepTogether && !lastPair,
        children: pair.map(
          (signature, column) =>
            new TableCell({
              width: { size: pair.length === 1 ? 2 * SIGNATURE_COLUMN : SIGNATURE_COLUMN, type: WidthType.DXA },
              columnSpan: pair.length === 1 ? 2 : undefined,
              verticalAlign: VerticalAlignTable.TOP,
              // The outer edges line up with the text above; the gap sits between the two blocks.
              margins: {
                left: column === 0 ? 0 : SIGNATURE_GUTTER,
                right: pair.length === 1 ? SIGNATURE_COLUMN + SIGNATURE_GUTTER : column === 0 ? SIGNATURE_GUTTER : 0,
                top: spaceAbove,
                bottom: 0,
              },
              children: signatureBlock(signature, paired[i + column].change, pen, measured[column], level),
            }),
        ),
      }),
    );
  }
  children.push(
    new Table({
      rows,
      width: { size: SIGNATURE_COLUMN * 2, type: WidthType.DXA },
      columnWidths: [SIGNATURE_COLUMN, SIGNATURE_COLUMN],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      // A layout table: no header row (its first row is a pair of signatories, not a heading of columns, and Word would
      // repeat a header row on every page the blocks run over), and none of a table style's header or banding looks.
      tableLook: { firstRow: false, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
    }),
  );
  return children;
}

/** A column of the signature table, and the gap between the two blocks of a pair, in twips. */
const SIGNATURE_COLUMN = Math.floor(TEXT_WIDTH / 2);
const SIGNATURE_GUTTER = Math.round(0.6 * CM);
/** How wide a block's texts may run. */
const SIGNATURE_TEXT_WIDTH = SIGNATURE_COLUMN - SIGNATURE_GUTTER;

/** How many lines a block's texts that may wrap take: the party line, and the place and date and the name printed on their lines (0 when blank). */
interface SignatureLines {
  party: number;
  placeDate: number;
  name: number;
}

function measureSignature(signature: OutlineSignature): SignatureLines {
  const lines = (text: string, bold = false) => (text ? textLineCount(text, SIGNATURE_TEXT_WIDTH, { size: SIGNATURE.textSize, bold }) : 0);
  return { party: lines(signature.forParty, true), placeDate: lines(signature.placeDate), name: lines(signature.name) };
}

/**
 * One signatory's block, in reading order: "För …"; place and date, printed
 * on its line or left to be written, with its caption under the line; the
 * signature line and its caption; the name likewise; the title. `level` is
 * the most lines each wrapping text takes in either block of the pair: a
 * block whose own text takes fewer is given the room of the rest.
 */
function signatureBlock(signature: OutlineSignature, change: Change<OutlineSignature>, pen: Pen, own: SignatureLines, level: SignatureLines): Paragraph[] {
  // The room of the party lines the other block has more of goes above the next line, not below the party's name:
  // LibreOffice takes the larger of the space after a paragraph and the space before the next, Word both.
  const partyRoom = (level.party - own.party) * SIGNATURE.line;
  const field = (key: 'forParty' | 'placeDate' | 'signatureCaption' | 'name' | 'title') => ({ text: signature[key], change: part(change, signature[key], (before) => before[key]) });
  // A block added or removed whole is so with its captions: accepting every change leaves no empty block behind.
  const whole: Change<string> = change.kind === 'inserted' || change.kind === 'deleted' ? { kind: change.kind } : SAME;
  const blocks = [
    pen.paragraph({ style: STYLE.signatureParty }, signature.forParty, field('forParty').change),
    ...writingLine(field('placeDate'), signature.placeDateCaption, partyRoom + (level.placeDate - own.placeDate) * SIGNATURE.line, pen, whole),
    pen.paragraph({ style: STYLE.signatureSignature }, signature.signatureCaption, field('signatureCaption').change),
    ...writingLine(field('name'), signature.nameCaption, (level.name - own.name) * SIGNATURE.line, pen, whole),
  ];
  const title = field('title');
  const titleBefore = title.change.kind === 'changed' ? title.change.before : '';
  if (signature.title || titleBefore) {
    const titleChange: Change<string> = !signature.title ? { kind: 'deleted' } : title.change.kind === 'changed' && !titleBefore ? { kind: 'inserted' } : title.change;
    blocks.push(pen.paragraph({ style: STYLE.signatureText }, signature.title || titleBefore, titleChange));
  }
  return blocks;
}

/**
 * The signatories' blocks are matched by the party they sign for (the first
 * block of a party with the first, and so on), a block for a party that is
 * gone by its "För …" line.
 */
function signatureMatching(now: OutlineSignatures, before: OutlineSignatures | null): Matching<OutlineSignature> {
  const names = new Map<OutlineSignature, string>();
  for (const list of [now.signatures, before?.signatures ?? []]) {
    const seen = new Map<string, number>();
    for (const signature of list) {
      const party = signature.partyId ?? signature.forParty;
      const n = seen.get(party) ?? 0;
      seen.set(party, n + 1);
      names.set(signature, `${party}\u0000${n}`);
    }
  }
  return { identity: (signature) => names.get(signature)! };
}

/**
 * A line to write on, drawn as the top border of its caption, with the text
 * printed on it, if any, above it: `room` more than the usual room to write
 * above the line, or above the text when there is one.
 */
function writingLine({ text, change }: { text: string; change: Change<string> }, caption: string, room: number, pen: Pen, whole: Change<string>): Paragraph[] {
  const before = SIGNATURE.writingRoom + room;
  // A text printed on the line before, and blank now, is shown struck through on the line.
  const gone = change.kind === 'changed' && !text ? change.before : '';
  if (!text && !gone) {
    return [pen.paragraph({ style: STYLE.signatureCaption, spacing: exactSpacing(before + SIGNATURE.gap, 0, SIGNATURE.captionLine) }, caption, whole)];
  }
  const entryChange: Change<string> = gone ? { kind: 'deleted' } : change.kind === 'changed' && !change.before ? { kind: 'inserted' } : change;
  return [
    pen.paragraph({ style: STYLE.signatureEntry, spacing: exactSpacing(before, SIGNATURE.gap, SIGNATURE.line) }, text || gone, entryChange),
    pen.paragraph({ style: STYLE.signatureCaption }, caption, whole),
  ];
}

/** Spacing written whole, so no application needs to merge it with the style's. */
function exactSpacing(before: number, after: number, line: number) {
  return { before, after, line, lineRule: LineRuleType.EXACT };
}

/**
 * About how many pages a section's body takes in Word, for the results the
 * footer's page fields are written with (`pageFooter`): Word and LibreOffice
 * work the fields out again as they lay the pages out, so these only show
 * where nothing lays them out (python-docx, a search index, a phone's quick
 * preview). docx's own page layout (`docx/layout`) would count them as Word
 * does but takes several times as long as writing the document, so this
 * fills pages with the paragraphs' lines instead, as the styles set them
 * (sizes, spacing, indents, borders, Arial's widths), keeping a heading with
 * what follows it, a row of signatures whole and, with `keepTogether`, the
 * signature section; widow control and the like are left out, so the count
 * may be one off.
 */
export function estimatePageCount(body: readonly OutlineBodyBlock[]): number {
  const pieces = body.flatMap(estimatePieces);
  let pages = 1;
  let y = 0;
  pieces.forEach((piece, i) => {
    // A piece kept with the next is moved with them to a new page when they don't fit, unless they would not fit on any.
    let needed = piece.height;
    for (let j = i; pieces[j].keepWithNext && j + 1 < pieces.length; j++) needed += pieces[j + 1].height;
    if (needed > PAGE_TEXT_HEIGHT) needed = piece.height;
    if (y > 0 && y + needed > PAGE_TEXT_HEIGHT) {
      pages++;
      y = 0;
    }
    y += piece.height;
  });
  return pages;
}

const PAGE_TEXT_HEIGHT = PAGE.height - 2 * PAGE.margin;
/** A single line of Arial is 1.15 times its size high in Word (its ascent, descent and line gap). */
const ARIAL_LINE_HEIGHT = 1.15;

/** What fills a page: a line, a paragraph kept whole or a table row, its height in twips, and whether it keeps with the next. */
interface Piece {
  height: number;
  keepWithNext: boolean;
}

/** A paragraph as the estimate sees it: its style, its text, and how wide its lines may run when its style does not say. */
interface EstimatedParagraph {
  style: string;
  text: string;
  width?: number;
  keepNext?: boolean;
}

const runsText = (runs: readonly OutlineRun[]) => runs.map((run) => (run.lineBreak ? '\n' : '') + run.text).join('');

/** The pieces of a block, paragraph by paragraph as `wordBlock` writes it. */
function estimatePieces(block: OutlineBodyBlock): Piece[] {
  const paragraphs = (...list: EstimatedParagraph[]) => list.flatMap(paragraphPieces);
  switch (block.type) {
    case 'appendixLabel':
      return paragraphs({ style: STYLE.appendixLabel, text: block.text });
    case 'title':
      return paragraphs({ style: STYLE.title, text: block.text });
    case 'period':
      return paragraphs({ style: STYLE.subtitle, text: block.text });
    case 'facts':
      return paragraphs({ style: STYLE.fact, text: block.values.join('\n'), width: TEXT_WIDTH - FACT_TAB });
    case 'statement':
      return paragraphs(...block.paragraphs.map((runs) => ({ style: STYLE.statement, text: runsText(runs) })));
    case 'heading':
      return paragraphs({ style: block.level === 1 ? STYLE.heading1 : STYLE.heading2, text: block.text });
    case 'paragraph':
      return paragraphs({ style: 'Normal', text: runsText(block.runs), keepNext: block.keepWithNext });
    case 'list':
      return paragraphs(...block.items.map((runs) => ({ style: STYLE.listBullet, text: runsText(runs) })));
    case 'activityGroup':
      return paragraphs(
        { style: STYLE.heading2, text: block.lead },
        ...block.items.flatMap((item, i) => [
          ...(startsFocusArea(block.items, i) ? [{ style: STYLE.heading3, text: item.focusArea! }] : []),
          { style: STYLE.listBullet, text: [item.text, ...(item.responsible ? [item.responsible] : [])].join('\n') },
        ]),
      );
    case 'signatures': {
      const rows: Piece[] = [];
      for (let i = 0; i < block.signatures.length; i += 2) {
        rows.push({ height: signatureRowHeight(block.signatures.slice(i, i + 2), i === 0), keepWithNext: block.keepTogether && i + 2 < block.signatures.length });
      }
      return [...(block.clause ? paragraphs({ style: 'Normal', text: block.clause, keepNext: true }) : []), ...rows];
    }
  }
}

/** How high a row of the signature table is, as `signatureSection` and `signatureBlock` lay it out. */
function signatureRowHeight(pair: readonly OutlineSignature[], first: boolean): number {
  const measured = pair.map(measureSignature);
  const level = (key: keyof SignatureLines) => Math.max(1, ...measured.map((lines) => lines[key]));
  // Each caption's height takes its border, its line and the room above it.
  const caption = paragraphLook(STYLE.signatureCaption);
  const signature = paragraphLook(STYLE.signatureSignature);
  const titleLines = Math.max(0, ...pair.map((block) => (block.title ? textLineCount(block.title, SIGNATURE_TEXT_WIDTH, { size: SIGNATURE.textSize, bold: false }) : 0)));
  const title = paragraphLook(STYLE.signatureText);
  return (
    (first ? Math.round(0.2 * CM) : Math.round(1.2 * CM)) +
    (level('party') + level('placeDate') + level('name')) * SIGNATURE.line +
    2 * (SIGNATURE.writingRoom + SIGNATURE.gap + caption.before + caption.line) +
    signature.before +
    signature.line +
    (titleLines > 0 ? title.before + titleLines * lineHeight(title) : 0)
  );
}

/** A paragraph's lines as pieces (one piece when its style keeps its lines together), with its spacing and borders. */
function paragraphPieces({ style, text, width, keepNext }: EstimatedParagraph): Piece[] {
  const look = paragraphLook(style);
  const lineWidth = width ?? TEXT_WIDTH - look.indent;
  const lines = textLineCount(text, lineWidth, { size: look.size, bold: look.bold });
  const heights = Array.from({ length: lines }, () => lineHeight(look));
  heights[0] += look.before;
  heights[lines - 1] += look.after;
  const pieces = look.keepLines ? [heights.reduce((sum, height) => sum + height, 0)] : heights;
  return pieces.map((height, i) => ({ height, keepWithNext: i < pieces.length - 1 || Boolean(keepNext ?? look.keepNext) }));
}

/** How high a line of a paragraph in a style is, in twips. */
function lineHeight(look: ParagraphLook): number {
  return look.exact ? look.line : Math.round((look.line / 240) * look.size * 20 * ARIAL_LINE_HEIGHT);
}

/** What the estimate needs of a paragraph style, with what it inherits; sizes in points, lengths in twips. */
interface ParagraphLook {
  size: number;
  bold: boolean;
  before: number;
  after: number;
  /** Twips per line when `exact`, else 240ths of a single line. */
  line: number;
  exact: boolean;
  /** The left and right indents and the room the left and right borders take, together. */
  indent: number;
  keepNext: boolean;
  keepLines: boolean;
}

const paragraphLooks = new Map<string, ParagraphLook>();

function paragraphLook(id: string): ParagraphLook {
  let look = paragraphLooks.get(id);
  if (!look) {
    look = resolveLook(id);
    paragraphLooks.set(id, look);
  }
  return look;
}

function resolveLook(id: string): ParagraphLook {
  const styles = documentStyles();
  const defaults = styles.default ?? {};
  const builtIn: Record<string, IBaseParagraphStyleOptions | undefined> = {
    [STYLE.title]: defaults.title,
    [STYLE.heading1]: defaults.heading1,
    [STYLE.heading2]: defaults.heading2,
    [STYLE.heading3]: defaults.heading3,
  };
  const own = styles.paragraphStyles?.find((style) => style.id === id) ?? builtIn[id];
  const base: ParagraphLook =
    own?.basedOn && own.basedOn !== id
      ? resolveLook(own.basedOn)
      : id === 'Normal' || !own
        ? { size: 11, bold: false, before: 0, after: 0, line: 240, exact: false, indent: 0, keepNext: false, keepLines: false }
        : resolveLook('Normal');
  const run = own?.run ?? {};
  const paragraph = own?.paragraph ?? {};
  const spacing = paragraph.spacing ?? {};
  const twips = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
  // A border takes its width (in eighths of a point) and its space from the text (in points).
  const border = (side: 'top' | 'bottom' | 'left' | 'right') => {
    const line = paragraph.border?.[side];
    return line ? Math.round(((line.size ?? 0) / 8 + (line.space ?? 0)) * 20) : 0;
  };
  return {
    size: typeof run.size === 'number' ? run.size / 2 : base.size,
    bold: run.bold ?? base.bold,
    before: twips(spacing.before, base.before) + border('top'),
    after: twips(spacing.after, base.after) + border('bottom'),
    line: twips(spacing.line, base.line),
    exact: spacing.line !== undefined ? spacing.lineRule === LineRuleType.EXACT : base.exact,
    indent: paragraph.indent ? twips(paragraph.indent.left, 0) + twips(paragraph.indent.right, 0) + border('left') + border('right') : base.indent,
    keepNext: paragraph.keepNext ?? base.keepNext,
    keepLines: paragraph.keepLines ?? base.keepLines,
  };
}
