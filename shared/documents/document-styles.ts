import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LineRuleType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import { DOCUMENT_TEXT } from '../i18n/document';
import ARIAL from './arial-widths.json';

/**
 * The look of the printed documents, as real Word styles. Content is only ever
 * marked with a style id, never formatted directly, so a municipality that
 * pastes the text into its own template, or attaches its template, gets its
 * own typography. The ids are Word's built-in ones where Word has the style
 * (Title, Heading1, ListBullet …), so templates map onto them by themselves.
 */

/**
 * Arial and Times New Roman are metric-compatible with Liberation Sans and
 * Serif, which LibreOffice substitutes for them, so a document lays out the
 * same (same line and page breaks) in Word on a municipal PC and in LibreOffice.
 * Calibri, Cambria and Georgia fall back to fonts with other metrics.
 */
export const FONT = {
  body: 'Arial',
  heading: 'Arial',
} as const;

/** The language of every document the app writes: of its text (the styles' run defaults) and of the file (its core properties). */
export const DOCUMENT_LANGUAGE = 'sv-SE';
const LANGUAGE = { value: DOCUMENT_LANGUAGE } as const;

/** Twips: 1 cm = 567. */
export const CM = 567;

/** A4 portrait, margins 2.5 cm: the usual page of a Swedish municipal document. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: Math.round(2.5 * CM),
  headerDistance: Math.round(1.25 * CM),
  footerDistance: Math.round(1.2 * CM),
} as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Dark navy for headings: reads as official on paper, prints well in greyscale. */
export const COLOR = {
  heading: '1F3A5F',
  accent: '2E5A88',
  muted: '595959',
  rule: 'A6A6A6',
  statementFill: 'F1F4F8',
  line: '000000',
} as const;

/** Style ids used by the builder. Built-in ids where Word has the style. */
export const STYLE = {
  title: 'Title',
  appendixLabel: 'AppendixLabel',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  listBullet: 'ListBullet',
  statement: 'Statement',
  fact: 'FactLine',
  signatureParty: 'SignatureParty',
  signatureEntry: 'SignatureEntry',
  signatureCaption: 'SignatureCaption',
  signatureSignature: 'SignatureSignature',
  signatureText: 'SignatureText',
  sectionEnd: 'SectionEnd',
  header: 'Header',
  footer: 'Footer',
  /** Word's built-in character style for bold lead-ins ("Problem: "). */
  strong: 'Strong',
} as const;

export const BULLET_REFERENCE = 'samverka-bullet';

/** Where the value of a fact line ("Parter", "Geografiskt fokus") starts. */
export const FACT_TAB = Math.round(3.75 * CM);

const pt = (points: number) => Math.round(points * 20);
const halfPt = (points: number) => Math.round(points * 2);

const runDefaults = { font: FONT.body, size: halfPt(11), language: LANGUAGE } as const;

/**
 * The vertical measures of a signature block, in twips. Every line of the
 * block has an exact height, so that the builder can keep the two blocks of a
 * pair level by measuring their texts ({@link textLineCount}) and giving a
 * block the room of the lines its neighbour's longer texts wrap onto.
 */
export const SIGNATURE = {
  /** A line of the party's name (bold) or of a text printed on a writing line (place and date, name), both 11 pt. */
  line: pt(14),
  /** A caption's line, under its writing line. */
  captionLine: pt(11),
  /** Room to write by hand above a writing line, besides the line a printed text takes. */
  writingRoom: pt(22),
  /** Between a text printed on a writing line and the line. */
  gap: pt(2),
  /** Room to sign in, above the signature line. */
  signatureRoom: Math.round(2.1 * CM),
  /** The size, in points, of the party's name and the texts printed on lines. */
  textSize: 11,
} as const;

function signatureSpacing(before: number, after: number, line: number) {
  return { before, after, line, lineRule: LineRuleType.EXACT };
}

