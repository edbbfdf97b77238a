import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { identityText } from '../../shared/draft/identity';
import { DRAFT_STATUSES, type Draft, type DraftStatus, type DraftSummary } from '../../shared/draft/schema';
import { UserError } from '../../shared/errors';
import { VERSIONS_MESSAGE } from '../../shared/i18n/versions';
import { VERSION_REASONS, type VersionReason, type VersionSummary } from '../../shared/ipc/contract';
import { isAtomicTempFile, writeFileAtomic } from './atomic-file';
import { readDraftFile } from './draft-file';
import { draftFileText } from '../../shared/draft/write-draft';
import { writeGateOf, type WriteGate } from './write-gate';

/** How versions are taken and pruned; every field has a default. */
export interface DraftHistoryOptions {
  /** The clock: versions' times, the snapshot interval and the age of versions when pruning. */
  now?: () => Date;
  /** Editing keeps at most one 'redigering' snapshot per this many milliseconds (default 5 minutes). */
  snapshotEveryMs?: number;
  /** The newest this many versions are never pruned (default 10, at least 1). */
  keepNewest?: number;
  /** For this many days a version per day is kept, then one per month (default 30). */
  dailyDays?: number;
  /** The data folder's write gate, which a restore of a backup closes; the folder's own ({@link writeGateOf}) unless told. */
  gate?: WriteGate;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** The defaults of {@link DraftHistoryOptions}. */
export const HISTORY_DEFAULTS = { snapshotEveryMs: 5 * MINUTE_MS, keepNewest: 10, dailyDays: 30 } as const;

/** The folder of the data folder that holds the history, one subfolder per draft. */
export const HISTORY_DIR = 'historik';

const REASON = `(${VERSION_REASONS.join('|')})`;
const VERSION_ID = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(\\d{3})-${REASON}$`);

/** A version id taken apart. */
export interface ParsedVersionId {
  savedAt: string;
  /** Orders versions kept within the same millisecond. */
  sequence: number;
  reason: VersionReason;
}

/**
 * The id (and file name, without `.json`) of a version: its time, a sequence
 * number within that millisecond and its reason, e.g.
 * `2026-11-21T14-02-03-123Z-000-export`. Ids sort by time as strings.
 */
export function versionIdOf(savedAt: Date, sequence: number, reason: VersionReason): string {
  return `${savedAt.toISOString().replace(/[:.]/g, '-')}-${String(sequence).padStart(3, '0')}-${reason}`;
}

/** Takes a version id apart; null for anything {@link versionIdOf} does not write (so no path ever escapes the folder). */
export function parseVersionId(id: string): ParsedVersionId | null {
  const match = VERSION_ID.exec(id);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis, sequence, reason] = match;
  const savedAt = `${date}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(Date.parse(savedAt))) return null;
  return { savedAt, sequence: Number(sequence), reason: reason as VersionReason };
}

/**
 * Versions that left the app (a file, a printout, an email), came in from
 * another party or were overwritten: kept whatever their age. The shared and
 * imported ones are the versions the parties have in common, which a
 * returned file is merged against.
 */
const KEPT_REASONS: ReadonlySet<VersionReason> = new Set([
  'export',
  'pdf',
  'utskriven',
  'e-post',
  'uppfoljning',
  'delad',
  'importerad',
  'ersatt-vid-import',
  'fore-mottagning',
  'mottagen',
  'granskning',
]);

/**
 * The versions exchanged with other parties, shared or received: the texts
 * both sides have. Their identities are what a shared file names as based
 * on, and a granskningsversion is compared with the newest.
 */
const EXCHANGED_REASONS: ReadonlySet<VersionReason> = new Set(['delad', 'importerad']);

/** Whether a version with this reason was exchanged with another party (see EXCHANGED_REASONS). */
export const isExchanged = (reason: VersionReason): boolean => EXCHANGED_REASONS.has(reason);

/**
 * A version's identity: the SHA-256 (hex) of its canonical JSON
 * (shared/draft/identity.ts), the same in every library that holds it.
 */
export function draftIdentity(draft: Draft): string {
  return createHash('sha256').update(identityText(draft), 'utf8').digest('hex');
}

