import type { Draft, DraftKind, FocusArea, Party } from '../draft/schema';
import { activityText, groupActivities, joinNames, partyDisplayName } from '../draft/activity-groups';
import { logoPixelSize } from '../draft/image';
import { formatDate, formatPeriod } from '../calendar';
import { LOGO_TEXT } from '../i18n/logo';
import { DOCUMENT_TEXT as T } from '../i18n/document';
import { GROUP_LABEL, KIND_LABEL, STATUS_LABEL, revisionIntervalLabel } from '../i18n/terms';
import { xmlSafeDraft } from '../draft/xml-safe-text';

/**
 * What a draft's printed document says, in print order, as plain typed
 * blocks: one model for its two renderers, the Word document
 * (shared/documents/draft-document.ts) and the HTML preview
 * (renderer/preview). Every word a renderer prints comes from here, so the
 * two cannot say different things; what stays with each renderer is only how
 * a block looks and where pages break. The text is cleaned on the way in
 * (`xmlSafeText`), so both show the same characters and the Word document
 * never carries one that XML forbids.
 */

/**
 * A piece of text as printed. `bold` marks a lead-in ("Problem: ",
 * "Medborgardialog"); `lineBreak` starts the run on a new line of the same
 * paragraph (a line break the writer typed, which Word keeps as a soft break).
 */
export interface OutlineRun {
  text: string;
  bold?: boolean;
  lineBreak?: boolean;
}

/** The sections a heading can open, for renderers that link a heading back to the editor. */
export type OutlineSection =
  | 'background'
  | 'purpose'
  | 'situation'
  | 'basis'
  | 'focusAreas'
  | 'activities'
  | 'documentation'
  | 'followUp'
  | 'communication'
  | 'organisation'
  | 'validity'
  | 'attachments'
  | 'signatures';

/**
 * What a document is printed with besides its own draft. A samverkansöverenskommelse
 * lists its medborgarlöften among its bilagor, and can carry them whole, each
 * appended after it on a new page.
 */
export interface DocumentContext {
  /** Listed under Bilagor after the draft's own `attachments`, numbered on from them, by their printed title. */
  linkedPromises?: readonly LinkedDocument[];
  /**
   * The full drafts of the linked löften, in the order of `linkedPromises`: the
   * Word document appends each as a bilaga ({@link appendixOutlines}).
   */
  appendices?: readonly Draft[];
}

/** What the document needs of a linked draft to list it as a bilaga; a `DraftSummary` is one. */
export type LinkedDocument = Pick<Draft, 'kind' | 'title' | 'period'>;

interface BlockBase {
  /** Stable within one outline and across edits that do not restructure the draft; renderers use it as a key. */
  key: string;
}

/**
 * The running header: the parties' names on every page but the first (the
 * first names them under the title instead), and their logos on the first.
 */
export interface OutlinePageHeader extends BlockBase {
  type: 'pageHeader';
  /** The parties' names, "Söderhamns kommun · Polismyndigheten, …"; may be "". */
  text: string;
  /** The parties' logos, in party order, for the header of the first page; empty when no party has one. */
  logos: OutlineLogo[];
}

/** A party's logo as the document shows it: the image, its size and place in points, and its text alternative. */
export interface OutlineLogo {
  mediaType: 'image/png' | 'image/jpeg';
  /** The image's bytes as base64. */
  data: string;
  /** The size it is shown at, in points, keeping the image's proportions. */
  width: number;
  height: number;
  /** Where its left edge is, in points from the text's left edge ({@link LOGO_ROW}). */
  left: number;
  /** Never empty: the party's own text, or "Logotyp för <party>". */
  alt: string;
}

/** Points per millimetre. */
const MM = 72 / 25.4;

/**
 * How the parties' logos head a document's first page, in points: in one
 * row in the top margin, the first at the text's left edge, the last at its
 * right, the others spread evenly between (a letterhead's usual look: the
 * municipality's logo left, the police's right). Each is `height` high, as
 * wide as its proportions make it up to `maxWidth` (a wide logo is made
 * lower instead), and all shrink alike when they would not fit the row with
 * `minGap` between them. The height fits between the running header's
 * distance from the page's edge (12.5 mm) and the text (25 mm) with the
 * line's descent to spare, so a logo never pushes the text down in Word.
 */
