import type { VersionSummary } from '../../shared/ipc/contract';

/** The versions newest first (by the time each was kept; ties keep the Node side's order). */
export function newestFirst(versions: readonly VersionSummary[]): VersionSummary[] {
  return versions
    .map((version, i) => ({ version, i, time: Date.parse(version.savedAt) }))
    .sort((a, b) => (b.time - a.time) || (a.i - b.i))
    .map(({ version }) => version);
}

/** The version to show: the one chosen while it still exists, else the newest; null for none. */
export function shownVersion(versions: readonly VersionSummary[], chosenId: string | null): VersionSummary | null {
  return versions.find((v) => v.id === chosenId) ?? versions[0] ?? null;
}

/** The draft as it is now, as one side of "Jämför". */
export const CURRENT = 'current';
/** One side of "Jämför": a kept version, or the draft as it is now. */
export type CompareSide = VersionSummary | typeof CURRENT;

/** The two sides of "Jämför", the older first (the draft as it is now is newer than any version). */
export function olderFirst([a, b]: readonly [CompareSide, CompareSide]): [CompareSide, CompareSide] {
  const time = (side: CompareSide) => (side === CURRENT ? Infinity : Date.parse(side.savedAt));
  return time(b) < time(a) ? [b, a] : [a, b];
}
