import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { paginate, type PieceBox } from './paginate';
import type { Piece } from './preview-pieces';

/** Where the pages break, and whether that is final. */
export interface PageStarts {
  /** The keys of the pieces that start a page. */
  starts: readonly string[];
  /**
   * True once the pieces were measured with the fonts loaded: the pages will
   * not move again until the pieces change. A print window waits for it.
   */
  settled: boolean;
}

/**
 * The keys of the pieces that start a page, measured from the hidden column
 * in which every piece is laid out once at the page's real width. Runs after
 * every change of the pieces, before the browser paints, so the pages never
 * show a stale split; without layout (jsdom) every piece measures 0 and the
 * document is one page.
 *
 * @param pieces the pieces, in flow order, that the column renders
 * @param column the hidden column: holds one element per piece (`data-piece`) and a ruler one page body high (`data-ruler`)
 * @param breaks keys of pieces that start a page whatever room is left (a document appended as a bilaga)
 */
export function usePageStarts(pieces: readonly Piece[], column: RefObject<HTMLElement | null>, breaks?: ReadonlySet<string>): PageStarts {
  const [starts, setStarts] = useState<readonly string[]>([]);
  // System fonts can still be loading on the first render; measure again once they are in. Without a font API (jsdom) they count as loaded.
  const [fontsReady, setFontsReady] = useState(() => (typeof document !== 'undefined' && document.fonts ? 0 : 1));
  // The fonts' generation the current starts were measured with.
  const [measuredWith, setMeasuredWith] = useState(-1);

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
      };
    });
    // The ruler is measured in the same coordinates as the pieces, so any zoom around the preview cancels out.
    const next =
      pageHeight > 0
        ? paginate(boxes, pageHeight).map((index) => pieces[index].key)
        : pieces.filter((piece, i) => i === 0 || breaks?.has(piece.key)).map((piece) => piece.key);
    setStarts((previous) => (sameKeys(previous, next) ? previous : next));
    setMeasuredWith(fontsReady);
  }, [pieces, column, breaks, fontsReady]);

  return { starts, settled: fontsReady > 0 && measuredWith === fontsReady };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}