export const LOGO_ROW = {
  /** The text width, 160 mm, less 1 pt, so rounding in a renderer can never wrap the last logo to a line of its own. */
  width: round2(160 * MM - 1),
  height: round2(10 * MM),
  maxWidth: round2(60 * MM),
  minGap: round2(6 * MM),
} as const;

/** The running footer of every page: "<title> · <period>" and "Sida X av Y", the numbers being the renderer's. */
export interface OutlinePageFooter extends BlockBase {
  type: 'pageFooter';
  text: string;
  /** "Sida ": printed before the page number. */
  pageLabel: string;
  /** " av ": printed between the page number and the page count. */
  ofLabel: string;
}

export interface OutlineTitle extends BlockBase {
  type: 'title';
  text: string;
}

/** "Bilaga 4": printed above the title of a document appended to another as its bilaga. */
export interface OutlineAppendixLabel extends BlockBase {
  type: 'appendixLabel';
  text: string;
}

/** The period under the title, "1 januari 2020 – 31 december 2021". */
export interface OutlinePeriod extends BlockBase {
  type: 'period';
  text: string;
}

/** A labelled fact under the title: "Parter" with a line per party and its diarienummer, "Geografiskt fokus", "Status". */
export interface OutlineFacts extends BlockBase {
  type: 'facts';
  label: string;
  /** One printed line each. */
  values: string[];
}

/** The löftesmening, set apart in a tinted box: one entry per paragraph. */
export interface OutlineStatement extends BlockBase {
  type: 'statement';
  paragraphs: OutlineRun[][];
}

/** Level 1 opens a section ("Bakgrund"); level 2 a part of one (a focus area, a group of the organisation, "Källor"). */
export interface OutlineHeading extends BlockBase {
  type: 'heading';
  level: 1 | 2;
  text: string;
  section: OutlineSection;
}

export interface OutlineParagraph extends BlockBase {
  type: 'paragraph';
  runs: OutlineRun[];
  /** Kept on the page of what follows (the lead-in sentence of a list). */
  keepWithNext?: boolean;
}

/** A bullet list; each item is one printed paragraph. */
export interface OutlineList extends BlockBase {
  type: 'list';
  items: OutlineRun[][];
}

/**
 * Activities promised by the same parties, under their lead ("Polisen lovar
 * att"), which prints as a level-2 heading. When the draft has two or more
 * focus areas, each run of items with the same `focusArea` is printed under
 * the area's title as a level-3 heading ({@link startsFocusArea}), as
 * published löften are organised by focus area.
 */
export interface OutlineActivityGroup extends BlockBase {
  type: 'activityGroup';
  lead: string;
  /** As in `ActivityGroup`: the parties promising, empty for activities whose parties are gone. */
  partyIds: string[];
  items: OutlineActivityItem[];
}

/** One activity as printed under its group's lead. */
export interface OutlineActivityItem {
  activityId: string;
  /** Its index in `draft.activities`. */
  index: number;
  /**
   * The activity's text exactly as typed (format version 2), only trimmed; a
   * line break the writer typed is kept as "\n" and printed as one.
   */
  text: string;
  /** The title of the focus area it is printed under, or null when the document does not group by focus area. */
  focusArea: string | null;
  /** "Ansvarig: kommunpolisen", printed on its own line under the text in an agreement's "Ansvar och åtaganden"; "" leaves it out. */
  responsible: string;
}

/** One signatory's block: "För <part>", place and date on a line, a line to sign on, the name and the title. */
export interface OutlineSignature {
  /** The party signed for, or null when the signatory names a party that is gone. */
  partyId: string | null;
  /** "För Söderhamns kommun". */
  forParty: string;
  /** Printed on the place-and-date line before anyone signs ("Söderhamn", "Ljusdal, 12 februari 2024"); may be "". */
  placeDate: string;
  placeDateCaption: string;
  signatureCaption: string;
  /** Printed on the name line; may be "" (the name is then written by hand). */
  name: string;
  nameCaption: string;
  /** Printed under the name caption; "" leaves the line out. */
  title: string;
}

/** The signature blocks, printed two side by side, after the originals clause. */
export interface OutlineSignatures extends BlockBase {
  type: 'signatures';
  /** "Detta medborgarlöfte har upprättats i två likalydande exemplar, …", or null without `originals`. */
  clause: string | null;
  signatures: OutlineSignature[];
  /**
   * Whether the whole section (heading, clause and every block) should stay on one page: true for up to
   * four blocks, which always fit; with more, only each pair of blocks is kept together.
   */
  keepTogether: boolean;
}

