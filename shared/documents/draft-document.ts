import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
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
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { A4_PAGE, pageFooter } from './word-page';
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
  type OutlineActivityItem,
  type OutlineBodyBlock,
  type OutlineLogo,
  type OutlinePageFooter,
  type OutlinePageHeader,
  type OutlineRun,
  type OutlineSignature,
  type OutlineSignatures,
} from './document-outline';
import { CM, STYLE, TEXT_WIDTH, documentNumbering, documentStyles } from './document-styles';

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
 *   Normal) in Swedish (sv-SE) and the document properties set
 */
export function buildDraftDocument(draft: Draft, context: DocumentContext = {}): Document {
  const properties = documentProperties(draft);
  return new Document({
    ...properties,
    lastModifiedBy: properties.creator,
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [documentOutline(draft, context), ...appendixOutlines(draft, context)].map(wordSection),
  });
}

/**
 * One outline as a section of the Word file: an A4 page that starts on a new
 * sheet, its running header and footer, and its body. The first page's
 * header holds the parties' logos, if any (the parties are named under the
 * title there); the others repeat the parties' names. An appended löfte is a
 * section of its own, so its first page shows its own parties' logos, as it
 * would printed alone.
 */
function wordSection(outline: readonly OutlineBlock[]): ISectionOptions {
  const header = outline.find((block): block is OutlinePageHeader => block.type === 'pageHeader')!;
  const footer = outline.find((block): block is OutlinePageFooter => block.type === 'pageFooter')!;
  const body = outline.filter((block): block is OutlineBodyBlock => !isPageBlock(block));
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
    footers: {
      first: pageFooter(footer.text, footer),
      default: pageFooter(footer.text, footer),
    },
    children: body.flatMap(wordBlock),
  };
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

/** One body block of the outline as Word paragraphs (and, for the signatures, a table). */
function wordBlock(block: OutlineBodyBlock): FileChild[] {
  switch (block.type) {
    case 'appendixLabel':
      return [new Paragraph({ style: STYLE.appendixLabel, text: block.text })];
    case 'title':
      return [new Paragraph({ style: STYLE.title, text: block.text })];
    case 'period':
      return [new Paragraph({ style: STYLE.subtitle, text: block.text })];
    case 'facts':
      return [factLine(block.label, block.values)];
    case 'statement':
      return block.paragraphs.map((runs) => new Paragraph({ style: STYLE.statement, children: runs.map(textRun) }));
    case 'heading':
      return [new Paragraph({ style: block.level === 1 ? STYLE.heading1 : STYLE.heading2, text: block.text })];
    case 'paragraph':
      return [new Paragraph({ children: block.runs.map(textRun), keepNext: block.keepWithNext })];
    case 'list':
      return block.items.map((runs) => bullet(runs.map(textRun)));
    case 'activityGroup':
      return [
        new Paragraph({ style: STYLE.heading2, text: block.lead }),
        ...block.items.flatMap((item, i) => [
          ...(startsFocusArea(block.items, i) ? [new Paragraph({ style: STYLE.heading3, text: item.focusArea! })] : []),
          bullet(activityRuns(item)),
        ]),
      ];
    case 'signatures':
      return signatureSection(block);
  }
}

/** A run as Word writes it: a typed line break becomes a soft break before the run. */
function textRun(run: OutlineRun): TextRun {
  return new TextRun({ text: run.text, bold: run.bold, break: run.lineBreak ? 1 : undefined });
}

/** An activity as typed, its line breaks kept, and in an agreement the function responsible on a line of its own. */
function activityRuns(item: OutlineActivityItem): TextRun[] {
  const lines = [...item.text.split('\n'), ...(item.responsible ? [item.responsible] : [])];
  return lines.map((text, i) => textRun({ text, lineBreak: i > 0 }));
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

function bullet(children: TextRun[]): Paragraph {
  return new Paragraph({ style: STYLE.listBullet, children });
}

/**
 * The originals clause and the signature blocks, two side by side in a
 * borderless table. Each pair of blocks is a band of rows (party, place and
 * date, signature, name) so the lines of the two blocks stay level even when
 * one party's name wraps. No row can split and every row keeps with the next,
 * as do the heading (by its style) and the clause, so a block never breaks
 * across pages and the section starts on a page where it fits whole (or, when
 * the outline says it cannot, `keepTogether` being false, where its first
 * pair fits).
 */
function signatureSection(block: OutlineSignatures): FileChild[] {
  const children: FileChild[] = [];
  if (block.clause) children.push(new Paragraph({ text: block.clause, keepNext: true, keepLines: true }));

  const columnWidth = Math.floor(TEXT_WIDTH / 2);
  const gutter = Math.round(0.6 * CM);
  const { signatures } = block;
  const rows: TableRow[] = [];
  for (let i = 0; i < signatures.length; i += 2) {
    const lastPair = i + 2 >= signatures.length;
    const pair = [signatures[i], signatures[i + 1]].map((signature) => (signature ? signatureBands(signature) : undefined));
    const spaceAbove = i === 0 ? Math.round(0.2 * CM) : Math.round(1.2 * CM);
    for (let band = 0; band < SIGNATURE_BANDS; band++) {
      rows.push(
        new TableRow({
          cantSplit: true,
          // A chain longer than a page is broken wherever the page ends, so without keepTogether only each pair is kept whole.
          keepNext: band < SIGNATURE_BANDS - 1 || (block.keepTogether && !lastPair),
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
      // A layout table: no header row (its first row is a signatory's party, not a heading of columns, and Word would
      // repeat a header row on every page the blocks run over), and none of a table style's header or banding looks.
      tableLook: { firstRow: false, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
    }),
  );
  return children;
}

const SIGNATURE_BANDS = 4;

/** One signatory's block as its bands: "För …"; place and date; signature; name and title. */
function signatureBands(signature: OutlineSignature): Paragraph[][] {
  const nameBand = [
    new Paragraph({ style: STYLE.signatureLine, text: signature.name }),
    new Paragraph({ style: STYLE.signatureCaption, text: signature.nameCaption }),
  ];
  if (signature.title) nameBand.push(new Paragraph({ style: STYLE.signatureText, text: signature.title }));
  return [
    [new Paragraph({ style: STYLE.signatureParty, text: signature.forParty })],
    [
      new Paragraph({ style: STYLE.signatureLine, text: signature.placeDate }),
      new Paragraph({ style: STYLE.signatureCaption, text: signature.placeDateCaption }),
    ],
    [
      new Paragraph({ style: STYLE.signatureLine, spacing: { before: SIGNATURE_SPACE } }),
      new Paragraph({ style: STYLE.signatureCaption, text: signature.signatureCaption }),
    ],
    nameBand,
  ];
}

/** Room above the signature line for a hand-written signature. */
const SIGNATURE_SPACE = Math.round(1.6 * CM);