/**
 * Whether pruning must keep a version whatever its age: one that was
 * exported, shared or imported, one that became klar or undertecknad, one
 * that is signed, and the draft an import replaced or took changes into.
 */
export function isKept(reason: VersionReason, status: DraftStatus): boolean {
  if (KEPT_REASONS.has(reason)) return true;
  if (reason === 'status' && status !== 'utkast') return true;
  return status === 'undertecknad';
}

/** What pruning needs to know of a version. */
export interface PrunableVersion {
  id: string;
  savedAt: string;
  kept: boolean;
}

/**
 * The versions that pruning removes, from a list newest first. Kept are:
 * - the newest `keepNewest` versions;
 * - every version marked `kept` (see {@link isKept});
 * - the newest version of each day (UTC) for versions younger than
 *   `dailyDays` days, and the newest version of each calendar month (UTC)
 *   for older ones.
 * Everything else goes. So a draft keeps at most `keepNewest` + its kept
 * versions + `dailyDays` + one per month of its life.
 */
export function versionsToPrune(
  versions: readonly PrunableVersion[],
  now: Date,
  { keepNewest, dailyDays }: { keepNewest: number; dailyDays: number },
): string[] {
  const seenPeriods = new Set<string>();
  return versions
    .filter((version, index) => {
      const period = periodOf(version.savedAt, now, dailyDays);
      const newestOfPeriod = !seenPeriods.has(period);
      seenPeriods.add(period);
      return !(index < keepNewest || version.kept || newestOfPeriod);
    })
    .map((version) => version.id);
}

/** The day (young versions) or month (old ones) that a version represents when pruning. */
function periodOf(savedAt: string, now: Date, dailyDays: number): string {
  const young = now.getTime() - Date.parse(savedAt) < dailyDays * DAY_MS;
  return young ? `dag ${savedAt.slice(0, 10)}` : `månad ${savedAt.slice(0, 7)}`;
}

/** One version as the per-draft index keeps it; title, status and updatedAt are null for a file that cannot be read. */
const indexEntrySchema = z.object({
  id: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  title: z.string().nullable(),
  status: z.enum(DRAFT_STATUSES).nullable(),
  /** The draft's own `updatedAt`: which saved state the version holds. */
  updatedAt: z.string().nullable(),
  /** The version's identity ({@link draftIdentity}); absent in an index an older app wrote, then computed when asked for. */
  identity: z.string().nullable().optional(),
});
type IndexEntry = z.infer<typeof indexEntrySchema>;
type ReadableEntry = IndexEntry & { title: string; status: DraftStatus; updatedAt: string };

const indexSchema = z.object({
  format: z.literal('samverka-historik'),
  formatVersion: z.literal(1),
  versions: z.array(indexEntrySchema),
});

const INDEX_FILE = 'index.json';

/** The tail of each draft history's queue of changes, by its folder. */
const queues = new Map<string, Promise<unknown>>();

const isReadable = (entry: IndexEntry): entry is ReadableEntry => entry.title !== null && entry.status !== null && entry.updatedAt !== null;

/** The newest version first: ids sort by time. */
const newestFirst = (a: { id: string }, b: { id: string }) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

function summaryOf(entry: ReadableEntry): VersionSummary {
  const { savedAt, reason } = parseVersionId(entry.id)!;
  return { id: entry.id, savedAt, reason, title: entry.title, status: entry.status, kept: isKept(reason, entry.status) };
}

/**
 * The earlier versions of each draft of a data folder ("Versioner"). Each
 * version is a whole draft file, written atomically, at
 * `<dataDir>/historik/<draftId>/<versionId>.json`, and read with the same
 * validation as the drafts themselves. Beside them `index.json` caches what
 * the list shows; it is checked against the folder (names, sizes, times) on
 * every list and rebuilt from the version files where it is out of step, so
 * listing 200 versions reads one small file and stats 200, not 10 MB of drafts.
 * A version file that cannot be read is left where it is and not listed.
 *
 * Changes to one draft's history are made one at a time. After each new
 * version the history is pruned by {@link versionsToPrune}. Every read and
 * write passes the data folder's write gate, so none runs while a backup is
 * restored (and `historik/` swapped): they wait, and then see the restored history.
 */
