import { describe, expect, it } from 'vitest';
import ARIAL from '../../../../shared/documents/arial-widths.json';
import { textLineCount } from '../../../../shared/documents/document-styles';

describe('textLineCount', () => {
  it('has a width for every character of its table: U+0020–U+007E, U+00A0–U+00FF and seven punctuation marks', () => {
    expect(ARIAL.regular).toHaveLength(95 + 96 + 7);
    expect(ARIAL.bold).toHaveLength(95 + 96 + 7);
  });

  it('measures with the widths of the weight asked for', () => {
    // At 10.24 pt an em is 204.8 twips, so a twip is ten units: "i" is 455 units regular, 569 bold.
    const regular = { size: 10.24, bold: false };
    expect(textLineCount('i'.repeat(10), 456, regular)).toBe(1);
    expect(textLineCount('i'.repeat(11), 456, regular)).toBe(2);
    expect(textLineCount('i'.repeat(10), 456, { ...regular, bold: true })).toBe(2);
  });

  it('finds the characters after U+00FF in their place at the end of the table', () => {
    // "…" is a whole em, 200 twips at 10 pt.
    expect(textLineCount('……', 400, { size: 10, bold: false })).toBe(1);
    expect(textLineCount('………', 400, { size: 10, bold: false })).toBe(2);
  });
});
