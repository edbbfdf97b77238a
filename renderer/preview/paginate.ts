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
  /**
   * The piece is kept whole when it fits on a page (a heading, the title), as
   * Word keeps a heading's lines together; one taller than a page is still
   * broken between its lines.
   */
  keepLines?: boolean;
  /** Its lines, when it may break between them; a piece without (a signature pair) is never split. */
  lines?: PieceLines | null;
}

/** One line of a piece's text as laid out, in the coordinates of {@link PieceBox}. */
export interface LineBox {
  /** Top and bottom of the line's text (its glyphs, not the leading around them). */
  top: number;
  bottom: number;
  /**
   * The paragraph of the piece the line belongs to (0 for a one-paragraph
   * piece; the löftesmening's box holds several): widows and orphans are
   * counted within a paragraph, as Word counts them.
   */
  block: number;
}

/** The lines of a piece that may break between them. */
export interface PieceLines {
  /** Its lines, top to bottom. */
  lines: readonly LineBox[];
  /** Padding and border above the first line and below the last (the löftesmening's box): each part of a split piece has them. */
  insetTop: number;
  insetBottom: number;
}

/** Where a page starts: at the start of a piece (`line` 0), or at one of its lines when the page before has the lines above it. */
export interface PageStart {
  piece: number;
  line: number;
}

/** The height of A4 (297 mm) less the Word document's top and bottom margins (2.5 cm each), in CSS pixels. */
export const PAGE_BODY_HEIGHT_PX = (247 * 96) / 25.4;

/** Lines of a paragraph that must stay together at either side of a break: no widows, no orphans, as in Word. */
export const MIN_LINES_AT_BREAK = 2;

/**
 * Splits a flow of pieces into pages, the way Word does: a page takes pieces
 * while they fit (margins between pieces included, the space above the first
 * piece of a page dropped); a piece that does not fit is broken between two of
 * its lines when it has lines (a paragraph, a bullet, the löftesmening), with
 * at least two lines of its paragraph on either side of the break, and starts
 * the next page otherwise. A piece that keeps with the next one stays on the
 * page of the next one's first line: it moves over with it, or, having lines,
 * gives its last two lines to the next page; unless the whole page is one such
 * chain (then the chain breaks where the page ends, as in Word). A piece taller
 * than a page runs over as many pages as it needs; one without lines (a
 * signature pair) gets a page of its own. A piece with `breakBefore` always
 * starts a page.
 *
 * Looks at each piece about once per page it is on, and asks for a piece's
 * lines only when a page ends within or just after it, so measuring lines
 * (`linesOf`) can be lazy.
 *
 * @param boxes the pieces in flow order, measured in one long column
 * @param pageHeight the height of a page's body
 * @param linesOf the lines of piece `i`, or null when it may not be split; `boxes[i].lines` by default
 * @returns where the pages start, in order; the first is always piece 0 at line 0 when there are pieces
 */
