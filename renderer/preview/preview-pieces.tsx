import { Fragment, memo, type ReactNode } from 'react';
import { startsFocusArea, type OutlineBodyBlock, type OutlineRun, type OutlineSignature } from '../../shared/documents/document-outline';
import { classNames } from '../class-names';
import styles from './preview.module.css';

/**
 * The outline's body cut into the pieces a page break may fall between: a
 * heading, a paragraph, one bullet, a pair of signature blocks. The preview
 * lays every piece out once in a hidden column to measure it, then deals the
 * pieces onto pages; both use the same `PieceView`, so what is measured is
 * what is shown.
 */
export type PieceContent =
  | { kind: 'appendixLabel'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'period'; text: string }
  | { kind: 'facts'; label: string; values: string[] }
  | { kind: 'statement'; paragraphs: OutlineRun[][] }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: OutlineRun[] }
  | { kind: 'item'; runs: OutlineRun[] }
  | { kind: 'activity'; text: string; responsible: string; activityId: string; index: number }
  | { kind: 'clause'; text: string }
  | { kind: 'signatures'; signatures: OutlineSignature[]; first: boolean };

export interface Piece {
  key: string;
  content: PieceContent;
  /** Bullets of one list share it: consecutive pieces with the same list key on a page are one `<ul>`. */
  list: string | null;
  keepWithNext: boolean;
  /** The content as a string, so an unchanged piece is not rendered again when the draft changes elsewhere. */
  signature: string;
  /** When the piece is broken over pages: the part of its text this piece shows ({@link splitPiece}). */
  part?: PiecePart;
}

/**
 * One part of a piece broken over pages between two of its lines: the text
 * from one break to the next, each word of the piece in exactly one part, so
 * the paper (and a PDF's text) has every word once.
 */
export interface PiecePart {
  /** The part's text, paragraph by paragraph, as {@link pieceText} gives it. */
  blocks: OutlineRun[][];
  /** It goes on from the page before: no bullet, no label, no space above. */
  continued: boolean;
  /** It goes on on the next page. */
  continues: boolean;
}

/** How a piece may be broken over pages. */
export type PieceBreaking =
  /** Between any two lines, leaving two lines of a paragraph on either side (a paragraph, a bullet, the löftesmening). */
  | 'lines'
  /** Kept whole unless it is taller than a page (a heading, the title). */
  | 'keepLines'
  /** Never (a pair of signature blocks). */
  | 'never';

export function pieceBreaking(content: PieceContent): PieceBreaking {
  switch (content.kind) {
    case 'signatures':
      return 'never';
    case 'appendixLabel':
    case 'title':
    case 'period':
    case 'heading':
      return 'keepLines';
    default:
      return 'lines';
  }
}

/**
 * A piece's text as printed, paragraph by paragraph (the löftesmening's box
 * has several, every other piece one), as runs: the writer's line breaks are
 * runs with `lineBreak`. A character offset into a piece counts through the
 * runs' texts in this order, as the measuring column's text nodes have them
 * (`data-split-text`). Null for a piece that is not text (signatures).
 */
export function pieceText(content: PieceContent): OutlineRun[][] | null {
  switch (content.kind) {
    case 'appendixLabel':
    case 'title':
    case 'period':
    case 'heading':
    case 'clause':
      return [[{ text: content.text }]];
    case 'facts':
      return [content.values.map((text, i) => ({ text, lineBreak: i > 0 }))];
    case 'statement':
      return content.paragraphs;
    case 'paragraph':
    case 'item':
      return [content.runs];
    case 'activity':
      return [[...content.text.split('\n'), ...(content.responsible ? [content.responsible] : [])].map((text, i) => ({ text, lineBreak: i > 0 }))];
    case 'signatures':
      return null;
  }
}

/**
 * A piece broken into parts at character offsets into its text (see
 * {@link pieceText}), each part to start a page: the first keeps the piece's
 * key, the others are `<key>~2`, `<key>~3` …, so each part keeps its rendering
 * while the pages around it change. A part starting after one of the writer's
 * line breaks starts without it. Offsets outside the text (left from before
 * an edit) are ignored.
 */
export function splitPiece(piece: Piece, offsets: readonly number[]): Piece[] {
  const blocks = pieceText(piece.content);
  if (!blocks) return [piece];
  const length = blocks.reduce((sum, runs) => sum + runs.reduce((n, run) => n + run.text.length, 0), 0);
  const cuts = [...new Set(offsets)].filter((offset) => offset > 0 && offset < length).sort((a, b) => a - b);
  if (cuts.length === 0) return [piece];
  const bounds = [0, ...cuts, length];
  return bounds.slice(0, -1).map((from, i) => {
    const part: PiecePart = { blocks: sliceText(blocks, from, bounds[i + 1]), continued: i > 0, continues: i < cuts.length };
    return { ...piece, key: i === 0 ? piece.key : `${piece.key}~${i + 1}`, part, signature: JSON.stringify([piece.content, part]) };
  });
}

