import os from 'node:os';

/**
 * What the benchmarks (`npm run bench`, `npm run bench:ui`) share in how they
 * report: the machine measured on and the figures of a series.
 */

/** The middle value (the upper of the two middle ones for an even count). */
export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The value `p` (0–1) of the way up the sorted values, nearest rank: `percentile(v, 0.95)` is the p95. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;

/** The machine the figures were measured on, as one line. */
export const machineLine = () =>
  `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
