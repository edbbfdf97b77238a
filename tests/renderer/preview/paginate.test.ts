import { describe, expect, it } from 'vitest';
import { paginate, type PieceBox } from '../../../renderer/preview/paginate';

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
    expect(paginate([], 100)).toEqual([]);
    expect(paginate(stack([40, 40, 20]), 100)).toEqual([0]);
    expect(paginate(stack([40, 40, 30, 50, 60]), 100)).toEqual([0, 2, 4]);
  });

  it('counts the space between pieces but not above the first piece of a page', () => {
    const boxes: PieceBox[] = [
      { top: 0, bottom: 50, keepWithNext: false },
      { top: 70, bottom: 95, keepWithNext: false },
      // 30 px of margin above this one: it does not fit after the first two, but starts the next page at its own top.
      { top: 125, bottom: 200, keepWithNext: false },
      { top: 210, bottom: 225, keepWithNext: false },
    ];
    expect(paginate(boxes, 100)).toEqual([0, 2]);
  });

  it('moves a heading over with the piece it keeps with', () => {
    // Piece 2 is a heading kept with piece 3, which does not fit: both start the next page.
    expect(paginate(stack([40, 40, 10, 30]), 100)).toEqual([0, 3]);
    expect(paginate(stack([40, 40, 10, 30], [2]), 100)).toEqual([0, 2]);
    // A chain of keeps: the heading, the lead-in, and the first bullet go together.
    expect(paginate(stack([60, 10, 10, 30], [1, 2]), 100)).toEqual([0, 1]);
  });

  it('breaks a chain longer than a page where the page is full, and gives an oversized piece its own page', () => {
    expect(paginate(stack([40, 40, 40, 40], [0, 1, 2]), 100)).toEqual([0, 2]);
    expect(paginate(stack([20, 250, 20]), 100)).toEqual([0, 1, 2]);
  });
});
