import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { paginate, type LineBox, type PieceBox, type PieceLines } from './paginate';
import { lineStartOffset, measureLines } from './measure-lines';
import { pieceBreaking, type Piece } from './preview-pieces';

/** Where a page starts: at a piece, or within its text at a character offset (the start of a line; see `pieceText`). */
export interface PageStartAt {
  key: string;
  /** 0: at the piece's start. */
  offset: number;
}

/** Where the pages break, and whether that is final. */
export interface PageStarts {
  /** Where each page starts, in order. */
  starts: readonly PageStartAt[];
  /**
   * True once the pieces were measured with the fonts loaded: the pages will
   * not move again until the pieces change. A print window waits for it.
   */
  settled: boolean;
}

/** A piece's lines as last measured, relative to its own top, kept while the piece and the layout stay the same. */
interface CachedLines {
  signature: string;
  layout: string;
  /** Lines relative to the piece's top. */
  lines: readonly LineBox[];
  insetTop: number;
  insetBottom: number;
  /** The text offsets of the lines asked for so far. */
  offsets: Map<number, number>;
}

/**
 * Where the pages start, measured from the hidden column in which every
 * piece is laid out once, whole, at the page's real width. Runs after every
 * change of the pieces, before the browser paints, so the pages never show a
 * stale split; without layout (jsdom) every piece measures 0 and the
 * document is one page.
 *
 * A piece the paginator breaks between two lines has its lines measured
 * (`measureLines`) and the text offset of the line the next page starts with
 * looked up; both are kept for the piece until its text, the fonts or the
 * scale change, so typing re-measures only the piece typed in.
 *
 * @param pieces the pieces, in flow order, that the column renders
 * @param column the hidden column: holds one element per piece (`data-piece`) and a ruler one page body high (`data-ruler`)
 * @param breaks keys of pieces that start a page whatever room is left (a document appended as a bilaga)
 */
export function usePageStarts(pieces: readonly Piece[], column: RefObject<HTMLElement | null>, breaks?: ReadonlySet<string>): PageStarts {
  const [starts, setStarts] = useState<readonly PageStartAt[]>([]);
  // System fonts can still be loading on the first render; measure again once they are in. Without a font API (jsdom) they count as loaded.
  const [fontsReady, setFontsReady] = useState(() => (typeof document !== 'undefined' && document.fonts ? 0 : 1));
  // The fonts' generation the current starts were measured with.
  const [measuredWith, setMeasuredWith] = useState(-1);
  const cache = useRef(new Map<string, CachedLines>());

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
    const ruler = root.querySelector<HTMLElement>('[data-ruler]');
    const pageHeight = ruler?.getBoundingClientRect().height ?? 0;
    const origin = root.getBoundingClientRect().top;
    const elements = new Map<string, HTMLElement>();
    for (const element of root.querySelectorAll<HTMLElement>('[data-piece]')) elements.set(element.dataset.piece ?? '', element);
    const boxes: PieceBox[] = pieces.map((piece) => {
      const rect = elements.get(piece.key)?.getBoundingClientRect();
      return {
        top: (rect?.top ?? origin) - origin,
        bottom: (rect?.bottom ?? origin) - origin,
        keepWithNext: piece.keepWithNext,
        breakBefore: breaks?.has(piece.key) ?? false,
        keepLines: pieceBreaking(piece.content) === 'keepLines',
      };
    });

    // Lines are measured only for the pieces a page ends in, and kept while the piece, the fonts and the scale stay.
    const layout = `${fontsReady}:${pageHeight}`;
    const kept = cache.current;
    const cached = (index: number): CachedLines | null => {
      const piece = pieces[index];
      const element = elements.get(piece.key);
      if (!element || pieceBreaking(piece.content) === 'never') return null;
      const hit = kept.get(piece.key);
      if (hit && hit.signature === piece.signature && hit.layout === layout) return hit;
      const measured = measureLines(element);
      if (!measured) return null;
      const entry: CachedLines = { signature: piece.signature, layout, ...measured, offsets: new Map() };
      kept.set(piece.key, entry);
      return entry;
    };
    const linesOf = (index: number): PieceLines | null => {
      const entry = cached(index);
      if (!entry) return null;
      const top = boxes[index].top;
      return { lines: entry.lines.map((line) => ({ ...line, top: line.top + top, bottom: line.bottom + top })), insetTop: entry.insetTop, insetBottom: entry.insetBottom };
    };
    const offsetOf = (index: number, line: number): number => {
      const entry = cached(index);
      const element = elements.get(pieces[index].key);
      if (!entry || !element) return 0;
      if (!entry.offsets.has(line)) entry.offsets.set(line, lineStartOffset(element, entry.lines, line));
      return entry.offsets.get(line)!;
    };

    // The ruler is measured in the same coordinates as the pieces, so any zoom around the preview cancels out.
    const next: PageStartAt[] =
      pageHeight > 0
        ? paginate(boxes, pageHeight, linesOf).map(({ piece, line }) => ({ key: pieces[piece].key, offset: line === 0 ? 0 : offsetOf(piece, line) }))
        : pieces.filter((piece, i) => i === 0 || breaks?.has(piece.key)).map((piece) => ({ key: piece.key, offset: 0 }));
    // Forget the pieces that are gone.
    const present = new Set(pieces.map((piece) => piece.key));
    for (const key of kept.keys()) if (!present.has(key)) kept.delete(key);
    setStarts((previous) => (sameStarts(previous, next) ? previous : next));
    setMeasuredWith(fontsReady);
  }, [pieces, column, breaks, fontsReady]);

  return { starts, settled: fontsReady > 0 && measuredWith === fontsReady };
}

function sameStarts(a: readonly PageStartAt[], b: readonly PageStartAt[]): boolean {
  return a.length === b.length && a.every((start, i) => start.key === b[i].key && start.offset === b[i].offset);
}
