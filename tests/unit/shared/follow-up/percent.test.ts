import { describe, expect, it } from 'vitest';
import { wholePercents } from '../../../../shared/follow-up/percent';

describe('wholePercents', () => {
  it('adds up to 100 where rounding each share would not', () => {
    expect(wholePercents([1, 1, 1])).toEqual([34, 33, 33]);
    // Each rounded alone: 17 × 6 = 102.
    expect(wholePercents([1, 1, 1, 1, 1, 1])).toEqual([17, 17, 17, 17, 16, 16]);
    expect(wholePercents([2, 1, 0, 4])).toEqual([29, 14, 0, 57]);
  });

  it('keeps exact shares and zeros as they are, and gives 0 for nothing counted', () => {
    expect(wholePercents([1, 3])).toEqual([25, 75]);
    expect(wholePercents([5, 0, 0])).toEqual([100, 0, 0]);
    expect(wholePercents([0, 0])).toEqual([0, 0]);
  });
});