export class DraftHistory {
  private readonly now: () => Date;
  private readonly snapshotEveryMs: number;
  private readonly keepNewest: number;
  private readonly dailyDays: number;
  /** The versions of each draft loaded so far, newest first, for decisions on every save without touching the disk. */
  private readonly cache = new Map<string, IndexEntry[]>();
  private readonly gate: WriteGate;

  constructor(
    readonly dataDir: string,
    options: DraftHistoryOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.snapshotEveryMs = options.snapshotEveryMs ?? HISTORY_DEFAULTS.snapshotEveryMs;
    this.keepNewest = Math.max(1, options.keepNewest ?? HISTORY_DEFAULTS.keepNewest);
    this.dailyDays = options.dailyDays ?? HISTORY_DEFAULTS.dailyDays;
    this.gate = options.gate ?? writeGateOf(dataDir);
  }

  /** The folder of all histories. */
  get historyDir(): string {
    return path.join(this.dataDir, HISTORY_DIR);
  }

  /** Keeps a draft, as it is, as a new version; then prunes the draft's history. */
  record(draft: Draft, reason: VersionReason): Promise<VersionSummary> {
    return this.exclusive(draft.id, () => this.write(draft, reason, this.now()));
  }

  /**
   * Call before a save replaces the stored draft: when the stored state is
   * the end of an editing session (last saved at least the snapshot interval
   * ago) and no version holds it, it is kept as a 'redigering' version dated
   * when it was saved. `readStored` is only called then, so at most once per
   * session.
   *
   * @param previous the stored draft's summary, undefined for a draft new to the library
   * @returns the version kept, or null
   */
  beforeSave(previous: DraftSummary | undefined, readStored: () => Promise<Draft>): Promise<VersionSummary | null> {
    if (!previous) return Promise.resolve(null);
    return this.exclusive(previous.id, async () => {
      const savedAt = Date.parse(previous.updatedAt);
      if (Number.isNaN(savedAt) || this.now().getTime() - savedAt < this.snapshotEveryMs) return null;
      const entries = (await this.cached(previous.id)).filter(isReadable);
      if (entries.some((entry) => entry.updatedAt === previous.updatedAt)) return null;
      const newest = entries[0] ? Date.parse(parseVersionId(entries[0].id)!.savedAt) : -Infinity;
      return this.write(await readStored(), 'redigering', new Date(Math.max(savedAt, newest)));
    });
  }

  /**
   * Call after a save: keeps a 'status' version when the status changed, and
   * otherwise a 'redigering' snapshot when the newest version is at least the
   * snapshot interval old (or there is none).
   *
   * @param previous the stored draft's summary before the save, undefined for a draft new to the library
   * @param saved the draft as saved
   * @returns the version kept, or null
   */
  afterSave(previous: DraftSummary | undefined, saved: Draft): Promise<VersionSummary | null> {
    return this.exclusive(saved.id, async () => {
      const now = this.now();
      if (previous && previous.status !== saved.status) return this.write(saved, 'status', now);
      const newest = (await this.cached(saved.id)).find(isReadable);
      if (newest && now.getTime() - Date.parse(parseVersionId(newest.id)!.savedAt) < this.snapshotEveryMs) return null;
      return this.write(saved, 'redigering', now);
    });
  }

  /** The versions of a draft that can be read, newest first; none for a draft without history. */
  list(draftId: string): Promise<VersionSummary[]> {
    return this.exclusive(draftId, async () => (await this.load(draftId)).filter(isReadable).map(summaryOf));
  }

  /**
   * The identities of the draft's versions exchanged with other parties
   * ('delad' and 'importerad'), newest first, each once: what a shared file
   * names as based on.
   */
  exchanged(draftId: string): Promise<string[]> {
    return this.exclusive(draftId, async () => {
      const entries = (await this.withIdentities(draftId)).filter((entry) => isExchanged(parseVersionId(entry.id)!.reason));
      return [...new Set(entries.flatMap((entry) => (entry.identity ? [entry.identity] : [])))];
    });
  }