export type OutlinePageBlock = OutlinePageHeader | OutlinePageFooter;

export type OutlineBodyBlock =
  | OutlineAppendixLabel
  | OutlineTitle
  | OutlinePeriod
  | OutlineFacts
  | OutlineStatement
  | OutlineHeading
  | OutlineParagraph
  | OutlineList
  | OutlineActivityGroup
  | OutlineSignatures;

export type OutlineBlock = OutlinePageBlock | OutlineBodyBlock;

/** Up to this many pairs of signature blocks are kept on one page together (two pairs take about 16 cm with the heading). */
export const MAX_SIGNATURE_PAIRS_KEPT_TOGETHER = 2;

/** One section of the document (or the title block) from a cleaned draft and context; [] leaves it out. */
type SectionBuilder = (draft: Draft, context: DocumentContext) => OutlineBodyBlock[];

/**
 * The body of each kind's document, section by section in print order. The
 * medborgarlöfte puts its löftesmening in a box under the title; the
 * samverkansöverenskommelse follows the section order of domain.md (title with
 * status, Parter och bakgrund, Syfte, Gemensam lägesbild, Fokusområden,
 * Organisation, Ansvar och åtaganden, Dokumentation, Uppföljning och
 * revidering, Kommunikation, Giltighetstid, Underskrifter, Bilagor). Both
 * share every builder they have in common.
 */
const SECTIONS: Record<DraftKind, readonly SectionBuilder[]> = {
  medborgarlofte: [
    titleBlocks,
    statementBox,
    (draft) => textSection(draft, 'background', draft.background),
    basisSection,
    focusAreaSection,
    activitySection,
    (draft) => textSection(draft, 'followUp', draft.followUpPlan),
    (draft) => textSection(draft, 'communication', draft.communication),
    organisationSection,
    attachmentSection,
    signatureSection,
  ],
  samverkansoverenskommelse: [
    titleBlocks,
    draftStatusFact,
    partiesAndBackgroundSection,
    (draft) => textSection(draft, 'purpose', draft.statement),
    situationSection,
    focusAreaSection,
    organisationSection,
    activitySection,
    (draft) => textSection(draft, 'documentation', draft.documentation ?? ''),
    (draft) => textSection(draft, 'followUp', draft.followUpPlan),
    (draft) => textSection(draft, 'communication', draft.communication),
    validitySection,
    signatureSection,
    attachmentSection,
  ],
};

/** Whether the Bilagor list numbers its entries ("Bilaga 1 – Lägesbild 2023"), so the text can refer to them. */
const NUMBERED_ATTACHMENTS: Record<DraftKind, boolean> = {
  medborgarlofte: false,
  samverkansoverenskommelse: true,
};

/** Whether an activity names the function responsible for it: an agreement's "åtaganden" do. */
const SHOWS_RESPONSIBLE: Record<DraftKind, boolean> = {
  medborgarlofte: false,
  samverkansoverenskommelse: true,
};

/**
 * The document of a draft as a list of blocks, in print order: first the page
 * header and footer (which repeat on every page), then the body, section by
 * section as {@link SECTIONS} orders them for the draft's kind. A
 * medborgarlöfte prints its title, period, parties with their diarienummer and
 * geographic focus, the löftesmening, background, basis, focus areas, the
 * activities grouped by the parties that promise them, follow-up,
 * communication, organisation, attachments and the signature blocks. A
 * samverkansöverenskommelse prints the section order of domain.md, its
 * bilagor last and numbered, the linked löften of `context` among them.
 *
 * An empty field leaves its section out rather than printing a placeholder; a
 * draft without signatories gets an empty block per party, to be filled in by
 * hand. Every text is XML-safe (see `xmlSafeText`), whatever the draft holds.
 * Pure and cheap enough to run on every keystroke.
 *
 * @param input a draft that satisfies `draftSchema`
 * @param context what the document lists besides the draft (its linked löften); the appendices themselves are
 *   {@link appendixOutlines}
 * @returns the blocks; the first two are always the `pageHeader` and `pageFooter`
 */
