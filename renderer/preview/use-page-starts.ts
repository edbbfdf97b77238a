import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { paginate, type PieceLines } from './paginate';
import { PieceMeasures, type MeasuringColumn } from './piece-measures';
import type { Piece } from './preview-pieces';

/** Where a page starts: at a piece, or within its text at a character offset (the start of a line; see `pieceText`). */
export interface PageStartAt {
  key: string;
  /** 0: at the piece's start. */
  offset: number;
}

/** What is laid out in the measuring column: the pieces in flow order, and the keys of those that start a page whatever room is left. */
export interface PieceFlowInput {
  pieces: readonly Piece[];
  breaks: ReadonlySet<string>;
}

/** Where the pages of a flow break, and whether that is final. */
export interface PageStarts<F extends PieceFlowInput> {
  /** The flow the starts were measured for: the one last given, or, before it is measured, the one before; null before the first. */
  flow: F | null;
  /** Where each page of `flow` starts, in order. */
  starts: readonly PageStartAt[];
  /**
   * True once the flow last given was measured with the fonts loaded: the
   * pages will not move again until it changes. A print window waits for it.
   */
  settled: boolean;
}

/** Up to this many pieces are looked up one by one in the column; more, and the column's pieces are gathered at once. */
const FEW_PIECES = 8;

interface Measured<F> {
  flow: F;
  starts: readonly PageStartAt[];
  /** The fonts' generation the starts were measured with. */
  fonts: number;
}

/**
 * Where the pages start, measured from the hidden column in which every
 * piece of `flow` is laid out once, whole, at the page's real width. Runs
 * after every change of the flow, before the browser paints, so the pages
 * never show a stale split; without layout (jsdom) every piece measures 0
 * and each document is one page.
 *
 * The measurements are kept ({@link PieceMeasures}): a change re-measures
 * the pieces it changed, and a piece's lines are measured only when a page
 * breaks within it, until its text, the fonts or the page's height change.
 *
 * @param flow the pieces, as the column renders them, and the breaks; a new object for every change
 * @param column the hidden column: holds one element per piece (`data-piece`) and a ruler one page body high (`data-ruler`)
 */
export function usePageStarts<F extends PieceFlowInput>(flow: F, column: RefObject<HTMLElement | null>): PageStarts<F> {
  const [measured, setMeasured] = useState<Measured<F> | null>(null);
  // System fonts can still be loading on the first render; measure again once they are in. Without a font API (jsdom) they count as loaded.
  const [fontsReady, setFontsReady] = useState(() => (typeof document !== 'undefined' && document.fonts ? 0 : 1));
  const measures = useRef<PieceMeasures | null>(null);

  useEffect(() => {
    let live = true;
    document.fonts?.ready.then(() => live && setFontsReady((n) => n + 1)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  useLayoutEffect(() => {
    const root = column.current;
    if (!root) return;
    const { pieces, breaks } = flow;
    const ruler = root.querySelector<HTMLElement>('[data-ruler]');
    const pageHeight = ruler?.getBoundingClientRect().height ?? 0;
    // An edit needs one piece or a few: look each up; a first layout needs them all: gather them once.
    let elements: Map<string, HTMLElement> | null = null;
    let lookups = 0;
    const where: MeasuringColumn = {
      origin: () => root.getBoundingClientRect().top,
      element: (key) => {
        if (!elements && ++lookups <= FEW_PIECES) return root.querySelector<HTMLElement>(`[data-piece="${key.replace(/["\\]/gu, '\\$&')}"]`) ?? undefined;
        if (!elements) {
          elements = new Map();
          for (const element of root.querySelectorAll<HTMLElement>('[data-piece]')) elements.set(element.getAttribute('data-piece') ?? '', element);
        }
        return elements.get(key);
      },
    };
    measures.current ??= new PieceMeasures();
    const kept = measures.current;
    // The ruler is measured in the same coordinates as the pieces, so any zoom around the preview cancels out.
    let starts: PageStartAt[];
    if (pageHeight > 0) {
      const boxes = kept.boxes(pieces, where, `${fontsReady}:${pageHeight}`, breaks);
      // The lines are kept relative to their piece; the paginator takes them where the piece is.
      const linesOf = (index: number): PieceLines | null => {
        const lines = kept.lines(pieces[index], where);
        const top = boxes[index].top;
        return lines && { ...lines, lines: lines.lines.map((line) => ({ ...line, top: line.top + top, bottom: line.bottom + top })) };
      };
      starts = paginate(boxes, pageHeight, linesOf).map(({ piece, line }) => ({ key: pieces[piece].key, offset: line === 0 ? 0 : kept.lineOffset(pieces[piece], line, where) }));
    } else starts = pieces.filter((piece, i) => i === 0 || breaks.has(piece.key)).map((piece) => ({ key: piece.key, offset: 0 }));
    setMeasured((previous) => ({ flow, starts: previous && sameStarts(previous.starts, starts) ? previous.starts : starts, fonts: fontsReady }));
  }, [flow, column, fontsReady]);

  return {
    flow: measured?.flow ?? null,
    starts: measured?.starts ?? [],
    settled: fontsReady > 0 && measured !== null && measured.flow === flow && measured.fonts === fontsReady,
  };
}

function sameStarts(a: readonly PageStartAt[], b: readonly PageStartAt[]): boolean {
  return a.length === b.length && a.every((start, i) => start.key === b[i].key && start.offset === b[i].offset);
}
