import type { Draft, FocusArea, Party } from '../draft/schema';
import { groupActivities, joinNames, partyDisplayName } from '../draft/activity-groups';
import { formatDate, formatPeriod, formatPeriodYears } from '../i18n/dates';
import { DOCUMENT_TEXT as T } from '../i18n/document';
import { KIND_LABEL } from '../i18n/terms';
import { activitySentence } from './activity-sentence';
import { xmlSafeDraft } from './xml-safe-text';

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
  | 'basis'
  | 'focusAreas'
  | 'activities'
  | 'followUp'
  | 'communication'
  | 'organisation'
  | 'attachments'
  | 'signatures';

interface BlockBase {
  /** Stable within one outline and across edits that do not restructure the draft; renderers use it as a key. */
  key: string;
}

/** The running header of every page but the first (the first shows the parties under the title instead). */
export interface OutlinePageHeader extends BlockBase {
  type: 'pageHeader';
  /** The parties' names, "Söderhamns kommun · Polismyndigheten, …"; may be "". */
  text: string;
}

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

/** The period under the title, "1 januari 2020 – 31 december 2021". */
export interface OutlinePeriod extends BlockBase {
  type: 'period';
  text: string;
}

/** A labelled fact under the title: "Parter" with a line per party and its diarienummer, "Geografiskt fokus". */
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

/** Level 1 opens a section ("Bakgrund"); level 2 a focus area inside one. */
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

/** Activities promised by the same parties, under their lead ("Polisen lovar att"), which prints as a level-2 heading. */
export interface OutlineActivityGroup extends BlockBase {
  type: 'activityGroup';
  lead: string;
  /** As in `ActivityGroup`: the parties promising, empty for activities whose parties are gone. */
  partyIds: string[];
  /** Each activity's sentence as printed, with its id and index in `draft.activities`. */
  items: { activityId: string; index: number; text: string }[];
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

/**
 * The document of a draft as a list of blocks, in print order: first the page
 * header and footer (which repeat on every page), then the body: title,
 * period, the parties with their diarienummer and the geographic focus, the
 * löftesmening, background, basis, focus areas, the activities grouped by the
 * parties that promise them, follow-up, communication, organisation,
 * attachments, and the signature blocks.
 *
 * An empty field leaves its section out rather than printing a placeholder; a
 * draft without signatories gets an empty block per party, to be filled in by
 * hand. Every text is XML-safe (see `xmlSafeText`), whatever the draft holds.
 * Pure and cheap enough to run on every keystroke.
 *
 * @param input a draft that satisfies `draftSchema`
 * @returns the blocks; the first two are always the `pageHeader` and `pageFooter`
 */
export function documentOutline(input: Draft): OutlineBlock[] {
  // Every text the outline holds comes from the draft or from DOCUMENT_TEXT, so cleaning the draft here cleans every block.
  const draft = xmlSafeDraft(input);
  const title = documentTitle(draft);
  const period = formatPeriod(draft.period);
  return [
    { type: 'pageHeader', key: 'page-header', text: draft.parties.map((party) => capitalize(partyDisplayName(party))).join(T.footer.separator) },
    {
      type: 'pageFooter',
      key: 'page-footer',
      text: [title, period].filter(Boolean).join(T.footer.separator),
      pageLabel: T.footer.page,
      ofLabel: T.footer.of,
    },
    ...titleBlocks(draft, title, period),
    ...statementBlocks(draft),
    ...textSection('background', T.headings.background, draft.background),
    ...basisSection(draft),
    ...focusAreaSection(draft),
    ...activitySection(draft),
    ...textSection('followUp', T.headings.followUp, draft.followUpPlan),
    ...textSection('communication', T.headings.communication, draft.communication),
    ...textSection('organisation', T.headings.organisation, draft.organisation ?? ''),
    ...attachmentSection(draft),
    ...signatureSection(draft),
  ];
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
 * The title the document prints and carries in its properties. A draft
 * without one is named by its kind and years, so the title page and footer
 * still say what the paper is; the readiness check asks for a real title.
 * Takes the draft as given: {@link documentOutline} and
 * {@link documentProperties} clean it before they call this.
 */
export function documentTitle(draft: Draft): string {
  return draft.title.trim() || T.untitled(draft.kind, formatPeriodYears(draft.period));
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
        return [block.lead, ...block.items.map((item) => item.text)];
      case 'signatures':
        return [
          ...(block.clause ? [block.clause] : []),
          ...block.signatures.flatMap((s) => [s.forParty, s.placeDate, s.placeDateCaption, s.signatureCaption, s.name, s.nameCaption, s.title]),
        ];
    }
  });
}