export function documentOutline(input: Draft, context: DocumentContext = {}): OutlineBlock[] {
  // Every text the outline holds comes from the draft, the context or DOCUMENT_TEXT, so cleaning those here cleans every block.
  const draft = xmlSafeDraft(input);
  const clean: DocumentContext = { linkedPromises: xmlSafeDraft(context.linkedPromises ?? []) };
  const title = documentTitle(draft);
  const period = formatPeriod(draft.period);
  return [
    {
      type: 'pageHeader',
      key: 'page-header',
      text: headerText(draft.parties),
      logos: pageLogos(draft.parties),
    },
    {
      type: 'pageFooter',
      key: 'page-footer',
      text: [title, period].filter(Boolean).join(T.footer.separator),
      pageLabel: T.footer.page,
      ofLabel: T.footer.of,
    },
    ...SECTIONS[draft.kind].flatMap((section) => section(draft, clean)),
  ];
}

/**
 * The outlines of the documents appended to a draft's as its bilagor
 * (`context.appendices`, the linked löften in full): each the appended draft's
 * own outline, with its own running header and footer, and a label "Bilaga N"
 * above its title, N being the number the draft's Bilagor list gives it (after
 * the draft's own attachments, in the order of the appendices).
 *
 * @returns one outline per appendix, in order; [] without appendices
 */
export function appendixOutlines(input: Draft, context: DocumentContext = {}): OutlineBlock[][] {
  const first = firstPromiseAttachment(input);
  return (context.appendices ?? []).map((appendix, i): OutlineBlock[] => {
    const blocks = documentOutline(appendix);
    const label: OutlineAppendixLabel = { type: 'appendixLabel', key: 'appendix-label', text: T.attachmentLabel(first + i) };
    return [...blocks.filter(isPageBlock), label, ...blocks.filter((block) => !isPageBlock(block))];
  });
}

/** What the Word file says about itself (docProps/core.xml), every text XML-safe. */
export interface DocumentProperties {
  /** As printed on the title page ({@link documentTitle}). */
  title: string;
  /** The kind, "Medborgarlöfte". */
  subject: string;
  /** The application; also the last to modify the file. */
  creator: string;
  keywords: string;
  /** "Medborgarlöfte mellan Söderhamns kommun och Polismyndigheten, …. Period: …." */
  description: string;
}

/** The document properties of a draft's document, cleaned as {@link documentOutline} cleans its text. */
export function documentProperties(input: Draft): DocumentProperties {
  const draft = xmlSafeDraft(input);
  const parties = joinNames(draft.parties.map((party) => party.name.trim()).filter(Boolean));
  return {
    title: documentTitle(draft),
    subject: KIND_LABEL[draft.kind],
    creator: T.properties.creator,
    keywords: T.properties.keywords(draft.kind).join(', '),
    description: T.properties.description(draft.kind, parties, formatPeriod(draft.period)),
  };
}

/**
 * The title the document prints and carries in its properties (and that
 * another document lists it by, as a bilaga). A draft without one is named by
 * its kind alone ("Medborgarlöfte"): what the paper is, with nothing the
 * writers did not choose (an open period would read "Medborgarlöfte 2025–").
 * The readiness check asks for a real title before the draft can be signed.
 * Takes the draft as given: {@link documentOutline} and
 * {@link documentProperties} clean it before they call this.
 */
export function documentTitle(draft: LinkedDocument): string {
  return draft.title.trim() || KIND_LABEL[draft.kind];
}

/** Whether a block is printed in the page margins (header, footer) rather than in the body's flow. */
export function isPageBlock(block: OutlineBlock): block is OutlinePageBlock {
  return block.type === 'pageHeader' || block.type === 'pageFooter';
}

/**
 * Every text of an outline, in outline order (a signature block's texts block
 * by block), as printed: what a test compares with a renderer's output. The
 * footer's page numbers are the renderer's and are not included.
 */
export function outlineTexts(blocks: readonly OutlineBlock[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'pageHeader':
      case 'appendixLabel':
      case 'title':
      case 'period':
      case 'heading':
        return [block.text];
      case 'pageFooter':
        return [block.text, block.pageLabel, block.ofLabel];
      case 'facts':
        return [block.label, ...block.values];
      case 'statement':
        return block.paragraphs.flat().map((run) => run.text);
      case 'paragraph':
        return block.runs.map((run) => run.text);
      case 'list':
        return block.items.flat().map((run) => run.text);
      case 'activityGroup':
        return [block.lead, ...activityGroupTexts(block)];
      case 'signatures':
        return [
          ...(block.clause ? [block.clause] : []),
          ...block.signatures.flatMap((s) => [s.forParty, s.placeDate, s.placeDateCaption, s.signatureCaption, s.name, s.nameCaption, s.title]),
        ];
    }
  });
}

