import { randomBytes } from 'node:crypto';
import { constants, type Dirent } from 'node:fs';
import { copyFile, lstat, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../../shared/errors';
import { RESTORE_MESSAGE, BACKUP_MESSAGE } from '../../shared/i18n/data';
import { fileSystemCause } from '../../shared/i18n/file-system';
import type { BackupSummary } from '../../shared/ipc/contract';
import { isAtomicTempFile, syncFolder, writeFileAtomic } from './atomic-file';
import { isFolderLockFile } from './folder-lock';
import { LIBRARY_FOLDERS } from './draft-file-names';
import { newestFirst } from '../../shared/calendar';

/**
 * Backups of the data folder: each is a folder copy of everything in it
 * (drafts/, historik/, index.json, karantan/, borttagna/ …) in
 *
 *     <backupDir>/<id>/manifest.json   when, why, how many drafts, how many bytes
 *     <backupDir>/<id>/data/…          the data folder as it was
 *
 * where `<id>` is `<time>-<trigger>`, e.g. `2026-03-01T10-00-00-000Z-manuell`.
 * A backup is made in a folder whose name starts with a dot and renamed to
 * its id only when complete, and a removed one is renamed away before it is
 * deleted, so a half-made or half-removed backup is never listed. Every file
 * is flushed to disk before the rename. Symbolic links and other special
 * files are never followed or copied, nor are the temporary files of a write
 * under way, nor the data folder's lock and the app's working files at its
 * top (whose names start with a dot: a restore under way).
 *
 * Generations kept (`pruneBackups`): for each trigger, the newest
 * {@link KEEP_BACKUPS}; a backup made before a restore
 * ("fore-aterstallning") also whatever its rank for
 * {@link KEEP_BEFORE_RESTORE_MS} (a week), so an unwanted restore can be
 * undone even after many scheduled backups.
 *
 * A restore is one step for whoever looks at the data folder afterwards,
 * even if the process is killed in the middle: see {@link restoreBackup} and
 * {@link recoverDataFolder}, which the app runs before it opens the library.
 *
 * Backups, prunes, restores and recoveries of this process run one at a time.
 */

export type BackupTrigger = BackupSummary['trigger'];
export const BACKUP_TRIGGERS = ['schema', 'manuell', 'fore-aterstallning'] as const satisfies readonly BackupTrigger[];

/** Backups kept of each trigger. */
export const KEEP_BACKUPS = 10;
/** How long a backup made before a restore is kept, however many come after it. */
export const KEEP_BEFORE_RESTORE_MS = 7 * 24 * 60 * 60 * 1000;
/** How often the schedule looks whether a backup is due. */
export const BACKUP_CHECK_MS = 60 * 60 * 1000;
/**
 * A backup still being made after this long was left by a process that
 * stopped; a prune removes it. When the library opens, every half-made
 * backup is removed at once ({@link recoverDataFolder}).
 */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

/**
 * The entries of the data folder that a restore replaces by the backup's
 * copy (and removes when the backup has none). Anything else at the top of
 * the data folder is left as it is: what the restore does not know (the
 * shared folder's lock, a folder of a newer Samverka) it never removes.
 */
const RESTORED = [LIBRARY_FOLDERS.drafts, 'historik', 'exporter.json'] as const;
/** Folders of the data folder that only ever gain files (moved-aside and deleted drafts): a restore adds to them, never replaces them. */
const APPEND_ONLY = [LIBRARY_FOLDERS.quarantine, LIBRARY_FOLDERS.deleted] as const;
/**
 * The library's index: a cache of the drafts' summaries, written a moment
 * after them, so a backup's copy may lag behind its drafts. A restore moves
 * it out and brings in none; the library rebuilds it from the restored drafts.
 */
const REBUILT = ['index.json'] as const;

/** A backup's id: its time (an ISO time with `-` for `:` and `.`), its trigger, and a number when two share a millisecond. */
const BACKUP_ID = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(schema|manuell|fore-aterstallning)(?:-([2-9]|[1-9]\d))?$/;
const PARTIAL_PREFIX = '.pagaende-';
const REMOVING_PREFIX = '.borttas-';
const DRAFT_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i;
const MANIFEST = 'manifest.json';
const DATA = 'data';

/**
 * A restore's working folder, inside the data folder (so every move is a
 * rename on one disk): `steg.json`, the journal of how far it got; `ny/`,
 * the backup's entries, copied; `gammal/`, the entries they replace.
 */
const WORK_PREFIX = '.aterstallning-';
const JOURNAL = 'steg.json';
const INCOMING = 'ny';
const OUTGOING = 'gammal';

const manifestSchema = z.object({
  format: z.literal('samverka-sakerhetskopia'),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  trigger: z.enum(BACKUP_TRIGGERS),
  drafts: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});

/**
 * How far a restore got. `kopierar`: the backup's entries are being copied
 * into `ny/`; the data folder is untouched. `byter`: the copy is complete
 * and the entries are being swapped (moved to `gammal/`, moved in from
 * `ny/`); whoever finds this finishes the swap. `klar`: the swap is done and
 * the working folder is being removed.
 */
const journalSchema = z.object({
  format: z.literal('samverka-aterstallning'),
  formatVersion: z.literal(1),
  step: z.enum(['kopierar', 'byter', 'klar']),
  /** The backup being restored, and when it was made (for the message). */
  backup: z.string(),
  backupCreatedAt: z.iso.datetime(),
  /** The backup made of the data folder just before, which holds every entry moved to `gammal/`. */
  before: z.string(),
  /** The entries copied into `ny/`: those of {@link RESTORED} and {@link APPEND_ONLY} the backup has. */
  incoming: z.array(z.enum(RESTORED)),
  appended: z.array(z.enum(APPEND_ONLY)),
});
type Journal = z.infer<typeof journalSchema>;

/** Where the data folder is and where its backups go (beside it, never in it). */
export interface BackupFolders {
  dataDir: string;
  backupDir: string;
}

export interface BackupOptions {
  now?: () => Date;
  /** Backups kept of each trigger; {@link KEEP_BACKUPS} unless told. */
  keep?: number;
}

/** Whether `id` has the form of a backup's id; anything else (a path, `..`) names no backup. */
export function isBackupId(id: string): boolean {
  return BACKUP_ID.test(id);
}

/** The complete backups in `backupDir`, newest first; an unfinished or unreadable one is not listed. */
export async function listBackups(backupDir: string): Promise<BackupSummary[]> {
  let names: string[];
  try {
    names = await readdir(backupDir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const found = await Promise.all(names.filter(isBackupId).map((id) => readManifest(backupDir, id)));
  return found.filter((summary) => summary !== null).sort(newestBackupFirst);
}

/** Makes a backup of the data folder now, then prunes old generations. */
export function createBackup(folders: BackupFolders, trigger: BackupTrigger, options: BackupOptions = {}): Promise<BackupSummary> {
  return serially(async () => {
    const summary = await makeBackup(folders, trigger, options.now?.() ?? new Date());
    await pruneAfter(folders.backupDir, options);
    return summary;
  });
}

/** Removes the generations the rule does not keep (see the module's comment), and what stopped processes left. */
export function pruneBackups(backupDir: string, options: BackupOptions = {}): Promise<void> {
  return serially(() => prune(backupDir, options));
}

/**
 * Makes the data folder what it was in a backup: first a backup of it as it
 * is ("fore-aterstallning"), then the entries of {@link RESTORED} are
 * replaced by the backup's copies (one the backup lacks is removed),
 * `karantan/` and `borttagna/` only gain the backup's files they do not
 * have, and `index.json` is removed for the library to rebuild; anything
 * else in the data folder is left as it is.
 *
 * The backup's entries are first copied into a working folder inside the
 * data folder, and only then swapped in by renames, with a journal of the
 * step reached, flushed to disk before each step: a process killed at any
 * moment leaves the old library (the copy was not complete: the next opening
 * removes it) or a swap that {@link recoverDataFolder} finishes, never a data
 * folder without its drafts. The entries moved out are deleted only once the
 * swap is done; they are in the backup made first. A swap that fails (a file
 * held open by another program) is undone, and the failure reported.
 *
 * The caller runs this with no write to the data folder under way or
 * starting (the store's `replaceLibrary`, the write gate) and reads the
 * library again afterwards.
 *
 * @returns the backup made of the data folder before the restore
 */
export function restoreBackup(folders: BackupFolders, id: string, options: BackupOptions = {}): Promise<BackupSummary> {
  return serially(async () => {
    const source = await requireBackup(folders.backupDir, id);
    const before = await makeBackup(folders, 'fore-aterstallning', options.now?.() ?? new Date());
    try {
      await swapIn(source.data, folders.dataDir, { backup: source.id, backupCreatedAt: source.createdAt, before: before.id });
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError('restore-failed', BACKUP_MESSAGE.restoreFailed(fileSystemCause(errorCode(error))));
    }
    // Pruned only now, so the backup being restored cannot go before it is read.
    await pruneAfter(folders.backupDir, options);
    return before;
  });
}

/** What {@link recoverDataFolder} found and did. */
export interface DataFolderRecovery {
  /** What became of a restore the app was making when it stopped: none was found, it was finished, or it had not begun its swap and was dropped. */
  restore: 'none' | 'finished' | 'undone';
  /** What to tell the user, in Swedish, one message a line; empty when nothing needs saying. */
  notices: string[];
}

/**
 * Puts the data folder in order before the library opens (call it before
 * `DraftStore.open`, only in the process that holds the data folder): a
 * restore that was under way when the app stopped is finished when its copy
 * of the backup was complete, and dropped otherwise (the library is then as
 * it was); folders an earlier version left beside the data folder after an
 * interrupted restore fill what the data folder lacks; half-made and
 * half-removed backups, and the temporary files of writes cut short at the
 * top of the data folder, are removed. Nothing is deleted that is not also in a
 * backup or the data folder: what no backup holds is first kept as a backup
 * of its own ("fore-aterstallning").
 */
export function recoverDataFolder(folders: BackupFolders, options: Pick<BackupOptions, 'now'> = {}): Promise<DataFolderRecovery> {
  return serially(async () => {
    const now = options.now ?? (() => new Date());
    const recovery: DataFolderRecovery = { restore: 'none', notices: [] };
    for (const name of await readdir(folders.dataDir).catch(() => [] as string[])) {
      if (name.startsWith(WORK_PREFIX)) await recoverRestore(folders, path.join(folders.dataDir, name), recovery, now);
      // A write cut short at the top (the export log, the index, a lock): its file holds the old content or the new.
      else if (isAtomicTempFile(name)) await rm(path.join(folders.dataDir, name), { force: true });
    }
    await recoverEarlierRestores(folders, recovery, now);
    await removeLeftovers(folders.backupDir, Infinity);
    return recovery;
  });
}

/** Whether a scheduled backup is due: none yet, the newest older than `intervalMs`, or one dated in the future (the clock was turned back). */
export function isBackupDue(backups: readonly BackupSummary[], now: Date, intervalMs: number): boolean {
  const newest = backups[0];
  if (!newest) return true;
  const age = now.getTime() - Date.parse(newest.createdAt);
  return age >= intervalMs || age < 0;
}

export interface BackupScheduleOptions extends BackupFolders, BackupOptions {
  /** How old the newest backup (of any trigger) may be before a scheduled one is made. */
  intervalMs: number;
  /** How often to look; {@link BACKUP_CHECK_MS} (an hour) unless told. */
  checkEveryMs?: number;
  /** Runs before each scheduled backup, e.g. the store's `flush()`, so the copy holds what was saved. */
  beforeBackup?: () => Promise<void>;
  /** Told of a scheduled backup that failed; the schedule goes on. Logs to the console unless told. */
  onError?: (error: unknown) => void;
}

/**
 * Makes a "schema" backup whenever the newest backup is older than
 * `intervalMs`: looks at once, then every `checkEveryMs`. The timer does not
 * keep the process alive.
 *
 * @returns a function that stops the schedule and resolves when a backup under way is done
 */
export function startBackupSchedule(options: BackupScheduleOptions): () => Promise<void> {
  const { intervalMs, checkEveryMs = BACKUP_CHECK_MS, beforeBackup, onError = logScheduleError } = options;
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | null = null;
  let stopped = false;

  const check = () => {
    if (running || stopped) return;
    running = (async () => {
      if (!isBackupDue(await listBackups(options.backupDir), now(), intervalMs)) return;
      await beforeBackup?.();
      await createBackup(options, 'schema', { now, keep: options.keep });
    })()
      .catch(onError)
      .finally(() => (running = null));
  };

  check();
  const timer = setInterval(check, checkEveryMs);
  timer.unref?.();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

const logScheduleError = (error: unknown) => console.error('Scheduled backup failed:', error);

/** The operations of this module, one after the other. */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(operation: () => Promise<T>): Promise<T> {
  const result = queue.then(operation);
  queue = result.catch(() => undefined);
  return result;
}

/** Copies the data folder into a new backup; nothing is listed until it is complete. */
async function makeBackup({ dataDir, backupDir }: BackupFolders, trigger: BackupTrigger, now: Date): Promise<BackupSummary> {
  if (isWithin(backupDir, dataDir)) throw new Error('The backup folder must not be inside the data folder.');
  try {
    return await makeBackupOf(dataDir, backupDir, trigger, now);
  } catch (error) {
    throw new UserError('backup-failed', BACKUP_MESSAGE.writeFailed(backupDir, fileSystemCause(errorCode(error))));
  }
}

/** Copies a folder laid out as a data folder into a new backup of `trigger`, made in a partial folder and renamed to its id when complete. */
async function makeBackupOf(source: string, backupDir: string, trigger: BackupTrigger, now: Date): Promise<BackupSummary> {
  const createdAt = now.toISOString();
  const partial = path.join(backupDir, `${PARTIAL_PREFIX}${stampOf(now)}-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(partial, { recursive: true });
    const bytes = await copyTree(source, path.join(partial, DATA), isLibraryEntry);
    const drafts = await countDrafts(path.join(partial, DATA, LIBRARY_FOLDERS.drafts));
    const manifest: z.infer<typeof manifestSchema> = { format: 'samverka-sakerhetskopia', formatVersion: 1, createdAt, trigger, drafts, bytes };
    await writeFileAtomic(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await syncFolder(partial);
    const id = await renameToFreeId(partial, backupDir, `${stampOf(now)}-${trigger}`);
    await syncFolder(backupDir);
    return { id, createdAt, trigger, drafts, bytes };
  } catch (error) {
    await rm(partial, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Whether an entry at the top of the data folder belongs to the library: the
 * folder's lock says who has it open now, not then, and the app's working
 * files there (a restore under way, temporary files) start with a dot.
 */
const isLibraryEntry = (name: string) => !name.startsWith('.') && !isFolderLockFile(name);

/** Renames a finished backup to `base`, or `base-2` … when a backup of the same millisecond has it. */
async function renameToFreeId(partial: string, backupDir: string, base: string): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (await exists(path.join(backupDir, id))) continue;
    await rename(partial, path.join(backupDir, id));
    return id;
  }
  throw Object.assign(new Error('No free backup id'), { code: 'EEXIST' });
}

/**
 * Copies a folder tree file by file, each flushed to disk. Files that vanish
 * while it runs (a draft deleted or moved aside) and the temporary files of a
 * write under way are left out; links and special files are never followed.
 * `include` chooses among the entries at the top.
 *
 * @returns the bytes copied
 */
async function copyTree(source: string, target: string, include: (name: string) => boolean = () => true): Promise<number> {
  await mkdir(target);
  let bytes = 0;
  for (const entry of await readdir(source, { withFileTypes: true })) {
    if (!include(entry.name)) continue;
    bytes += await copyEntry(entry, path.join(source, entry.name), path.join(target, entry.name));
  }
  await syncFolder(target);
  return bytes;
}

/** Copies one entry of a folder (see {@link copyTree}); returns the bytes copied. */
async function copyEntry(entry: Dirent, from: string, to: string): Promise<number> {
  try {
    if (entry.isDirectory()) return await copyTree(from, to);
    if (entry.isFile() && !isWriteInProgress(entry)) return await copyFileDurably(from, to);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  return 0;
}

/** A temporary file of an atomic write (`writeFileAtomic`'s `.<name>.<hex>.tmp`, lowdb's `.<name>.tmp`). */
const isWriteInProgress = (entry: Dirent) => entry.name.startsWith('.') && entry.name.endsWith('.tmp');

/** Copies one file (never over another) and flushes it to disk; returns its size. */
async function copyFileDurably(from: string, to: string): Promise<number> {
  await copyFile(from, to, constants.COPYFILE_EXCL);
  const handle = await open(to, 'r+');
  try {
    await handle.sync();
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}

async function countDrafts(draftsDir: string): Promise<number> {
  try {
    return (await readdir(draftsDir)).filter((name) => DRAFT_FILE.test(name)).length;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 0;
    throw error;
  }
}

/** The summary of a complete backup, or null when its manifest is missing or not ours. */
async function readManifest(backupDir: string, id: string): Promise<BackupSummary | null> {
  try {
    const manifest = manifestSchema.safeParse(JSON.parse(await readFile(path.join(backupDir, id, MANIFEST), 'utf8')));
    if (!manifest.success) return null;
    const { createdAt, trigger, drafts, bytes } = manifest.data;
    return { id, createdAt, trigger, drafts, bytes };
  } catch {
    return null;
  }
}

/** The data folder of a listed backup, with its id and time; a UserError for any id that names none. */
async function requireBackup(backupDir: string, id: string): Promise<{ id: string; createdAt: string; data: string }> {
  const summary = isBackupId(id) ? await readManifest(backupDir, id) : null;
  if (!summary) throw new UserError('backup-not-found', BACKUP_MESSAGE.notFound());
  const data = path.join(backupDir, id, DATA);
  if (!(await isFolder(path.join(data, LIBRARY_FOLDERS.drafts)))) throw new UserError('backup-incomplete', BACKUP_MESSAGE.incomplete());
  return { id, createdAt: summary.createdAt, data };
}

/**
 * Swaps a backup's entries into the data folder (see {@link restoreBackup}):
 * copies them into a new working folder (journal `kopierar`), then swaps
 * (journal `byter`), then removes the working folder (journal `klar`).
 */
async function swapIn(backupData: string, dataDir: string, about: Pick<Journal, 'backup' | 'backupCreatedAt' | 'before'>): Promise<void> {
  const work = path.join(dataDir, `${WORK_PREFIX}${randomBytes(6).toString('hex')}`);
  const journal: Journal = { format: 'samverka-aterstallning', formatVersion: 1, step: 'kopierar', ...about, incoming: [], appended: [] };
  try {
    await mkdir(work);
    await writeJournal(work, journal);
    await mkdir(path.join(work, INCOMING));
    for (const name of [...RESTORED, ...APPEND_ONLY]) {
      const from = path.join(backupData, name);
      const info = await lstat(from).catch(() => null);
      if (!info || !(info.isDirectory() || info.isFile())) continue;
      if (info.isDirectory()) await copyTree(from, path.join(work, INCOMING, name));
      else await copyFileDurably(from, path.join(work, INCOMING, name));
      if (isRestored(name)) journal.incoming.push(name);
      else journal.appended.push(name as (typeof APPEND_ONLY)[number]);
    }
    await syncFolder(path.join(work, INCOMING));
  } catch (error) {
    // Nothing of the data folder was touched yet; the copy is of a backup that stays.
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  await writeJournal(work, { ...journal, step: 'byter' });
  try {
    await finishSwap(dataDir, work, journal);
  } catch (error) {
    await undoSwap(dataDir, work, journal).catch(() => undefined);
    throw error;
  }
  // Every entry moved out is in the backup made just before the restore, with no write between.
  await removeWork(work, journal);
}

const isRestored = (name: string): name is (typeof RESTORED)[number] => (RESTORED as readonly string[]).includes(name);

/**
 * Finishes a swap from wherever it stopped; running it again does nothing
 * more. An entry of the data folder is moved to `gammal/` unless it is
 * already the backup's (moved in: gone from `ny/`); then what is left in
 * `ny/` is moved in, and the append-only folders gain the backup's files
 * they lack.
 */
async function finishSwap(dataDir: string, work: string, journal: Journal): Promise<void> {
  const incoming = path.join(work, INCOMING);
  const outgoing = path.join(work, OUTGOING);
  await mkdir(outgoing, { recursive: true });
  for (const name of [...RESTORED, ...REBUILT]) {
    const movedIn = isRestored(name) && journal.incoming.includes(name) && !(await exists(path.join(incoming, name)));
    if (movedIn || !(await exists(path.join(dataDir, name)))) continue;
    await rename(path.join(dataDir, name), await freeName(outgoing, name));
  }
  await syncFolder(outgoing);
  for (const name of journal.incoming) {
    if (await exists(path.join(incoming, name))) await rename(path.join(incoming, name), path.join(dataDir, name));
  }
  await syncFolder(dataDir);
  for (const name of journal.appended) await addMissingFiles(path.join(incoming, name), path.join(dataDir, name));
}

/** Puts back what a swap that failed had moved: the backup's entries to `ny/`, the library's own back from `gammal/`. */
async function undoSwap(dataDir: string, work: string, journal: Journal): Promise<void> {
  const incoming = path.join(work, INCOMING);
  const outgoing = path.join(work, OUTGOING);
  for (const name of journal.incoming) {
    if (!(await exists(path.join(incoming, name))) && (await exists(path.join(dataDir, name)))) await rename(path.join(dataDir, name), path.join(incoming, name));
  }
  for (const name of await readdir(outgoing).catch(() => [] as string[])) {
    if (!(await exists(path.join(dataDir, name)))) await rename(path.join(outgoing, name), path.join(dataDir, name));
  }
  await syncFolder(dataDir);
  // The swap is undone: what is left is a copy of the backup, which stays.
  await rm(work, { recursive: true, force: true });
}

/** Removes a finished swap's working folder: the journal says `klar` first, so a removal cut short is never taken for a swap to finish. */
async function removeWork(work: string, journal: Journal): Promise<void> {
  await writeJournal(work, { ...journal, step: 'klar' });
  await rm(path.join(work, INCOMING), { recursive: true, force: true });
  await rm(path.join(work, OUTGOING), { recursive: true, force: true });
  await rm(path.join(work, JOURNAL), { force: true });
  await rm(work, { recursive: true, force: true });
}

async function writeJournal(work: string, journal: Journal): Promise<void> {
  await writeFileAtomic(path.join(work, JOURNAL), `${JSON.stringify(journal, null, 2)}\n`);
}

/** The journal of a working folder; null when there is none (the folder was just made, or is being removed) or it is not ours. */
async function readJournal(work: string): Promise<Journal | null> {
  try {
    const parsed = journalSchema.safeParse(JSON.parse(await readFile(path.join(work, JOURNAL), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Recovers one restore this version left unfinished (see {@link recoverDataFolder}).
 * The entries it moved out are deleted only when a backup holds them (the
 * one made before the restore, unless someone removed it).
 */
async function recoverRestore(folders: BackupFolders, work: string, recovery: DataFolderRecovery, now: () => Date): Promise<void> {
  const journal = await readJournal(work);
  if (journal?.step === 'byter') await finishSwap(folders.dataDir, work, journal);
  await keepUnlessBackedUp(path.join(work, OUTGOING), folders.backupDir, recovery, now);
  if (journal?.step === 'kopierar') {
    // The copy was not complete, so the data folder was never touched: the restore is dropped.
    await rm(work, { recursive: true, force: true });
    recovery.restore = 'undone';
    recovery.notices.push(RESTORE_MESSAGE.undone(journal.backupCreatedAt));
    return;
  }
  if (journal) {
    await removeWork(work, journal);
    recovery.restore = 'finished';
    recovery.notices.push(RESTORE_MESSAGE.finished(journal.backupCreatedAt));
  } else {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Recovers what a restore of an earlier version (which kept no journal)
 * left beside the data folder: `.<name>-aterstallning-*` (the backup's copy)
 * and `.<name>-ersatt-*` (the entries it replaced). An entry the data folder
 * lacks is taken from the copy of the backup, else from the replaced
 * entries; what is left of them is kept as a backup unless one holds it,
 * and then removed.
 */
async function recoverEarlierRestores({ dataDir, backupDir }: BackupFolders, recovery: DataFolderRecovery, now: () => Date): Promise<void> {
  const parent = path.dirname(path.resolve(dataDir));
  const base = path.basename(path.resolve(dataDir));
  const names = await readdir(parent).catch(() => [] as string[]);
  const copies = names.filter((name) => name.startsWith(`.${base}-aterstallning-`));
  const replaced = names.filter((name) => name.startsWith(`.${base}-ersatt-`));
  let refilled = false;
  for (const name of [...copies, ...replaced]) {
    const leftover = path.join(parent, name);
    if (!(await isFolder(leftover))) continue;
    for (const entry of RESTORED) {
      if ((await exists(path.join(dataDir, entry))) || !(await exists(path.join(leftover, entry)))) continue;
      await mkdir(dataDir, { recursive: true });
      await rename(path.join(leftover, entry), path.join(dataDir, entry));
      refilled = true;
    }
    await syncFolder(dataDir).catch(() => undefined);
    await keepUnlessBackedUp(leftover, backupDir, recovery, now);
    await rm(leftover, { recursive: true, force: true });
  }
  if (refilled) recovery.notices.push(RESTORE_MESSAGE.refilled());
}

/**
 * Makes sure every file of `folder` (laid out as a data folder) is also in
 * a backup before the folder is removed: when one is not, the folder is kept
 * as a backup of its own ("fore-aterstallning", the library as it was before
 * a restore), and the notices say so.
 */
async function keepUnlessBackedUp(folder: string, backupDir: string, recovery: DataFolderRecovery, now: () => Date): Promise<void> {
  const files = await filesUnder(folder);
  if (files.length === 0) return;
  const backups = (await listBackups(backupDir)).map((backup) => path.join(backupDir, backup.id, DATA));
  for (const file of files) {
    if (await isInAnyBackup(folder, file, backups)) continue;
    const kept = await makeBackupOf(folder, backupDir, 'fore-aterstallning', now());
    recovery.notices.push(RESTORE_MESSAGE.keptAsBackup(kept.createdAt));
    return;
  }
}

/** Whether some backup's data holds `file` (a path relative to `folder`) with the same bytes. */
async function isInAnyBackup(folder: string, file: string, backups: readonly string[]): Promise<boolean> {
  const bytes = await readFile(path.join(folder, file));
  for (const backup of backups) {
    const copy = await readFile(path.join(backup, file)).catch(() => null);
    if (copy?.equals(bytes)) return true;
  }
  return false;
}

/** The regular files under a folder, as relative paths, leaving out temporary files; none when it does not exist. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [] as Dirent[]);
  return entries.filter((entry) => entry.isFile() && !isWriteInProgress(entry)).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

/** `folder/name`, or `folder/name-2` … when that is taken: an entry moved out is never put over another. */
async function freeName(folder: string, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, n === 1 ? name : `${name}-${n}`);
    if (!(await exists(candidate))) return candidate;
  }
}

/** Copies into `target` the files of `source` it does not have, never over one it has. */
async function addMissingFiles(source: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) await addMissingFiles(from, to);
    else if (entry.isFile()) await copyFileDurably(from, to).catch((error: unknown) => {
      if (errorCode(error) !== 'EEXIST') throw error;
    });
  }
  await syncFolder(target);
}

/**
 * Prunes after a backup or restore that succeeded. A failure here is not
 * theirs to report (the backup is made, the restore done); the next prune
 * tries again.
 */
async function pruneAfter(backupDir: string, options: BackupOptions): Promise<void> {
  await prune(backupDir, options).catch(() => undefined);
}

/** Removes the backups the rule does not keep, and folders left half-made or half-removed. */
async function prune(backupDir: string, { now = () => new Date(), keep = KEEP_BACKUPS }: BackupOptions): Promise<void> {
  const time = now().getTime();
  const backups = await listBackups(backupDir);
  for (const trigger of BACKUP_TRIGGERS) {
    const older = backups.filter((backup) => backup.trigger === trigger).slice(keep);
    for (const backup of older) {
      const young = time - Date.parse(backup.createdAt) < KEEP_BEFORE_RESTORE_MS;
      if (trigger === 'fore-aterstallning' && young) continue;
      // Renamed first: the removal is then one step for the listing, however far rm gets.
      const removing = path.join(backupDir, `${REMOVING_PREFIX}${backup.id}`);
      await rename(path.join(backupDir, backup.id), removing);
      await rm(removing, { recursive: true, force: true });
    }
  }
  await removeLeftovers(backupDir, STALE_PARTIAL_MS, time);
}

/**
 * Half-removed backups, and half-made ones older than `staleAfterMs` (a
 * process stopped while making them; when the library opens, all of them:
 * nothing of this process makes one yet). A half-made backup is a partial
 * copy of what is still in the data folder, so nothing is lost with it.
 */
async function removeLeftovers(backupDir: string, staleAfterMs: number, time = Date.now()): Promise<void> {
  for (const name of await readdir(backupDir).catch(() => [] as string[])) {
    const partial = name.startsWith(PARTIAL_PREFIX);
    const started = partial ? timeOfStamp(name.slice(PARTIAL_PREFIX.length, PARTIAL_PREFIX.length + 24)) : null;
    const stale = partial && (staleAfterMs === Infinity || (started !== null && time - started > staleAfterMs));
    if (stale || name.startsWith(REMOVING_PREFIX)) await rm(path.join(backupDir, name), { recursive: true, force: true });
  }
}

/** `2026-03-01T10:00:00.000Z` as `2026-03-01T10-00-00-000Z`, fit for a folder name on every system. */
const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/** The time of a stamp made by {@link stampOf}, or null. */
function timeOfStamp(stamp: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  if (!match) return null;
  const time = Date.parse(`${match[1]}:${match[2]}:${match[3]}.${match[4]}Z`);
  return Number.isNaN(time) ? null : time;
}

const newestBackupFirst = (a: BackupSummary, b: BackupSummary) => newestFirst(a.createdAt, b.createdAt) || newestFirst(a.id, b.id);

/** Whether `folder` is `parent` or inside it. */
function isWithin(folder: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(folder));
  return relative === '' || (!path.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${path.sep}`));
}

/** Whether something is at `file`; a link counts, and is never followed. */
const exists = (file: string) => lstat(file).then(() => true, () => false);
const isFolder = (folder: string) => stat(folder).then((info) => info.isDirectory(), () => false);

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code;