  /**
   * The newest version of the draft whose identity is one of `identities`,
   * read from this history (never from whoever named them), or null when
   * none is kept.
   */
  async find(draftId: string, identities: readonly string[]): Promise<{ version: VersionSummary; draft: Draft } | null> {
    const wanted = new Set(identities);
    const found = await this.exclusive(draftId, async () => (await this.withIdentities(draftId)).find((entry) => entry.identity && wanted.has(entry.identity)));
    if (!found || !isReadable(found)) return null;
    const draft = await this.get(draftId, found.id);
    // The file may have been replaced since the index was read: only the content named is the common version.
    return wanted.has(draftIdentity(draft)) ? { version: summaryOf(found), draft } : null;
  }

  /** One version, read and validated like a draft file; a UserError when it is gone or cannot be read. */
  async get(draftId: string, versionId: string): Promise<Draft> {
    if (!parseVersionId(versionId)) throw new UserError('not-found', VERSIONS_MESSAGE.versionNotFound());
    const file = path.join(this.folderOf(draftId), `${versionId}.json`);
    const result = await this.gate.pass(() => readDraftFile(file));
    if (result.ok) return result.draft;
    if (result.error.code === 'not-found') throw new UserError('not-found', VERSIONS_MESSAGE.versionNotFound());
    throw new UserError(result.error.code, VERSIONS_MESSAGE.versionUnreadable(result.error.message));
  }

  /**
   * Forgets what was loaded of every draft's history, so the next decision
   * reads the folder again: call after the data folder was replaced (a backup
   * restored). Lists and new versions always read the folder anyway.
   */
  forget(): void {
    this.cache.clear();
  }

  /**
   * Runs `change` after the changes to the same draft's history queued before
   * it, by this history or another of the same folder in this process (the
   * handlers are made anew when the library turns read-only or writable),
   * past the write gate.
   */
  private exclusive<T>(draftId: string, change: () => Promise<T>): Promise<T> {
    const key = path.join(path.resolve(this.historyDir), draftId.toLowerCase());
    const result = (queues.get(key) ?? Promise.resolve()).then(() => this.gate.pass(change));
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return result;
  }

  /** Writes a version, updates the index and prunes. Runs inside a change. */
  private async write(draft: Draft, reason: VersionReason, at: Date): Promise<VersionSummary> {
    const folder = this.folderOf(draft.id);
    const entries = await this.load(draft.id);
    const id = versionIdOf(at, nextSequence(entries, at), reason);
    const file = path.join(folder, `${id}.json`);
    await mkdir(folder, { recursive: true });
    // Compact, as the store writes drafts: a version must stay within what the reader accepts (shared/draft/write-draft.ts).
    const text = draftFileText(draft);
    if (!text.ok) throw new UserError(text.code, text.message);
    await writeFileAtomic(file, text.text);
    const info = await stat(file);
    const entry: ReadableEntry = {
      id,
      size: info.size,
      mtimeMs: info.mtimeMs,
      title: draft.title,
      status: draft.status,
      updatedAt: draft.updatedAt,
      identity: draftIdentity(draft),
    };
    const versions = [...entries, entry].sort(newestFirst);

    const pruned = new Set(versionsToPrune(versions.filter(isReadable).map(summaryOf), this.now(), { keepNewest: this.keepNewest, dailyDays: this.dailyDays }));
    for (const versionId of pruned) await rm(path.join(folder, `${versionId}.json`), { force: true });
    const kept = versions.filter((version) => !pruned.has(version.id));

    await this.writeIndex(folder, kept);
    this.cache.set(draft.id.toLowerCase(), kept);
    return summaryOf(entry);
  }

  /**
   * The versions of a draft, newest first, each readable one with its
   * identity: those an older app's index lacks are read and computed once,
   * and the index rewritten. Runs inside a change.
   */
  private async withIdentities(draftId: string): Promise<IndexEntry[]> {
    const entries = await this.load(draftId);
    const missing = entries.filter((entry) => entry.identity === undefined);
    if (missing.length === 0) return entries;
    const folder = this.folderOf(draftId);
    const computed = await Promise.all(
      entries.map(async (entry) => {
        if (entry.identity !== undefined) return entry;
        const result = await readDraftFile(path.join(folder, `${entry.id}.json`));
        return { ...entry, identity: result.ok ? draftIdentity(result.draft) : null };
      }),
    );
    await this.writeIndex(folder, computed);
    this.cache.set(draftId.toLowerCase(), computed);
    return computed;
  }