/** The text from character `from` to `to`, paragraphs without any of it left out. */
function sliceText(blocks: readonly OutlineRun[][], from: number, to: number): OutlineRun[][] {
  const out: OutlineRun[][] = [];
  let position = 0;
  for (const block of blocks) {
    const runs: OutlineRun[] = [];
    for (const run of block) {
      const start = position;
      position += run.text.length;
      const a = Math.max(from, start);
      const b = Math.min(to, position);
      if (b > a || (run.text === '' && start >= from && start < to)) {
        // A line break belongs to the part that has the text after it, and does not start a part.
        runs.push({ ...run, text: run.text.slice(a - start, b - start), lineBreak: Boolean(run.lineBreak) && a === start && runs.length > 0 });
      }
    }
    if (runs.length > 0) out.push(runs);
  }
  return out;
}

/** The pieces of an outline's body blocks, in print order. */
export function outlinePieces(blocks: readonly OutlineBodyBlock[]): Piece[] {
  const pieces: Piece[] = [];
  const add = (key: string, content: PieceContent, { list = null, keepWithNext = false }: { list?: string | null; keepWithNext?: boolean } = {}) =>
    pieces.push({ key, content, list, keepWithNext, signature: JSON.stringify(content) });

  for (const block of blocks) {
    switch (block.type) {
      case 'appendixLabel':
        add(block.key, { kind: 'appendixLabel', text: block.text }, { keepWithNext: true });
        break;
      case 'title':
        add(block.key, { kind: 'title', text: block.text }, { keepWithNext: true });
        break;
      case 'period':
        add(block.key, { kind: 'period', text: block.text }, { keepWithNext: true });
        break;
      case 'facts':
        add(block.key, { kind: 'facts', label: block.label, values: block.values });
        break;
      case 'statement':
        add(block.key, { kind: 'statement', paragraphs: block.paragraphs });
        break;
      case 'heading':
        add(block.key, { kind: 'heading', level: block.level, text: block.text }, { keepWithNext: true });
        break;
      case 'paragraph':
        add(block.key, { kind: 'paragraph', runs: block.runs }, { keepWithNext: block.keepWithNext ?? false });
        break;
      case 'list':
        block.items.forEach((runs, i) => add(`${block.key}-${i}`, { kind: 'item', runs }, { list: block.key }));
        break;
      case 'activityGroup':
        add(`${block.key}-lead`, { kind: 'heading', level: 2, text: block.lead }, { keepWithNext: true });
        block.items.forEach((item, i) => {
          // Each focus area's run of items is a list of its own under the area's title.
          if (startsFocusArea(block.items, i)) add(`${block.key}-area-${item.activityId}`, { kind: 'heading', level: 3, text: item.focusArea! }, { keepWithNext: true });
          const list = item.focusArea === null ? block.key : `${block.key}-${item.focusArea}`;
          add(
            `${block.key}-${item.activityId}`,
            { kind: 'activity', text: item.text, responsible: item.responsible, activityId: item.activityId, index: item.index },
            { list },
          );
        });
        break;
      case 'signatures': {
        if (block.clause) add(`${block.key}-clause`, { kind: 'clause', text: block.clause }, { keepWithNext: true });
        const pairs = Math.ceil(block.signatures.length / 2);
        for (let pair = 0; pair < pairs; pair++) {
          add(
            `${block.key}-${pair}`,
            { kind: 'signatures', signatures: block.signatures.slice(pair * 2, pair * 2 + 2), first: pair === 0 },
            { keepWithNext: block.keepTogether && pair < pairs - 1 },
          );
        }
        break;
      }
    }
  }
  return pieces;
}

/** A run of pieces as the body of one page (or of the measuring column): bullets of one list gathered in a `<ul>`. */
export function PieceFlow({ pieces, page = false }: { pieces: readonly Piece[]; page?: boolean }): ReactNode {
  // On a page, the first piece loses the space above it and the last the space below it, as in Word.
  const edge = (piece: Piece): Edge => {
    if (!page) return null;
    const first = piece === pieces[0];
    const last = piece === pieces[pieces.length - 1];
    return first && last ? 'only' : first ? 'start' : last ? 'end' : null;
  };
  const out: ReactNode[] = [];
  for (let i = 0; i < pieces.length; ) {
    const list = pieces[i].list;
    if (list === null) {
      out.push(<PieceView key={pieces[i].key} piece={pieces[i]} edge={edge(pieces[i])} />);
      i++;
      continue;
    }
    let end = i;
    while (end < pieces.length && pieces[end].list === list) end++;
    out.push(
      <ul key={`${list}@${pieces[i].key}`} className={styles.list}>
        {pieces.slice(i, end).map((piece) => (
          <PieceView key={piece.key} piece={piece} edge={edge(piece)} />
        ))}
      </ul>,
    );
    i = end;
  }
  return out;
}

