import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { isFollowedUp, summarize } from '../../shared/draft/summary';
import type { Activity, Draft, DraftStatus, DraftSummary, FollowUp } from '../../shared/draft/schema';

/**
 * What the store knows of the version of each draft file on disk, for
 * conditional saves. A save states the version it was based on (the
 * draft's `updatedAt`), and the store must compare it with the file as it
 * is now, not as it remembers it: another app may have the same data folder
 * open. Reading a 1.5 MB draft with every check takes tens of milliseconds,
 * so the store keeps, per file, what a save needs of it (its `updatedAt`,
 * status, links and follow-up) with the file's version on disk then (size,
 * modification time, inode: an atomic save of any app makes a new inode).
 * A stat tells whether the file is still that version; only when it is not
 * is the file read.
 */

/** What identifies one version of a file on disk. */
export const fileVersionSchema = z.object({ size: z.number(), mtimeMs: z.number(), ino: z.number() });
export type FileVersion = z.infer<typeof fileVersionSchema>;

export const versionOf = (info: Stats): FileVersion => ({ size: info.size, mtimeMs: info.mtimeMs, ino: info.ino });

export const sameVersion = (a: FileVersion, b: FileVersion): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

/** What a save needs to know of a draft file. */
export interface DraftFacts {
  updatedAt: string;
  status: DraftStatus;
  relatedIds: string[];
  /** Each activity's stored follow-up; null when only the index's summary was read, which counts them in `followedUp`. */
  followUp: Map<string, FollowUp | undefined> | null;
  followedUp: number;
}

/** The facts of a draft as written or read (copies: the draft may be handed on and changed). */
export function factsOf(draft: Draft): DraftFacts {
  return {
    updatedAt: draft.updatedAt,
    status: draft.status,
    relatedIds: [...draft.relatedIds],
    followUp: new Map(draft.activities.map((activity) => [activity.id, activity.followUp && { ...activity.followUp }])),
    followedUp: summarize(draft).followUp.followedUp,
  };
}

/** The facts the index's summary gives of a draft: all but each activity's follow-up. */
function factsOfSummary(summary: DraftSummary): DraftFacts {
  return { updatedAt: summary.updatedAt, status: summary.status, relatedIds: [...summary.relatedIds], followUp: null, followedUp: summary.followUp.followedUp };
}

/** Each draft file's facts as the store last wrote or read it, with the file's version then; by draft id. */
export class KnownVersions {
  private readonly files = new Map<string, { version: FileVersion; facts: DraftFacts }>();

  /** The facts of the file of draft `id` at `file`, when it is still the version known (one stat); null otherwise. */
  async ifUnchanged(id: string, file: string): Promise<DraftFacts | null> {
    const known = this.files.get(id);
    if (!known) return null;
    const info = await stat(file).catch(() => null);
    return info?.isFile() && sameVersion(known.version, versionOf(info)) ? known.facts : null;
  }

  /** Records a draft as written or read at `version`; with none (the file changed while it was read) forgets it. */
  set(id: string, draft: Draft, version: FileVersion | null): void {
    if (version) this.files.set(id, { version, facts: factsOf(draft) });
    else this.files.delete(id);
  }

  /** Records a draft as the index's summary describes its file at `version`. */
  setFromSummary(id: string, summary: DraftSummary, version: FileVersion): void {
    this.files.set(id, { version, facts: factsOfSummary(summary) });
  }

  /** The version of the file of draft `id` as known, for the index. */
  version(id: string): FileVersion | undefined {
    return this.files.get(id)?.version;
  }

  delete(id: string): void {
    this.files.delete(id);
  }

  clear(): void {
    this.files.clear();
  }
}

/**
 * The `updatedAt` of a new version: `now`, or just after the version it
 * replaces when the clock says otherwise (two saves in one millisecond, a
 * clock set back, another computer's clock ahead), so every version of a
 * file has an `updatedAt` of its own and a save based on one names it alone.
 */
export function stampAfter(now: Date, previous: string | undefined): string {
  const after = previous === undefined ? Number.NaN : Date.parse(previous) + 1;
  return new Date(Number.isNaN(after) ? now.getTime() : Math.max(now.getTime(), after)).toISOString();
}

/**
 * Whether keeping the stored follow-up needs the stored draft read: the
 * facts come from the index's summary, and there is follow-up to keep or to
 * drop. With none followed up on either side, the editor's untouched
 * follow-up ("ej påbörjad", nothing written) says what the file's does.
 */
export function needsStoredFollowUp(stored: DraftFacts, activities: Activity[]): boolean {
  return stored.followUp === null && (stored.followedUp > 0 || activities.some(isFollowedUp));
}

/**
 * `activities` with the follow-up stored for each: an activity the stored
 * draft has keeps its stored follow-up (none, if it has none), whatever the
 * editor's copy says; a new one keeps its own. A save never changes follow-up.
 */
export function withStoredFollowUp(stored: Map<string, FollowUp | undefined> | null, activities: Activity[]): Activity[] {
  if (!stored) return activities;
  return activities.map((activity) => {
    if (!stored.has(activity.id)) return activity;
    const kept = stored.get(activity.id);
    if (kept) return { ...activity, followUp: { ...kept } };
    const { followUp: _editorCopy, ...rest } = activity;
    return rest;
  });
}
