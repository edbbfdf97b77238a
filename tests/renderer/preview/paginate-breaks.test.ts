import { describe, expect, it } from 'vitest';
import { paginate, type PieceBox } from '../../../renderer/preview/paginate';

/** Pages starting at the start of these pieces. */
const at = (...pieces: number[]) => pieces.map((piece) => ({ piece, line: 0 }));

/** Pieces stacked with no gaps, `heights` high; `breaks` start a page whatever room is left. */
function stack(heights: number[], { keep = [], breaks = [] }: { keep?: number[]; breaks?: number[] } = {}): PieceBox[] {
  let top = 0;
  return heights.map((height, i) => {
    const box = { top, bottom: top + height, keepWithNext: keep.includes(i), breakBefore: breaks.includes(i) };
    top += height;
    return box;
  });
}

describe('paginate with appended documents', () => {
  it('starts an appended document on a page of its own, however much room is left', () => {
    expect(paginate(stack([20, 20, 20]), 100)).toEqual(at(0));
    expect(paginate(stack([20, 20, 20], { breaks: [1] }), 100)).toEqual(at(0, 1));
    // Its pages are counted from its own start.
    expect(paginate(stack([90, 30, 60, 30], { breaks: [1] }), 100)).toEqual(at(0, 1, 3));
  });

  it('never pulls a heading kept with the next piece over the break', () => {
    expect(paginate(stack([50, 10, 60], { keep: [1], breaks: [2] }), 100)).toEqual(at(0, 2));
  });
});