/** One piece, or one part of one broken over pages. Memoised on its content, so typing in one field re-renders only the pieces it changes. */
export const PieceView = memo(
  function PieceView({ piece, edge }: { piece: Piece; edge: Edge }) {
    const { content, part } = piece;
    // Where a part of a broken piece and a piece at a page's edge lose their bullet or their space (preview.module.css).
    const attrs = {
      'data-piece': piece.key,
      'data-continued': part?.continued ? '' : undefined,
      'data-continues': part?.continues ? '' : undefined,
      ...(edge && EDGE_ATTRIBUTES[edge]),
    };
    // The part's text, or the whole piece's; `data-split-text` marks where it is, for the measuring column.
    const blocks = part?.blocks ?? pieceText(content) ?? [];
    const text = blocks[0] ?? [];
    switch (content.kind) {
      case 'appendixLabel':
        return (
          <p {...attrs} data-split-text="" className={styles.appendixLabel}>
            <Runs runs={text} />
          </p>
        );
      case 'title':
        return (
          <h1 {...attrs} data-split-text="" className={styles.title}>
            <Runs runs={text} />
          </h1>
        );
      case 'period':
        return (
          <p {...attrs} data-split-text="" className={styles.period}>
            <Runs runs={text} />
          </p>
        );
      case 'facts':
        return (
          <dl {...attrs} className={styles.fact}>
            {/* A part that goes on from the page before leaves the label's column empty. */}
            <dt>{part?.continued ? null : content.label}</dt>
            <dd data-split-text="">
              <Runs runs={text} />
            </dd>
          </dl>
        );
      case 'statement':
        return (
          <div {...attrs} className={styles.statement}>
            {blocks.map((runs, i) => (
              <p key={i} data-split-text="">
                <Runs runs={runs} />
              </p>
            ))}
          </div>
        );
      case 'heading': {
        const Tag = HEADING_TAG[content.level];
        return (
          <Tag {...attrs} data-split-text="" className={HEADING_CLASS[content.level]}>
            <Runs runs={text} />
          </Tag>
        );
      }
      case 'paragraph':
        return (
          <p {...attrs} data-split-text="" className={styles.paragraph}>
            <Runs runs={text} />
          </p>
        );
      case 'item':
        return (
          <li {...attrs} data-split-text="" className={styles.item}>
            <Runs runs={text} />
          </li>
        );
      case 'activity':
        return (
          <li
            {...attrs}
            data-split-text=""
            className={styles.item}
            data-activity-id={part?.continued ? undefined : content.activityId}
            data-activity-index={part?.continued ? undefined : content.index}
          >
            <Runs runs={text} />
          </li>
        );
      case 'clause':
        return (
          <p {...attrs} data-split-text="" className={styles.paragraph}>
            <Runs runs={text} />
          </p>
        );
      case 'signatures':
        return (
          <div {...attrs} className={classNames(styles.signaturePair, content.first && styles.firstSignaturePair)}>
            {content.signatures.map((signature, i) => (
              <SignatureBlock key={i} signature={signature} />
            ))}
          </div>
        );
    }
  },
  (before, after) => before.piece.signature === after.piece.signature && before.piece.key === after.piece.key && before.edge === after.edge,
);

/** The document's title is the page's h1; the outline's heading levels 1–3 follow it. */
const HEADING_TAG = { 1: 'h2', 2: 'h3', 3: 'h4' } as const;

/** Each level's look, as the Word document's Heading 1–3 styles have it. */
const HEADING_CLASS = { 1: styles.heading1, 2: styles.heading2, 3: styles.heading3 } as const;

/** Where a piece sits on its page, when it is first or last there (or both). */
type Edge = 'start' | 'end' | 'only' | null;

const EDGE_ATTRIBUTES: Record<Exclude<Edge, null>, Record<string, ''>> = {
  start: { 'data-page-start': '' },
  end: { 'data-page-end': '' },
  only: { 'data-page-start': '', 'data-page-end': '' },
};

/** Runs of one paragraph: bold lead-ins as `<strong>`, the writer's line breaks as `<br>`. */
function Runs({ runs }: { runs: readonly OutlineRun[] }) {
  return runs.map((run, i) => (
    <Fragment key={i}>
      {run.lineBreak && <br />}
      {run.bold ? <strong>{run.text}</strong> : run.text}
    </Fragment>
  ));
}

/** One signatory's block, in four bands that line up with the block beside it (the pair is a grid, each block a subgrid). */
function SignatureBlock({ signature }: { signature: OutlineSignature }) {
  return (
    <div className={styles.signature}>
      <p className={styles.signatureParty}>{signature.forParty}</p>
      <div>
        <p className={styles.signatureLine}>{signature.placeDate}</p>
        <p className={styles.signatureCaption}>{signature.placeDateCaption}</p>
      </div>
      <div>
        <p className={classNames(styles.signatureLine, styles.signLine)} />
        <p className={styles.signatureCaption}>{signature.signatureCaption}</p>
      </div>
      <div>
        <p className={styles.signatureLine}>{signature.name}</p>
        <p className={styles.signatureCaption}>{signature.nameCaption}</p>
        {signature.title && <p className={styles.signatureText}>{signature.title}</p>}
      </div>
    </div>
  );
}
