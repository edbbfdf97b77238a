import { describe, expect, it } from 'vitest';
import { allowsBreak, cutAt, paginate, type PieceBox } from '../../../renderer/preview/paginate';

/** Pages starting at the start of these pieces. */
const at = (...pieces: number[]) => pieces.map((piece) => ({ piece, line: 0 }));

/** Pieces stacked with no gaps, `heights` high, the ones in `keep` kept with the next. */
function stack(heights: number[], keep: number[] = []): PieceBox[] {
  let top = 0;
  return heights.map((height, i) => {
    const box = { top, bottom: top + height, keepWithNext: keep.includes(i) };
    top += height;
    return box;
  });
}

describe('paginate', () => {
  it('fills a page while the pieces fit and starts the next with the first that does not', () => {
    expect(paginate([], 100)).toEqual(at());
    expect(paginate(stack([40, 40, 20]), 100)).toEqual(at(0));
    expect(paginate(stack([40, 40, 30, 50, 60]), 100)).toEqual(at(0, 2, 4));
  });

  it('counts the space between pieces but not above the first piece of a page', () => {
    const boxes: PieceBox[] = [
      { top: 0, bottom: 50, keepWithNext: false },
      { top: 70, bottom: 95, keepWithNext: false },
      // 30 px of margin above this one: it does not fit after the first two, but starts the next page at its own top.
      { top: 125, bottom: 200, keepWithNext: false },
      { top: 210, bottom: 225, keepWithNext: false },
    ];
    expect(paginate(boxes, 100)).toEqual(at(0, 2));
  });

  it('moves a heading over with the piece it keeps with', () => {
    // Piece 2 is a heading kept with piece 3, which does not fit: both start the next page.
    expect(paginate(stack([40, 40, 10, 30]), 100)).toEqual(at(0, 3));
    expect(paginate(stack([40, 40, 10, 30], [2]), 100)).toEqual(at(0, 2));
    // A chain of keeps: the heading, the lead-in, and the first bullet go together.
    expect(paginate(stack([60, 10, 10, 30], [1, 2]), 100)).toEqual(at(0, 1));
  });

  it('breaks a chain longer than a page where the page is full, and gives an oversized piece its own page', () => {
    expect(paginate(stack([40, 40, 40, 40], [0, 1, 2]), 100)).toEqual(at(0, 2));
    expect(paginate(stack([20, 250, 20]), 100)).toEqual(at(0, 1, 2));
  });
});

/**
 * A flow of pieces for breaking between lines: `n` (a number) is a paragraph
 * of n lines, 10 px each (text from 2 to 8 px within the line, so a cut falls
 * on the line's edge); an object says more: lines per paragraph (`blocks`,
 * the löftesmening's box), padding, a plain height (no lines: a signature
 * pair), keeping with the next, a heading's `keepLines`. 5 px between pieces.
 */
type Spec = number | { lines?: number; blocks?: number[]; height?: number; keep?: boolean; keepLines?: boolean; inset?: number; gap?: number };

const LINE = 10;

function flow(specs: Spec[]): PieceBox[] {
  let y = 0;
  return specs.map((spec, i) => {
    const s = typeof spec === 'number' ? { lines: spec } : spec;
    const top = i === 0 ? 0 : y + (s.gap ?? 5);
    const inset = s.inset ?? 0;
    const blocks = s.blocks ?? (s.lines !== undefined ? [s.lines] : []);
    const lines = blocks.flatMap((count, block) => Array.from({ length: count }, () => block));
    const box: PieceBox = {
      top,
      bottom: top + (s.height ?? lines.length * LINE + 2 * inset),
      keepWithNext: s.keep ?? false,
      keepLines: s.keepLines,
      lines:
        lines.length > 0
          ? { lines: lines.map((block, n) => ({ top: top + inset + n * LINE + 2, bottom: top + inset + n * LINE + 8, block })), insetTop: inset, insetBottom: inset }
          : null,
    };
    y = box.bottom;
    return box;
  });
}

const start = (piece: number, line = 0) => ({ piece, line });

