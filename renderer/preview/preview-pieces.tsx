import { Fragment, memo, type ReactNode } from 'react';
import { startsFocusArea, type OutlineBodyBlock, type OutlineRun, type OutlineSignature } from '../../shared/documents/document-outline';

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
      <ul key={`${list}@${pieces[i].key}`} className="doc-list">
        {pieces.slice(i, end).map((piece) => (
          <PieceView key={piece.key} piece={piece} edge={edge(piece)} />
        ))}
      </ul>,
    );
    i = end;
  }
  return out;
}

/** One piece. Memoised on its content, so typing in one field re-renders only the pieces it changes. */
export const PieceView = memo(
  function PieceView({ piece, edge }: { piece: Piece; edge: Edge }) {
    const attrs = { 'data-piece': piece.key };
    const { content } = piece;
    switch (content.kind) {
      case 'appendixLabel':
        return (
          <p {...attrs} className={cls('doc-appendix-label', edge)}>
            {content.text}
          </p>
        );
      case 'title':
        return (
          <h1 {...attrs} className={cls('doc-title', edge)}>
            {content.text}
          </h1>
        );
      case 'period':
        return (
          <p {...attrs} className={cls('doc-period', edge)}>
            {content.text}
          </p>
        );
      case 'facts':
        return (
          <dl {...attrs} className={cls('doc-fact', edge)}>
            <dt>{content.label}</dt>
            <dd>
              {content.values.map((value, i) => (
                <Fragment key={i}>
                  {i > 0 && <br />}
                  {value}
                </Fragment>
              ))}
            </dd>
          </dl>
        );
      case 'statement':
        return (
          <div {...attrs} className={cls('doc-statement', edge)}>
            {content.paragraphs.map((runs, i) => (
              <p key={i}>
                <Runs runs={runs} />
              </p>
            ))}
          </div>
        );
      case 'heading': {
        const Tag = HEADING_TAG[content.level];
        return (
          <Tag {...attrs} className={cls(`doc-heading-${content.level}`, edge)}>
            {content.text}
          </Tag>
        );
      }
      case 'paragraph':
        return (
          <p {...attrs} className={cls('doc-paragraph', edge)}>
            <Runs runs={content.runs} />
          </p>
        );
      case 'item':
        return (
          <li {...attrs} className={cls('doc-item', edge)}>
            <Runs runs={content.runs} />
          </li>
        );
      case 'activity':
        return (
          <li {...attrs} className={cls('doc-item', edge)} data-activity-id={content.activityId} data-activity-index={content.index}>
            <Runs runs={[...content.text.split('\n'), ...(content.responsible ? [content.responsible] : [])].map((text, i) => ({ text, lineBreak: i > 0 }))} />
          </li>
        );
      case 'clause':
        return (
          <p {...attrs} className={cls('doc-paragraph doc-clause', edge)}>
            {content.text}
          </p>
        );
      case 'signatures':
        return (
          <div {...attrs} className={cls(content.first ? 'doc-signature-pair doc-signature-pair--first' : 'doc-signature-pair', edge)}>
            {content.signatures.map((signature, i) => (
              <SignatureBlock key={i} signature={signature} />
            ))}
          </div>
        );
    }
  },
  (before, after) => before.piece.signature === after.piece.signature && before.edge === after.edge,
);

/** The document's title is the page's h1; the outline's heading levels 1–3 follow it. */
const HEADING_TAG = { 1: 'h2', 2: 'h3', 3: 'h4' } as const;

/** Where a piece sits on its page, when it is first or last there (or both). */
type Edge = 'start' | 'end' | 'only' | null;

const EDGE_CLASS: Record<Exclude<Edge, null>, string> = { start: 'doc-page-start', end: 'doc-page-end', only: 'doc-page-start doc-page-end' };

const cls = (base: string, edge: Edge) => (edge ? `${base} ${EDGE_CLASS[edge]}` : base);

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
    <div className="doc-signature">
      <p className="doc-signature__party">{signature.forParty}</p>
      <div className="doc-signature__band">
        <p className="doc-signature__line">{signature.placeDate}</p>
        <p className="doc-signature__caption">{signature.placeDateCaption}</p>
      </div>
      <div className="doc-signature__band">
        <p className="doc-signature__line doc-signature__line--sign" />
        <p className="doc-signature__caption">{signature.signatureCaption}</p>
      </div>
      <div className="doc-signature__band">
        <p className="doc-signature__line">{signature.name}</p>
        <p className="doc-signature__caption">{signature.nameCaption}</p>
        {signature.title && <p className="doc-signature__text">{signature.title}</p>}
      </div>
    </div>
  );
}