/** An activity group's texts below its lead, in print order: each focus area's title where a run of items under it starts. */
function activityGroupTexts(block: OutlineActivityGroup): string[] {
  return block.items.flatMap((item, i) => [
    ...(startsFocusArea(block.items, i) ? [item.focusArea!] : []),
    ...item.text.split('\n'),
    ...(item.responsible ? [item.responsible] : []),
  ]);
}

/** Whether the item at `i` starts a run of items under a focus area's heading: what a renderer prints the heading before. */
export function startsFocusArea(items: readonly OutlineActivityItem[], i: number): boolean {
  const area = items[i].focusArea;
  return area !== null && (i === 0 || items[i - 1].focusArea !== area);
}

/**
 * The parties' logos, in party order, sized and placed as {@link LOGO_ROW}
 * says. A logo whose size cannot be read is left out (the draft schema
 * refuses such a logo, so only a draft that bypassed it could have one).
 */
function pageLogos(parties: readonly Party[]): OutlineLogo[] {
  const logos = parties.flatMap((party) => {
    const logo = party.logo;
    const pixels = logo ? logoPixelSize(logo.data) : null;
    if (!logo || !pixels) return [];
    const height = Math.min(LOGO_ROW.height, (LOGO_ROW.maxWidth * pixels.height) / pixels.width);
    const alt = oneLine(logo.alt) || LOGO_TEXT.documentAlt(partyDisplayName(party));
    return [{ logo, width: (height * pixels.width) / pixels.height, height, alt }];
  });
  const gaps = Math.max(logos.length - 1, 0);
  const natural = logos.reduce((sum, { width }) => sum + width, 0);
  const scale = Math.min(1, (LOGO_ROW.width - gaps * LOGO_ROW.minGap) / natural);
  const widths = logos.map(({ width }) => round2(width * scale));
  const gap = gaps > 0 ? (LOGO_ROW.width - widths.reduce((sum, width) => sum + width, 0)) / gaps : 0;
  let left = 0;
  return logos.map(({ logo, height, alt }, i) => {
    const placed: OutlineLogo = { mediaType: logo.mediaType, data: logo.data, width: widths[i], height: round2(height * scale), left: round2(left), alt };
    left += widths[i] + gap;
    return placed;
  });
}

/**
 * The most characters of the running header that stay on one line: it is set
 * in 8.5 pt across the 16 cm text width, which holds about 105 average
 * characters; the rest is margin for wide letters.
 */
export const HEADER_MAX_CHARS = 90;

/**
 * The running header: the parties' names. When they would not fit on one
 * line (many parties, long names), it names the first parties that fit and
 * "m.fl."; the first page lists them all under the title.
 */
function headerText(parties: readonly Party[]): string {
  const names = parties.map((party) => capitalize(partyDisplayName(party)));
  const full = names.join(T.footer.separator);
  if (full.length <= HEADER_MAX_CHARS) return full;
  let text = names[0];
  for (const name of names.slice(1)) {
    const longer = text + T.footer.separator + name;
    if ((longer + T.header.andOthers).length > HEADER_MAX_CHARS) break;
    text = longer;
  }
  return text + T.header.andOthers;
}

/** Points to two decimals: finer than any printer, and the same in both renderers. */
function round2(points: number): number {
  return Math.round(points * 100) / 100;
}

/** The title, the period, and the facts under them: the parties with their diarienummer and the geographic focus. */
function titleBlocks(draft: Draft): OutlineBodyBlock[] {
  const period = formatPeriod(draft.period);
  const blocks: OutlineBodyBlock[] = [{ type: 'title', key: 'title', text: documentTitle(draft) }];
  if (period) blocks.push({ type: 'period', key: 'period', text: period });
  if (draft.parties.length > 0) blocks.push({ type: 'facts', key: 'facts-parties', label: T.partiesLabel, values: draft.parties.map(partyLine) });
  const focus = draft.geographicFocus?.trim();
  if (focus) blocks.push({ type: 'facts', key: 'facts-focus', label: T.geographicFocusLabel, values: [focus] });
  return blocks;
}

