import type { PieceBox, PieceLines } from './paginate';
import { lineStartOffset, measureLines } from './measure-lines';
import { pieceBreaking, type Piece } from './preview-pieces';

/** What is kept of one piece's measuring while its content and the layout stay the same. */
interface Measured {
  signature: string;
  /** The height of its border box. */
  height: number;
  /** Its lines relative to its own top: undefined until asked for, null when it has none to break between. */
  lines?: PieceLines | null;
  /** The text offsets of the lines asked for so far. */
  offsets: Map<number, number>;
}

/** The pieces of one layout as the column has them, and where each piece's element is. */
export interface MeasuringColumn {
  /** The top of the column, in the coordinates of the pieces' rectangles. */
  origin(): number;
  /** The element a piece is laid out in, if it is there. */
  element(key: string): HTMLElement | undefined;
}

/**
 * The measurements of the pieces in the hidden column, kept between
 * layouts so that a change re-measures only the pieces it changed: a
 * piece's height and lines are kept while its content (`signature`) and the
 * layout (fonts, page height) stay the same, and the space between two
 * pieces is kept by what decides it, the two pieces' styles (their margins
 * collapse into it). Where the pieces are is then added up from the top,
 * reading the DOM only for a piece that is new or changed, or whose space
 * above is not known.
 */
export class PieceMeasures {
  private layout: string | null = null;
  private readonly pieces = new Map<string, Measured>();
  /** The space from one piece's bottom to the next one's top, by the two pieces' styles ({@link gapKey}). */
  private readonly gaps = new Map<string, number>();

  /**
   * The pieces' boxes in the column, relative to its top.
   *
   * @param layout what every kept measurement depends on besides the piece (a different one forgets them all)
   * @param breaks keys of pieces that start a page whatever room is left
   */
  boxes(pieces: readonly Piece[], column: MeasuringColumn, layout: string, breaks?: ReadonlySet<string>): PieceBox[] {
    if (layout !== this.layout) {
      this.layout = layout;
      this.pieces.clear();
      this.gaps.clear();
    }
    let origin: number | null = null;
    const boxes: PieceBox[] = [];
    let previous: Piece | null = null;
    let bottom = 0;
    for (const piece of pieces) {
      const kept = this.pieces.get(piece.key);
      const valid = kept && kept.signature === piece.signature ? kept : null;
      const key = gapKey(previous, piece);
      // Margins collapse through an empty piece, so the space next to one depends on more than the two styles: read it.
      const above = boxes.at(-1);
      const previousHeight = above ? above.bottom - above.top : 1;
      const gap = valid && valid.height > 0 && previousHeight > 0 ? this.gaps.get(key) : undefined;
      let top: number;
      let end: number;
      if (gap !== undefined && valid) {
        top = bottom + gap;
        end = top + valid.height;
      } else {
        const rect = column.element(piece.key)?.getBoundingClientRect();
        origin ??= column.origin();
        top = (rect?.top ?? origin) - origin;
        end = (rect?.bottom ?? origin) - origin;
        if (rect) {
          if (!valid) this.pieces.set(piece.key, { signature: piece.signature, height: end - top, offsets: new Map() });
          if (end > top && previousHeight > 0) this.gaps.set(key, top - bottom);
        }
      }
      boxes.push({
        top,
        bottom: end,
        keepWithNext: piece.keepWithNext,
        breakBefore: breaks?.has(piece.key) ?? false,
        keepLines: pieceBreaking(piece.content) === 'keepLines',
      });
      bottom = end;
      previous = piece;
    }
    // Forget the pieces that are gone.
    const present = new Set(pieces.map((piece) => piece.key));
    for (const key of this.pieces.keys()) if (!present.has(key)) this.pieces.delete(key);
    return boxes;
  }

  /**
   * The lines of a piece measured by {@link boxes} in this layout, relative
   * to its own top; null when it may not be broken between lines.
   */
  lines(piece: Piece, column: MeasuringColumn): PieceLines | null {
    const kept = this.pieces.get(piece.key);
    if (!kept || kept.signature !== piece.signature || pieceBreaking(piece.content) === 'never') return null;
    if (kept.lines === undefined) {
      const element = column.element(piece.key);
      kept.lines = element ? measureLines(element) : null;
    }
    return kept.lines;
  }

  /** The character offset at which line `line` of the piece's {@link lines} starts. */
  lineOffset(piece: Piece, line: number, column: MeasuringColumn): number {
    const kept = this.pieces.get(piece.key);
    const lines = this.lines(piece, column);
    const element = column.element(piece.key);
    if (!kept || !lines || !element) return 0;
    if (!kept.offsets.has(line)) kept.offsets.set(line, lineStartOffset(element, lines.lines, line));
    return kept.offsets.get(line)!;
  }
}

/**
 * What decides the space between two pieces laid out one after the other:
 * their styles (the kind, a heading's level, the first signature pair) and
 * whether they are bullets of one list. Their text does not.
 */
function gapKey(previous: Piece | null, piece: Piece): string {
  const sameList = previous !== null && piece.list !== null && previous.list === piece.list;
  return `${previous ? styleOf(previous) : 'start'}>${styleOf(piece)}${sameList ? ':list' : ''}`;
}

function styleOf({ content }: Piece): string {
  switch (content.kind) {
    case 'heading':
      return `heading${content.level}`;
    case 'signatures':
      return content.first ? 'signatures-first' : 'signatures';
    default:
      return content.kind;
  }
}