export function paginate(
  boxes: readonly PieceBox[],
  pageHeight: number = PAGE_BODY_HEIGHT_PX,
  linesOf: (index: number) => PieceLines | null | undefined = (index) => boxes[index].lines,
): PageStart[] {
  if (boxes.length === 0) return [];
  // Half a pixel of slack: measured boxes carry sub-pixel rounding.
  const limit = pageHeight + 0.5;
  const starts: PageStart[] = [{ piece: 0, line: 0 }];
  let page = starts[0];
  let pageTop = boxes[0].top;

  const cache = new Map<number, PieceLines | null>();
  const lines = (index: number): PieceLines | null => {
    if (!cache.has(index)) {
      const measured = linesOf(index);
      cache.set(index, measured && measured.lines.length >= 2 ? measured : null);
    }
    return cache.get(index)!;
  };
  /** Whether piece `index` may be split here: it has lines, and is not a heading that would fit on a page of its own. */
  const splittable = (index: number) => {
    const box = boxes[index];
    if (box.keepLines && box.bottom - box.top <= limit) return null;
    return lines(index);
  };

  const startPage = (piece: number, line: number) => {
    page = { piece, line };
    starts.push(page);
    pageTop = line === 0 ? boxes[piece].top : cutAt(lines(piece)!, line) - lines(piece)!.insetTop;
  };

  for (let i = 0; i < boxes.length; ) {
    const atPageStart = i === page.piece;
    if (boxes[i].breakBefore && !(atPageStart && page.line === 0)) {
      startPage(i, 0);
      continue;
    }
    if (boxes[i].bottom - pageTop <= limit) {
      i++;
      continue;
    }
    // Piece i runs over the page: break it between two lines if enough of it fits.
    const from = atPageStart ? page.line : 0;
    const pieceLines = splittable(i);
    const cut = pieceLines && lastCut(pieceLines, from, pageTop + limit, true);
    if (cut) {
      startPage(i, cut);
      continue;
    }
    if (atPageStart) {
      // Not even two lines fit on an empty page: break where the page ends, or give an unbreakable piece the page to itself.
      const forced = pieceLines && lastCut(pieceLines, from, pageTop + limit, false);
      if (forced) startPage(i, forced);
      else if (++i < boxes.length) startPage(i, 0);
      continue;
    }
    // No line of piece i stays on this page: it starts the next, and what keeps with it goes along.
    const start = keptWith(i);
    startPage(start.piece, start.line);
    // What moved over may already fill the new page; look at it again from there.
    i = start.piece;
  }
  return starts;

  /**
   * Where the page must start for piece `i` to start a page: before it, or
   * before the pieces that keep with it; a piece with lines in that chain
   * keeps only its last lines with what follows. When the whole page keeps
   * together with piece `i`, no break honours that: the page breaks before `i`.
   */
  function keptWith(i: number): PageStart {
    let start = i;
    while (boxes[start - 1].keepWithNext) {
      const j = start - 1;
      const pieceLines = splittable(j);
      // The piece fits on this page (it is above piece i), so any of its breaks does; the last moves the fewest lines.
      const cut = pieceLines && lastCut(pieceLines, j === page.piece ? page.line : 0, Infinity, true);
      if (cut) return { piece: j, line: cut };
      if (j === page.piece) return { piece: i, line: 0 };
      start = j;
    }
    return { piece: start, line: 0 };
  }
}

/**
 * Where a piece broken before line `line` (from 1) is cut: half way between
 * that line's text and the text of the line above, which is where their line
 * boxes meet (the leading is shared equally above and below the text).
 */
export function cutAt(pieceLines: PieceLines, line: number): number {
  const { lines } = pieceLines;
  return (lines[line - 1].bottom + lines[line].top) / 2;
}

/**
 * The last line after `from` that a page may start at, such that the lines
 * above it (with the piece's bottom padding) end by `bottom`; with
 * `widows`, only lines that leave at least two lines of their paragraph
 * on either side. Null when there is none.
 */
export function lastCut(pieceLines: PieceLines, from: number, bottom: number, widows: boolean): number | null {
  const { lines, insetBottom } = pieceLines;
  // The cuts' positions grow with the line: find the last that fits by bisection, then the last allowed at or before it.
  let low = from + 1;
  let high = lines.length - 1;
  if (low > high || cutAt(pieceLines, low) + insetBottom > bottom) return null;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (cutAt(pieceLines, middle) + insetBottom <= bottom) low = middle;
    else high = middle - 1;
  }
  for (let line = low; line > from; line--) if (!widows || allowsBreak(lines, line)) return line;
  return null;
}

/**
 * Whether a page may start at line `line`: between two paragraphs it may;
 * within one, only with at least {@link MIN_LINES_AT_BREAK} of its lines on
 * each side.
 */
export function allowsBreak(lines: readonly LineBox[], line: number): boolean {
  const block = lines[line].block;
  if (lines[line - 1].block !== block) return true;
  for (let n = 1; n <= MIN_LINES_AT_BREAK; n++) {
    if (lines[line - n]?.block !== block) return false;
    if (lines[line + n - 1]?.block !== block) return false;
  }
  return true;
}