/**
 * The document's style sheet. The signature styles do not keep with the next
 * paragraph themselves: Word keeps a table row with the next row when its
 * paragraphs do, so the builder decides row by row which rows stay together.
 */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: runDefaults,
        paragraph: { spacing: { after: pt(6), line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT.heading, size: halfPt(22), bold: true, color: COLOR.heading, language: LANGUAGE },
        paragraph: { spacing: { before: 0, after: pt(4), line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true },
      },
      heading1: {
        run: { font: FONT.heading, size: halfPt(14), bold: true, color: COLOR.heading, language: LANGUAGE },
        paragraph: { spacing: { before: pt(20), after: pt(6), line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: FONT.heading, size: halfPt(11.5), bold: true, color: COLOR.heading, language: LANGUAGE },
        paragraph: { spacing: { before: pt(12), after: pt(4), line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      /** A focus area's title over the activities that serve it, within a party's list. */
      heading3: {
        run: { font: FONT.heading, size: halfPt(11), bold: true, italics: true, color: COLOR.heading, language: LANGUAGE },
        paragraph: { spacing: { before: pt(8), after: pt(3), line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 2 },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: runDefaults,
        paragraph: { spacing: { after: pt(6), line: 276, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT.heading, size: halfPt(12.5), color: COLOR.muted, language: LANGUAGE },
        paragraph: {
          spacing: { after: pt(14) },
          keepNext: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.rule, space: 8 } },
        },
      },
      {
        id: STYLE.appendixLabel,
        name: DOCUMENT_TEXT.styleName.appendixLabel,
        basedOn: 'Normal',
        next: 'Title',
        run: { font: FONT.heading, size: halfPt(12), bold: true, color: COLOR.accent, characterSpacing: 10, language: LANGUAGE },
        paragraph: { spacing: { before: 0, after: pt(8), line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.listBullet,
        name: 'List Bullet',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          numbering: { reference: BULLET_REFERENCE, level: 0 },
          indent: { left: Math.round(0.75 * CM), hanging: Math.round(0.5 * CM) },
          spacing: { after: pt(5) },
          contextualSpacing: false,
        },
      },
      {
        id: STYLE.statement,
        name: DOCUMENT_TEXT.styleName.statement,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: halfPt(13), italics: true, color: COLOR.heading, language: LANGUAGE },
        paragraph: {
          spacing: { before: pt(12), after: pt(18), line: 288, lineRule: LineRuleType.AUTO },
          indent: { left: Math.round(0.5 * CM), right: Math.round(0.5 * CM) },
          keepLines: true,
          // Borders in the fill colour pad the shaded box; only the left one shows, as an accent bar.
          border: {
            left: { style: BorderStyle.SINGLE, size: 36, color: COLOR.accent, space: 10 },
            top: { style: BorderStyle.SINGLE, size: 6, color: COLOR.statementFill, space: 8 },
            bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.statementFill, space: 8 },
            right: { style: BorderStyle.SINGLE, size: 6, color: COLOR.statementFill, space: 10 },
          },
          shading: { type: 'clear', color: 'auto', fill: COLOR.statementFill },
        },
      },
      {
        id: STYLE.fact,
        name: DOCUMENT_TEXT.styleName.fact,
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          leftTabStop: FACT_TAB,
          indent: { left: FACT_TAB, hanging: FACT_TAB },
          spacing: { after: pt(3) },
        },
      },
      {
        id: STYLE.signatureParty,
        name: DOCUMENT_TEXT.styleName.signatureParty,
        basedOn: 'Normal',
        run: { bold: true, language: LANGUAGE },
        paragraph: { spacing: signatureSpacing(0, 0, SIGNATURE.line), keepLines: true },
      },
      {
        id: STYLE.signatureEntry,
        name: DOCUMENT_TEXT.styleName.signatureEntry,
        basedOn: 'Normal',
        paragraph: { spacing: signatureSpacing(SIGNATURE.writingRoom, SIGNATURE.gap, SIGNATURE.line), keepLines: true },
      },
      {
        id: STYLE.signatureCaption,
        name: DOCUMENT_TEXT.styleName.signatureCaption,
        basedOn: 'Normal',
        run: { size: halfPt(8.5), color: COLOR.muted, language: LANGUAGE },
        paragraph: {
          spacing: signatureSpacing(0, 0, SIGNATURE.captionLine),
          keepLines: true,
          border: { top: { style: BorderStyle.SINGLE, size: 6, color: COLOR.line, space: 1 } },
        },
      },
      {
        id: STYLE.signatureSignature,
        name: DOCUMENT_TEXT.styleName.signatureSignature,
        basedOn: STYLE.signatureCaption,
        paragraph: {
          spacing: signatureSpacing(SIGNATURE.signatureRoom, 0, SIGNATURE.captionLine),
          // Word and LibreOffice draw one border around adjacent paragraphs whose borders are the same, and this caption
          // always follows the place-and-date caption (and, with no name printed, precedes the name's): the signature
          // line is a quarter point heavier than the other lines, or it would not be drawn.
          border: { top: { style: BorderStyle.SINGLE, size: 8, color: COLOR.line, space: 1 } },
        },
      },
      {
        id: STYLE.signatureText,
        name: DOCUMENT_TEXT.styleName.signatureText,
        basedOn: 'Normal',
        paragraph: { spacing: { before: pt(3), after: 0, line: 240, lineRule: LineRuleType.AUTO }, keepLines: true },
      },
      {
        id: STYLE.sectionEnd,
        name: DOCUMENT_TEXT.styleName.sectionEnd,
        basedOn: 'Normal',
        run: { size: halfPt(1) },
        paragraph: { spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: halfPt(8.5), color: COLOR.muted, language: LANGUAGE },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, alignment: AlignmentType.RIGHT },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: halfPt(8.5), color: COLOR.muted, language: LANGUAGE },
        paragraph: {
          spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
          rightTabStop: TEXT_WIDTH,
          border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 6 } },
        },
      },
    ],
    characterStyles: [
      {
        // Word's own Strong, by its id and name, so a template's Strong restyles the lead-ins.
        id: STYLE.strong,
        name: 'Strong',
        quickFormat: true,
        uiPriority: 22,
        run: { bold: true },
      },
    ],
  };
}