/** Each page's height as laid out from `starts`: a part of a split piece from its cut (with its padding) to the next. */
function pageHeights(boxes: PieceBox[], starts: { piece: number; line: number }[]): number[] {
  const topOf = ({ piece, line }: { piece: number; line: number }) =>
    line === 0 ? boxes[piece].top : cutAt(boxes[piece].lines!, line) - boxes[piece].lines!.insetTop;
  return starts.map((from, i) => {
    const next = starts[i + 1];
    let bottom: number;
    if (!next) bottom = boxes[boxes.length - 1].bottom;
    else if (next.line > 0) bottom = cutAt(boxes[next.piece].lines!, next.line) + boxes[next.piece].lines!.insetBottom;
    else bottom = boxes[next.piece - 1].bottom;
    return bottom - topOf(from);
  });
}

describe('paginate between lines', () => {
  it('breaks a paragraph that runs over the page between two lines, filling the page', () => {
    // 40 px, then a paragraph of 10 lines from 45: six lines fit (45 + 6 × 10 = 105 > 100; 5 do), the rest start the next page.
    const boxes = flow([{ height: 40 }, 10]);
    expect(paginate(boxes, 100)).toEqual([start(0), start(1, 5)]);
    expect(pageHeights(boxes, paginate(boxes, 100))).toEqual([95, 50]);
  });

  it('leaves at least two lines of a paragraph at the foot of a page (no orphan) and at its head (no widow)', () => {
    // Room for one line only: the paragraph moves over whole.
    expect(paginate(flow([{ height: 80 }, 5]), 100)).toEqual([start(0), start(1)]);
    // Room for two: they stay.
    expect(paginate(flow([{ height: 70 }, 5]), 100)).toEqual([start(0), start(1, 2)]);
    // Room for four of five: the fourth goes over with the fifth.
    expect(paginate(flow([{ height: 50 }, 5]), 100)).toEqual([start(0), start(1, 3)]);
    // Three lines can be broken nowhere: they move over whole.
    expect(paginate(flow([{ height: 70 }, 3]), 100)).toEqual([start(0), start(1)]);
  });

  it('counts widows and orphans per paragraph of a piece, and breaks freely between its paragraphs', () => {
    // The löftesmening: paragraphs of 1, 4 and 3 lines in a box with 4 px of padding, from 55 px.
    const boxes = flow([{ height: 50 }, { blocks: [1, 4, 3], inset: 4 }]);
    // Between the paragraphs a page may start anywhere; within one, not after its first line nor before its last.
    const lines = boxes[1].lines!.lines;
    expect([1, 2, 3, 4, 5, 6, 7].map((line) => allowsBreak(lines, line))).toEqual([true, false, true, false, true, false, false]);
    // Three lines fit with the padding above and below (55 + 4 + 30 + 4 = 93), four would not (103).
    expect(paginate(boxes, 100)).toEqual([start(0), start(1, 3)]);
    expect(pageHeights(boxes, paginate(boxes, 100)).every((height) => height <= 100.5)).toBe(true);
    // With room for four lines, the fourth would leave one of paragraph 1 alone on the next page: three stay.
    expect(paginate(flow([{ height: 40 }, { blocks: [1, 4, 3], inset: 4 }]), 100)).toEqual([start(0), start(1, 3)]);
  });

  it('keeps a heading with the first two lines of its paragraph, and moves it over when they do not fit', () => {
    // A heading (kept with the next, never split) and a long paragraph: room for the heading and two lines.
    expect(paginate(flow([{ height: 50 }, { height: 15, keep: true, keepLines: true }, 20]), 100)).toEqual([start(0), start(2, 2), start(2, 12)]);
    // Room for the heading and one line: the heading goes over with the paragraph, not left alone at the foot of the page.
    expect(paginate(flow([{ height: 60 }, { height: 15, keep: true, keepLines: true }, 20]), 100)).toEqual([start(0), start(1), start(2, 8), start(2, 18)]);
  });

  it('lets a paragraph kept with the next give its last two lines to the next page, as Word keeps its last line with the next', () => {
    // A lead-in of 6 lines kept with a piece of 40 px (no lines) that does not fit after it.
    expect(paginate(flow([{ height: 20 }, { lines: 6, keep: true }, { height: 40 }]), 100)).toEqual([start(0), start(1, 4)]);
    // A chain of a heading and a lead-in kept with a bullet: the lead-in's last lines go with the bullet, the heading stays.
    expect(paginate(flow([{ height: 20 }, { height: 10, keep: true, keepLines: true }, { lines: 5, keep: true }, 3]), 100)).toEqual([start(0), start(2, 3)]);
  });

  it('runs a piece taller than a page over as many pages as it needs, each page full', () => {
    // 35 lines, 10 a page.
    const boxes = flow([35]);
    expect(paginate(boxes, 100)).toEqual([start(0), start(0, 10), start(0, 20), start(0, 30)]);
    // 31 lines: the last page would have one line, a widow: the third gives it one of its own.
    expect(paginate(flow([31]), 100)).toEqual([start(0), start(0, 10), start(0, 20), start(0, 29)]);
    // With padding (the löftesmening's box) each part carries it: 8 lines a page.
    const padded = flow([{ lines: 20, inset: 6 }]);
    expect(paginate(padded, 100)).toEqual([start(0), start(0, 8), start(0, 16)]);
    expect(pageHeights(padded, paginate(padded, 100)).every((height) => height <= 100.5)).toBe(true);
    // After it, the flow goes on on its last page.
    expect(paginate(flow([25, 3]), 100)).toEqual([start(0), start(0, 10), start(0, 20)]);
  });

  it('keeps a heading whole when it fits on a page, and breaks one taller than a page', () => {
    expect(paginate(flow([{ height: 60 }, { lines: 6, keepLines: true }]), 100)).toEqual([start(0), start(1)]);
    expect(paginate(flow([{ height: 60 }, { lines: 16, keepLines: true }]), 100)).toEqual([start(0), start(1, 3), start(1, 13)]);
  });

  it('never splits a pair of signature blocks: it moves over whole, and one taller than a page has a page to itself', () => {
    // Signature pairs have no lines: 60 px each, kept with the next while the section keeps together.
    // A pair kept with the next that does not fit after three lines moves over whole, though the lines above it could give way.
    expect(paginate(flow([3, { height: 60, keep: true }, { height: 60 }]), 100)).toEqual([start(0), start(1), start(2)]);
    // A pair that does not fit after nine lines starts the next page whole.
    expect(paginate(flow([9, { height: 60 }, { height: 30 }]), 100)).toEqual([start(0), start(1)]);
    // Kept with a paragraph of lines, the pair goes over with its first two.
    expect(paginate(flow([{ height: 20 }, { height: 60, keep: true }, 3]), 100)).toEqual([start(0), start(1)]);
    expect(paginate(flow([3, { height: 150 }, 3]), 100)).toEqual([start(0), start(1), start(2)]);
  });

  it('asks for the lines of a piece only when a page ends in or after it', () => {
    const boxes = flow([3, 3, 3, 18, 1]);
    const asked: number[] = [];
    paginate(boxes, 100, (index) => {
      asked.push(index);
      return boxes[index].lines;
    });
    expect([...new Set(asked)]).toEqual([3]);
  });

  it('fits every page of random flows, breaks only where allowed, and always moves on', () => {
    let seed = 1;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    for (let round = 0; round < 300; round++) {
      const specs: Spec[] = Array.from({ length: 1 + random(30) }, (): Spec => {
        switch (random(5)) {
          case 0:
            return { height: 10 + random(60) };
          case 1:
            return { height: 10 + random(20), keep: true, keepLines: true };
          case 2:
            return { lines: 1 + random(6), keep: true };
          case 3:
            return { blocks: [1 + random(4), 1 + random(4)], inset: random(6) };
          default:
            return 1 + random(40);
        }
      });
      const boxes = flow(specs);
      const starts = paginate(boxes, 100);
      expect(starts[0]).toEqual(start(0));
      starts.slice(1).forEach((s, i) => {
        const before = starts[i];
        expect(s.piece > before.piece || (s.piece === before.piece && s.line > before.line), `round ${round}: starts move on`).toBe(true);
        if (s.line > 0) {
          expect(boxes[s.piece].lines, `round ${round}: only pieces with lines are split`).toBeTruthy();
          expect(allowsBreak(boxes[s.piece].lines!.lines, s.line), `round ${round}: piece ${s.piece} broken at an allowed line`).toBe(true);
        }
      });
      pageHeights(boxes, starts).forEach((height, page) => {
        const from = starts[page];
        const next = starts[page + 1];
        const single = next ? next.piece === from.piece || (next.piece === from.piece + 1 && next.line === 0) : from.piece === boxes.length - 1;
        // Only a page of a single piece that cannot be broken (no lines, or a run of lines that has no allowed break) may be taller.
        if (height > 100.5) expect(single && !boxes[from.piece].lines, `round ${round}: page ${page + 1} is ${height} px`).toBe(true);
      });
    }
  });
});
