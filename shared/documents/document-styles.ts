import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LineRuleType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';

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

const LANGUAGE = { value: 'sv-SE' } as const;

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
  signatureLine: 'SignatureLine',
  signatureCaption: 'SignatureCaption',
  signatureText: 'SignatureText',
  header: 'Header',
  footer: 'Footer',
} as const;

export const BULLET_REFERENCE = 'samverka-bullet';

/** Where the value of a fact line ("Parter", "Geografiskt fokus") starts. */
export const FACT_TAB = Math.round(3.75 * CM);

const pt = (points: number) => Math.round(points * 20);
const halfPt = (points: number) => Math.round(points * 2);

const runDefaults = { font: FONT.body, size: halfPt(11), language: LANGUAGE } as const;

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
        name: 'Bilageetikett',
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
        name: 'Löftesmening',
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
        name: 'Faktarad',
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
        name: 'Underskrift part',
        basedOn: 'Normal',
        run: { bold: true, language: LANGUAGE },
        paragraph: { spacing: { before: 0, after: 0 }, keepLines: true },
      },
      {
        id: STYLE.signatureLine,
        name: 'Underskrift linje',
        basedOn: 'Normal',
        paragraph: {
          spacing: { before: pt(24), after: pt(2), line: 240, lineRule: LineRuleType.AUTO },
          keepLines: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.line, space: 1 } },
        },
      },
      {
        id: STYLE.signatureCaption,
        name: 'Underskrift ledtext',
        basedOn: 'Normal',
        run: { size: halfPt(8.5), color: COLOR.muted, language: LANGUAGE },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, keepLines: true },
      },
      {
        id: STYLE.signatureText,
        name: 'Underskrift text',
        basedOn: 'Normal',
        paragraph: { spacing: { before: pt(2), after: 0, line: 240, lineRule: LineRuleType.AUTO }, keepLines: true },
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