function titleBlocks(draft: Draft, title: string, period: string): OutlineBodyBlock[] {
  const blocks: OutlineBodyBlock[] = [{ type: 'title', key: 'title', text: title }];
  if (period) blocks.push({ type: 'period', key: 'period', text: period });
  if (draft.parties.length > 0) blocks.push({ type: 'facts', key: 'facts-parties', label: T.partiesLabel, values: draft.parties.map(partyLine) });
  const focus = draft.geographicFocus?.trim();
  if (focus) blocks.push({ type: 'facts', key: 'facts-focus', label: T.geographicFocusLabel, values: [focus] });
  return blocks;
}

function partyLine(party: Party): string {
  const diarienummer = party.diarienummer?.trim();
  const name = capitalize(partyDisplayName(party));
  return diarienummer ? `${name} (${T.diarienummer(diarienummer)})` : name;
}

function statementBlocks(draft: Draft): OutlineStatement[] {
  const paragraphs = splitParagraphs(draft.statement).map(lineRuns);
  return paragraphs.length > 0 ? [{ type: 'statement', key: 'statement', paragraphs }] : [];
}

function heading(section: OutlineSection, text: string, level: 1 | 2 = 1, key: string = section): OutlineHeading {
  return { type: 'heading', key: `heading-${key}`, level, text, section };
}

function textSection(section: OutlineSection, title: string, text: string): OutlineBodyBlock[] {
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0) return [];
  return [heading(section, title), ...paragraphs.map((lines, i): OutlineParagraph => ({ type: 'paragraph', key: `${section}-${i}`, runs: lineRuns(lines) }))];
}

function basisSection(draft: Draft): OutlineBodyBlock[] {
  const items = draft.basis.map((basis): OutlineRun[] => {
    const details = [formatDate(basis.date), basis.respondents != null ? T.respondents(basis.respondents) : ''].filter(Boolean).join(', ');
    const text = [oneLine(basis.description), details ? `(${details})` : ''].filter(Boolean).join(' ');
    return [{ text: T.basisType[basis.type] ?? T.basisType.annat, bold: true }, ...(text ? [{ text: `: ${text}` }] : [])];
  });
  return items.length > 0 ? [heading('basis', T.headings.basis), { type: 'list', key: 'basis-list', items }] : [];
}

function focusAreaSection(draft: Draft): OutlineBodyBlock[] {
  const areas = draft.focusAreas.filter((area) => area.title.trim() || hasFocusDetails(area));
  if (areas.length === 0) return [];
  // Titles alone read best as a list; once an area has a problem or goal, each gets its own heading.
  if (!areas.some(hasFocusDetails)) {
    return [heading('focusAreas', T.headings.focusAreas), { type: 'list', key: 'focus-list', items: areas.map((area) => [{ text: area.title.trim() }]) }];
  }
  const blocks: OutlineBodyBlock[] = [heading('focusAreas', T.headings.focusAreas)];
  areas.forEach((area, i) => {
    blocks.push(heading('focusAreas', area.title.trim() || T.focusArea.untitled(i + 1), 2, `focus-${area.id}`));
    const details = [
      ['problem', T.focusArea.problem, area.problem],
      ['causes', T.focusArea.causes, area.causes],
      ['goal', T.focusArea.goal, area.goal],
      ['indicator', T.focusArea.indicator, area.indicator],
    ] as const;
    for (const [field, label, text] of details) {
      splitParagraphs(text ?? '').forEach((lines, j) => {
        const lead: OutlineRun[] = j === 0 ? [{ text: `${label}: `, bold: true }] : [];
        blocks.push({ type: 'paragraph', key: `focus-${area.id}-${field}-${j}`, runs: [...lead, ...lineRuns(lines)] });
      });
    }
  });
  return blocks;
}

function hasFocusDetails(area: FocusArea): boolean {
  return [area.problem, area.causes, area.goal, area.indicator].some((text) => text?.trim());
}

function activitySection(draft: Draft): OutlineBodyBlock[] {
  const groups = groupActivities(draft);
  if (groups.length === 0) return [];
  return [
    heading('activities', T.headings.activities),
    { type: 'paragraph', key: 'activities-intro', runs: [{ text: T.activitiesIntro }], keepWithNext: true },
    ...groups.map(
      (group): OutlineActivityGroup => ({
        type: 'activityGroup',
        key: `group-${group.key}`,
        lead: group.lead,
        partyIds: group.partyIds,
        items: group.items.map(({ activity, index }) => ({
          activityId: activity.id,
          index,
          text: activitySentence(activity, draft) || T.activityWithoutText,
        })),
      }),
    ),
  ];
}

function attachmentSection(draft: Draft): OutlineBodyBlock[] {
  const titles = (draft.attachments ?? []).map((attachment) => oneLine(attachment.title)).filter(Boolean);
  return titles.length > 0
    ? [heading('attachments', T.headings.attachments), { type: 'list', key: 'attachments-list', items: titles.map((text) => [{ text }]) }]
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
    heading('signatures', T.headings.signatures),
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
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
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