  /** The versions as last loaded, loading them the first time. */
  private async cached(draftId: string): Promise<IndexEntry[]> {
    return this.cache.get(draftId.toLowerCase()) ?? this.load(draftId);
  }

  /**
   * The versions of a draft, newest first, from the index where it matches
   * the folder; files it does not know (or knows with another size or time)
   * are read, and the index is rewritten when anything differed.
   */
  private async load(draftId: string): Promise<IndexEntry[]> {
    const folder = this.folderOf(draftId);
    const names = await readdir(folder).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return [] as string[];
      throw error;
    });
    await removeStaleTempFiles(folder, names.filter(isAtomicTempFile));
    const ids = names.filter((name) => name.endsWith('.json') && parseVersionId(name.slice(0, -'.json'.length))).map((name) => name.slice(0, -'.json'.length));
    const indexed = await readIndex(folder);
    const loaded = await Promise.all(ids.map((id) => this.entryOf(folder, id, indexed.get(id))));
    const entries = loaded.filter((entry): entry is IndexEntry => entry !== null).sort(newestFirst);
    const unchanged = entries.length === indexed.size && entries.every((entry) => indexed.get(entry.id) === entry);
    if (!unchanged) await this.writeIndex(folder, entries);
    this.cache.set(draftId.toLowerCase(), entries);
    return entries;
  }

  /** The index's entry of a version file when its size and time match, else the file read anew; null when the file is gone. */
  private async entryOf(folder: string, id: string, known: IndexEntry | undefined): Promise<IndexEntry | null> {
    const file = path.join(folder, `${id}.json`);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known;
    const result = await readDraftFile(file);
    const draft = result.ok ? result.draft : null;
    return {
      id,
      size: info.size,
      mtimeMs: info.mtimeMs,
      title: draft?.title ?? null,
      status: draft?.status ?? null,
      updatedAt: draft?.updatedAt ?? null,
      identity: draft ? draftIdentity(draft) : null,
    };
  }

  private async writeIndex(folder: string, versions: IndexEntry[]): Promise<void> {
    if (versions.length === 0) return;
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(path.join(folder, INDEX_FILE), JSON.stringify({ format: 'samverka-historik', formatVersion: 1, versions }));
  }

  private folderOf(draftId: string): string {
    // Draft ids reaching here are UUIDs (checked by the contract's schema); this guards the path anyway.
    if (!/^[0-9a-fA-F-]{36}$/.test(draftId)) throw new UserError('not-found', VERSIONS_MESSAGE.versionNotFound());
    return path.join(this.historyDir, draftId.toLowerCase());
  }
}

/** How old a temporary file must be before it is taken for a write a stopped process left: no write takes minutes. */
const STALE_TEMP_MS = 10 * MINUTE_MS;

/**
 * Removes the temporary files of version and index writes that a stopped
 * process left in a history folder. Only old ones: a young one may be
 * another app's write under way (an app that has the data folder open
 * read-only lists versions too).
 */
async function removeStaleTempFiles(folder: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const file = path.join(folder, name);
    const info = await stat(file).catch(() => null);
    // The file system's clock, not the history's (which tests set): the times compared are the disk's.
    if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await rm(file, { force: true });
  }
}

/** The sequence number of a new version kept at `at`: one more than any other of that millisecond. */
function nextSequence(versions: readonly { id: string }[], at: Date): number {
  const stamp = at.toISOString();
  const sequences = versions.map((version) => parseVersionId(version.id)).filter((parsed) => parsed?.savedAt === stamp);
  return Math.max(-1, ...sequences.map((parsed) => parsed!.sequence)) + 1;
}

/** The index of a history folder by version id; empty when it is missing or not ours. */
async function readIndex(folder: string): Promise<Map<string, IndexEntry>> {
  try {
    const parsed = indexSchema.safeParse(JSON.parse(await readFile(path.join(folder, INDEX_FILE), 'utf8')));
    return new Map(parsed.success ? parsed.data.versions.map((entry) => [entry.id, entry]) : []);
  } catch {
    return new Map();
  }
}