/** "Status  Utkast" under the title while the draft is one, so a printed draft is not taken for the agreement itself. */
function draftStatusFact(draft: Draft): OutlineBodyBlock[] {
  return draft.status === 'utkast' ? [{ type: 'facts', key: 'facts-status', label: T.statusLabel, values: [STATUS_LABEL.utkast] }] : [];
}

function partyLine(party: Party): string {
  const diarienummer = party.diarienummer?.trim();
  const name = capitalize(partyDisplayName(party));
  return diarienummer ? `${name} (${T.diarienummer(diarienummer)})` : name;
}

/** The löftesmening, in its tinted box. */
function statementBox(draft: Draft): OutlineStatement[] {
  const paragraphs = splitParagraphs(draft.statement).map(lineRuns);
  return paragraphs.length > 0 ? [{ type: 'statement', key: 'statement', paragraphs }] : [];
}

/** A heading; its key defaults to the section's. */
function heading(section: OutlineSection, text: string, level: 1 | 2 = 1, key: string = section): OutlineHeading {
  return { type: 'heading', key: `heading-${key}`, level, text, section };
}

/** The level 1 heading that opens a section, worded for the draft's kind (`DOCUMENT_TEXT.headings`). */
function sectionHeading(draft: Draft, section: OutlineSection): OutlineHeading {
  return heading(section, T.headings[section][draft.kind]);
}

function paragraphs(key: string, text: string): OutlineParagraph[] {
  return splitParagraphs(text).map((lines, i) => ({ type: 'paragraph', key: `${key}-${i}`, runs: lineRuns(lines) }));
}

/** A section of free text under its heading, or nothing when the text is empty. */
function textSection(draft: Draft, section: OutlineSection, text: string): OutlineBodyBlock[] {
  const body = paragraphs(section, text);
  return body.length > 0 ? [sectionHeading(draft, section), ...body] : [];
}

/** "Parter och bakgrund": a sentence naming the parties, then the background. */
function partiesAndBackgroundSection(draft: Draft): OutlineBodyBlock[] {
  const names = draft.parties.map((party) => party.name.trim()).filter(Boolean);
  const intro: OutlineParagraph[] = names.length > 0 ? [{ type: 'paragraph', key: 'background-parties', runs: [{ text: T.partiesSentence(draft.kind, joinNames(names)) }] }] : [];
  const body = [...intro, ...paragraphs('background', draft.background)];
  return body.length > 0 ? [sectionHeading(draft, 'background'), ...body] : [];
}

/** Each entry of the basis as a list item: its type in bold, then what it was. */
function basisItems(draft: Draft): OutlineRun[][] {
  return draft.basis.map((basis): OutlineRun[] => {
    const details = [formatDate(basis.date), basis.respondents != null ? T.respondents(basis.respondents) : ''].filter(Boolean).join(', ');
    const text = [oneLine(basis.description), details ? `(${details})` : ''].filter(Boolean).join(' ');
    return [{ text: T.basisType[basis.type] ?? T.basisType.annat, bold: true }, ...(text ? [{ text: `: ${text}` }] : [])];
  });
}

function basisSection(draft: Draft): OutlineBodyBlock[] {
  const items = basisItems(draft);
  return items.length > 0 ? [sectionHeading(draft, 'basis'), { type: 'list', key: 'basis-list', items }] : [];
}

/** "Gemensam lägesbild": its summary, then its sources (the basis) under "Källor". */
function situationSection(draft: Draft): OutlineBodyBlock[] {
  const summary = paragraphs('situation', draft.situation ?? '');
  const items = basisItems(draft);
  const sources: OutlineBodyBlock[] = items.length > 0 ? [heading('basis', T.headings.sources[draft.kind], 2, 'sources'), { type: 'list', key: 'basis-list', items }] : [];
  return summary.length + sources.length > 0 ? [sectionHeading(draft, 'situation'), ...summary, ...sources] : [];
}

/**
 * Paragraphs of labelled details, each text's first paragraph behind its lead-in in bold ("Problem: "), empty
 * ones left out. Keys are `<key>-<field>-<paragraph>`. They are kept together on one page, as the
 * description of one thing (a focus area, a group) reads best whole.
 */