/** The bullet list the List Bullet style points at. */
export function documentNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: BULLET_REFERENCE,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '\u2022',
            alignment: AlignmentType.LEFT,
            style: {
              paragraph: { indent: { left: Math.round(0.75 * CM), hanging: Math.round(0.5 * CM) } },
              run: { font: FONT.body, color: COLOR.accent },
            },
          },
        ],
      },
    ],
  };
}

/**
 * Arial's advance widths, regular and bold, are data (arial-widths.json):
 * U+0020–U+007E, then U+00A0–U+00FF, then these.
 */
const EXTRA_CHARACTERS = '\u2013\u2014\u2018\u2019\u201c\u201d\u2026';

function arialWidth(widths: readonly number[], char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x20 && code <= 0x7e) return widths[code - 0x20];
  if (code >= 0xa0 && code <= 0xff) return code === 0xad ? 0 : widths[code - 0xa0 + 95];
  const extra = EXTRA_CHARACTERS.indexOf(char);
  if (extra >= 0) return widths[95 + 96 + extra];
  // A letter with a diacritic not in the table (ł, ş, ő …) is about as wide as its base letter.
  const base = char.normalize('NFD')[0];
  return base !== char && base.codePointAt(0)! < 0x7f ? arialWidth(widths, base) : widths['0'.charCodeAt(0) - 0x20];
}

/**
 * How many lines a text takes in Arial at a size, in a column `width` twips
 * wide, broken as Word breaks lines: after spaces, which may hang past the
 * column's edge, and after a hyphen or dash; a word wider than the column is
 * broken between its characters. A line break in the text starts a line.
 * Word lays Arial out, and LibreOffice the same-width Liberation Sans, with
 * these widths, so only a text within a fraction of a point of the edge can
 * be broken otherwise.
 */
export function textLineCount(text: string, width: number, { size, bold }: { size: number; bold: boolean }): number {
  const widths = bold ? ARIAL.bold : ARIAL.regular;
  const twipsPerUnit = (size * 20) / ARIAL.unitsPerEm;
  const measure = (part: string) => [...part].reduce((sum, char) => sum + arialWidth(widths, char) * twipsPerUnit, 0);
  return text.split('\n').reduce((sum, line) => sum + wrappedLineCount(line, width, measure), 0);
}

function wrappedLineCount(text: string, width: number, measure: (part: string) => number): number {
  // Each piece ends where a line may break: after its hyphens or dashes and its spaces.
  const pieces = text.match(/[^ \-\u2013\u2014]*[-\u2013\u2014]* */gu)!.filter(Boolean);
  let lines = 1;
  let x = 0;
  for (const piece of pieces) {
    const word = piece.replace(/ +$/u, '');
    const spaces = measure(piece.slice(word.length));
    const wordWidth = measure(word);
    if (x > 0 && x + wordWidth > width) {
      lines++;
      x = 0;
    }
    if (x + wordWidth <= width) {
      x += wordWidth + spaces;
      continue;
    }
    for (const char of word) {
      const charWidth = measure(char);
      if (x > 0 && x + charWidth > width) {
        lines++;
        x = 0;
      }
      x += charWidth;
    }
    x += spaces;
  }
  return lines;
}
