/**
 * Each count's share of their sum in whole percent, adding up to exactly
 * 100 (largest remainder: every share is rounded down, then the ones that
 * lost most get a point each until the sum is 100). Rounding each share on
 * its own can give 99 or 102. Zero counts stay 0; a sum of 0 gives all 0.
 */
export function wholePercents(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count / total) * 100);
  const shares = exact.map(Math.floor);
  const missing = 100 - shares.reduce((sum, share) => sum + share, 0);
  // Largest remainder first; among equal remainders, the earlier count (the report's order).
  const byRemainder = exact.map((value, i) => ({ i, rest: value - shares[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder.slice(0, missing)) shares[i] += 1;
  return shares;
}
