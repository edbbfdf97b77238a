/** Where a piece of the flow sits when the whole document is laid out as one long page, in CSS pixels. */
export interface PieceBox {
  /** Top of the piece's border box (its top margin above it is not counted). */
  top: number;
  /** Bottom of the piece's border box. */
  bottom: number;
  /** The piece must stay on the page of the next one (a heading, a lead-in, a signature pair kept with the next). */
  keepWithNext: boolean;
  /** The piece starts a page whatever room is left (the first piece of a document appended as a bilaga). */
  breakBefore?: boolean;
}

/** The height of A4 (297 mm) less the Word document's top and bottom margins (2.5 cm each), in CSS pixels. */
export const PAGE_BODY_HEIGHT_PX = (247 * 96) / 25.4;

/**
 * Splits a flow of pieces into pages, the way Word does it closely enough for
 * a preview: a page takes pieces while they fit (margins between pieces
 * included, the space above the first piece of a page dropped), a piece that
 * does not fit starts the next page, and pieces that keep with the next one
 * move over with it, unless the whole page is one such chain (then the chain
 * breaks where the page ends, as in Word). A piece taller than a page gets a
 * page of its own; a piece with `breakBefore` always starts one.
 *
 * @param boxes the pieces in flow order, measured in one long column
 * @param pageHeight the height of a page's body
 * @returns the indices of the pieces that start a page; always starts with 0 when there are pieces
 */
export function paginate(boxes: readonly PieceBox[], pageHeight: number = PAGE_BODY_HEIGHT_PX): number[] {
  if (boxes.length === 0) return [];
  const starts = [0];
  let pageStart = 0;
  // Half a pixel of slack: measured boxes carry sub-pixel rounding.
  const limit = pageHeight + 0.5;
  for (let i = 1; i < boxes.length; i++) {
    if (boxes[i].breakBefore) {
      starts.push(i);
      pageStart = i;
      continue;
    }
    if (boxes[i].bottom - boxes[pageStart].top <= limit) continue;
    let start = i;
    while (start - 1 > pageStart && boxes[start - 1].keepWithNext) start--;
    // The whole page keeps together with what follows: no break honours that, so break where the page is full.
    if (start === pageStart + 1 && boxes[pageStart].keepWithNext) start = i;
    starts.push(start);
    pageStart = start;
    // The pieces moved over may already fill the new page; look at them again from there.
    i = start;
  }
  return starts;
}
