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