function labelledDetails(key: string, details: readonly (readonly [field: string, label: string, text: string | undefined])[]): OutlineParagraph[] {
  const blocks = details.flatMap(([field, label, text]) =>
    splitParagraphs(text ?? '').map((lines, j): OutlineParagraph => {
      const lead: OutlineRun[] = j === 0 ? [{ text: `${label}: `, bold: true }] : [];
      return { type: 'paragraph', key: `${key}-${field}-${j}`, runs: [...lead, ...lineRuns(lines)] };
    }),
  );
  return blocks.map((block, i) => (i < blocks.length - 1 ? { ...block, keepWithNext: true } : block));
}

function focusAreaSection(draft: Draft): OutlineBodyBlock[] {
  const areas = draft.focusAreas.filter((area) => area.title.trim() || hasFocusDetails(area));
  if (areas.length === 0) return [];
  // Titles alone read best as a list; once an area has a problem or goal, each gets its own heading.
  if (!areas.some(hasFocusDetails)) {
    return [sectionHeading(draft, 'focusAreas'), { type: 'list', key: 'focus-list', items: areas.map((area) => [{ text: area.title.trim() }]) }];
  }
  return [
    sectionHeading(draft, 'focusAreas'),
    ...areas.flatMap((area, i) => [
      heading('focusAreas', area.title.trim() || T.focusArea.untitled(i + 1), 2, `focus-${area.id}`),
      ...labelledDetails(`focus-${area.id}`, [
        ['problem', T.focusArea.problem, area.problem],
        ['causes', T.focusArea.causes, area.causes],
        ['goal', T.focusArea.goal, area.goal],
        ['indicator', T.focusArea.indicator, area.indicator],
      ]),
    ]),
  ];
}

function hasFocusDetails(area: FocusArea): boolean {
  return [area.problem, area.causes, area.goal, area.indicator].some((text) => text?.trim());
}

/** "Organisation": its introduction, then each group that says something, under its name, with its members and meetings. */
function organisationSection(draft: Draft): OutlineBodyBlock[] {
  const groups = (draft.groups ?? []).filter((group) => [group.name, group.members, group.meetings].some((text) => text.trim()));
  const body: OutlineBodyBlock[] = [
    ...paragraphs('organisation', draft.organisation ?? ''),
    ...groups.flatMap((group) => [
      heading('organisation', oneLine(group.name) || GROUP_LABEL[group.type], 2, `group-${group.id}`),
      ...labelledDetails(`group-${group.id}`, [
        ['members', T.group.members, group.members],
        ['meetings', T.group.meetings, group.meetings],
      ]),
    ]),
  ];
  return body.length > 0 ? [sectionHeading(draft, 'organisation'), ...body] : [];
}

/**
 * The activities, grouped by the parties that promise them, each printed as
 * its text says it (format version 2), in the writers' order. With two or
 * more focus areas that have a title, each run of activities serving the same
 * area is printed under the area's title, so the paper says which focus area
 * each activity serves without moving any. An agreement ("Ansvar och
 * åtaganden") also names the function responsible for each.
 */
function activitySection(draft: Draft): OutlineBodyBlock[] {
  const groups = groupActivities(draft);
  if (groups.length === 0) return [];
  const areas = draft.focusAreas.filter((area) => area.title.trim());
  const areaTitles = areas.length >= 2 ? new Map(areas.map((area) => [area.id, oneLine(area.title)])) : null;
  return [
    sectionHeading(draft, 'activities'),
    { type: 'paragraph', key: 'activities-intro', runs: [{ text: T.activitiesIntro[draft.kind] }], keepWithNext: true },
    ...groups.map(
      (group): OutlineActivityGroup => ({
        type: 'activityGroup',
        key: `group-${group.key}`,
        lead: group.lead,
        partyIds: group.partyIds,
        items: group.items.map(({ activity, index }) => {
          const responsible = SHOWS_RESPONSIBLE[draft.kind] ? oneLine(activity.responsible ?? '') : '';
          return {
            activityId: activity.id,
            index,
            text: activityText(activity, '\n') || T.activityWithoutText(draft.kind),
            focusArea: (activity.focusAreaId != null && areaTitles?.get(activity.focusAreaId)) || null,
            responsible: responsible ? T.responsible(responsible) : '',
          };
        }),
      }),
    ),
  ];
}

/** "Giltighetstid": the period in words, from its dates or from its start and "tills vidare", and how often it is revised. */
function validitySection(draft: Draft): OutlineBodyBlock[] {
  const start = formatDate(draft.period.start);
  const end = formatDate(draft.period.end);
  const revision = draft.period.revisionMonths;
  const sentences = [
    start ? (end ? T.validity.between(draft.kind, start, end) : T.validity.openEnded(draft.kind, start)) : '',
    revision != null ? T.validity.revision(draft.kind, revisionIntervalLabel(revision)) : '',
  ].filter(Boolean);
  return sentences.length > 0 ? [sectionHeading(draft, 'validity'), { type: 'paragraph', key: 'validity-0', runs: [{ text: sentences.join(' ') }] }] : [];
}

/**
 * The number of the first linked löfte among an agreement's bilagor: they
 * follow its own attachments, of which those without a title are not printed.
 */
export function firstPromiseAttachment(draft: Draft): number {
  return attachmentTitles(xmlSafeDraft(draft)).length + 1;
}

/** The titles of the draft's own attachments, empty ones left out: the first bilagor, numbered from 1. */
function attachmentTitles(draft: Draft): string[] {
  return (draft.attachments ?? []).map((attachment) => oneLine(attachment.title)).filter(Boolean);
}

/** "Bilagor": the draft's own attachments, then its linked löften by title; numbered where the kind numbers them. */
function attachmentSection(draft: Draft, context: DocumentContext): OutlineBodyBlock[] {
  const titles = [...attachmentTitles(draft), ...(context.linkedPromises ?? []).map((linked) => oneLine(documentTitle(linked)))];
  const lines = NUMBERED_ATTACHMENTS[draft.kind] ? titles.map((title, i) => T.attachmentLine(i + 1, title)) : titles;
  return lines.length > 0
    ? [sectionHeading(draft, 'attachments'), { type: 'list', key: 'attachments-list', items: lines.map((text) => [{ text }]) }]
    : [];
}

function signatureSection(draft: Draft): OutlineBodyBlock[] {
  const blocks =
    draft.signatories.length > 0
      ? draft.signatories.map((signatory) => ({ party: draft.parties.find((p) => p.id === signatory.partyId), signatory }))
      : draft.parties.map((party) => ({ party, signatory: undefined }));
  if (blocks.length === 0) return [];
  const clause =
    draft.originals != null && draft.originals >= 1
      ? draft.originals === 1
        ? T.signature.originalsClauseSingle(draft.kind)
        : T.signature.originalsClause(draft.kind, draft.originals)
      : null;
  const signatures = blocks.map(
    ({ party, signatory }): OutlineSignature => ({
      partyId: party?.id ?? null,
      forParty: T.signature.forParty(partyDisplayName(party)),
      placeDate: T.signature.placeDateLine(signatory?.place?.trim() ?? '', formatDate(signatory?.date)),
      placeDateCaption: T.signature.placeAndDate,
      signatureCaption: T.signature.signature,
      name: signatory?.name.trim() ?? '',
      nameCaption: T.signature.nameClarification,
      title: signatoryTitle(signatory?.title ?? ''),
    }),
  );
  return [
    sectionHeading(draft, 'signatures'),
    {
      type: 'signatures',
      key: 'signatures',
      clause,
      signatures,
      keepTogether: Math.ceil(signatures.length / 2) <= MAX_SIGNATURE_PAIRS_KEPT_TOGETHER,
    },
  ];
}

/** Paragraphs are separated by a blank line, as the file format says; single line breaks inside one are kept. */
function splitParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map(splitLines)
    .filter((lines) => lines.length > 0);
}

/** The text's lines, each trimmed, empty ones left out. */
function splitLines(text: string): string[] {
  return text
    .split(/\r\n?|\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
}

function lineRuns(lines: string[]): OutlineRun[] {
  return lines.map((text, i) => (i > 0 ? { text, lineBreak: true } : { text }));
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A title on its own line starts with a capital, except an acting or deputy one: "t.f. Lokalpolisområdeschef". */
function signatoryTitle(title: string): string {
  const trimmed = title.trim();
  return /^(t\.\s?f\.|tf|bitr\.)\s/i.test(trimmed) ? trimmed : capitalize(trimmed);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
