import { randomBytes } from 'node:crypto';
import { constants, type Dirent } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../../shared/errors';
import { BACKUP_MESSAGE, fileSystemCause } from '../../shared/i18n/sharing';
import type { BackupSummary } from '../../shared/ipc/contract';
import { syncFolder, writeFileAtomic } from './atomic-file';

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
 * under way.
 *
 * Generations kept (`pruneBackups`): for each trigger, the newest
 * {@link KEEP_BACKUPS}; a backup made before a restore
 * ("fore-aterstallning") also whatever its rank for
 * {@link KEEP_BEFORE_RESTORE_MS} (a week), so an unwanted restore can be
 * undone even after many scheduled backups.
 *
 * Backups, prunes and restores of this process run one at a time.
 */

export type BackupTrigger = BackupSummary['trigger'];
export const BACKUP_TRIGGERS = ['schema', 'manuell', 'fore-aterstallning'] as const satisfies readonly BackupTrigger[];

/** Backups kept of each trigger. */
export const KEEP_BACKUPS = 10;
/** How long a backup made before a restore is kept, however many come after it. */
export const KEEP_BEFORE_RESTORE_MS = 7 * 24 * 60 * 60 * 1000;
/** How often the schedule looks whether a backup is due. */
export const BACKUP_CHECK_MS = 60 * 60 * 1000;
/** A backup still being made after this long was left by a process that stopped; it is removed. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

/** Folders of the data folder that only ever gain files (moved-aside and deleted drafts): a restore adds to them, never replaces them. */
const APPEND_ONLY = new Set(['karantan', 'borttagna']);
/**
 * The library's index: a cache of the drafts' summaries, written a moment
 * after them, so a backup's copy may lag behind its drafts. A restore leaves
 * it out and the library rebuilds it from the restored drafts.
 */
const REBUILT = new Set(['index.json']);

/** A backup's id: its time (an ISO time with `-` for `:` and `.`), its trigger, and a number when two share a millisecond. */
const BACKUP_ID = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(schema|manuell|fore-aterstallning)(?:-([2-9]|[1-9]\d))?$/;
const PARTIAL_PREFIX = '.pagaende-';
const REMOVING_PREFIX = '.borttas-';
const DRAFT_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i;
const MANIFEST = 'manifest.json';
const DATA = 'data';

const manifestSchema = z.object({
  format: z.literal('samverka-sakerhetskopia'),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  trigger: z.enum(BACKUP_TRIGGERS),
  drafts: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});

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
  return found.filter((summary) => summary !== null).sort(newestFirst);
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
 * is ("fore-aterstallning"), then every entry of the data folder is replaced
 * by the backup's copy (drafts/, historik/, index.json …; an entry the
 * backup lacks is removed), except `karantan/` and `borttagna/`, which only
 * gain the backup's files they do not have, and `index.json`, which is
 * removed for the library to rebuild. The caller stops writes to the data
 * folder while this runs and reloads the library afterwards.
 *
 * @returns the backup made of the data folder before the restore
 */
export function restoreBackup(folders: BackupFolders, id: string, options: BackupOptions = {}): Promise<BackupSummary> {
  return serially(async () => {
    const source = await requireBackup(folders.backupDir, id);
    const before = await makeBackup(folders, 'fore-aterstallning', options.now?.() ?? new Date());
    try {
      await replaceData(source, folders.dataDir);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError('restore-failed', BACKUP_MESSAGE.restoreFailed(fileSystemCause(errorCode(error))));
    }
    // Pruned only now, so the backup being restored cannot go before it is read.
    await pruneAfter(folders.backupDir, options);
    return before;
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
  const createdAt = now.toISOString();
  const partial = path.join(backupDir, `${PARTIAL_PREFIX}${stampOf(now)}-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(partial, { recursive: true });
    const bytes = await copyTree(dataDir, path.join(partial, DATA));
    const drafts = await countDrafts(path.join(partial, DATA, 'drafts'));
    const manifest: z.infer<typeof manifestSchema> = { format: 'samverka-sakerhetskopia', formatVersion: 1, createdAt, trigger, drafts, bytes };
    await writeFileAtomic(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await syncFolder(partial);
    const id = await renameToFreeId(partial, backupDir, `${stampOf(now)}-${trigger}`);
    await syncFolder(backupDir);
    return { id, createdAt, trigger, drafts, bytes };
  } catch (error) {
    await rm(partial, { recursive: true, force: true }).catch(() => undefined);
    throw new UserError('backup-failed', BACKUP_MESSAGE.writeFailed(backupDir, fileSystemCause(errorCode(error))));
  }
}

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
 *
 * @returns the bytes copied
 */
async function copyTree(source: string, target: string): Promise<number> {
  await mkdir(target);
  let bytes = 0;
  for (const entry of await readdir(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    try {
      if (entry.isDirectory()) bytes += await copyTree(from, to);
      else if (entry.isFile() && !isWriteInProgress(entry)) bytes += await copyFileDurably(from, to);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  await syncFolder(target);
  return bytes;
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

/** The data folder of a listed backup; a UserError for any id that names none. */
async function requireBackup(backupDir: string, id: string): Promise<string> {
  if (!isBackupId(id) || !(await readManifest(backupDir, id))) throw new UserError('backup-not-found', BACKUP_MESSAGE.notFound());
  const data = path.join(backupDir, id, DATA);
  if (!(await isFolder(path.join(data, 'drafts')))) throw new UserError('backup-incomplete', BACKUP_MESSAGE.incomplete());
  return data;
}

/**
 * Replaces the entries of the data folder by a backup's: the backup is first
 * copied beside the data folder (same disk, so the swap is renames), the
 * current entries are moved out, the copies moved in; only then is what was
 * moved out deleted (it is in the backup made before). If a rename fails
 * half-way, what was moved out stays beside the data folder, not deleted.
 */
async function replaceData(backupData: string, dataDir: string): Promise<void> {
  const parent = path.dirname(path.resolve(dataDir));
  const base = path.basename(path.resolve(dataDir));
  const staging = path.join(parent, `.${base}-aterstallning-${randomBytes(6).toString('hex')}`);
  const replaced = path.join(parent, `.${base}-ersatt-${randomBytes(6).toString('hex')}`);
  try {
    await copyTree(backupData, staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  await mkdir(replaced);
  const incoming = await readdir(staging);
  for (const name of await readdir(dataDir)) {
    if (!APPEND_ONLY.has(name)) await rename(path.join(dataDir, name), path.join(replaced, name));
  }
  for (const name of incoming) {
    if (REBUILT.has(name)) continue;
    if (APPEND_ONLY.has(name)) await addMissingFiles(path.join(staging, name), path.join(dataDir, name));
    else await rename(path.join(staging, name), path.join(dataDir, name));
  }
  await syncFolder(dataDir);
  await rm(replaced, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
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
  await removeLeftovers(backupDir, time);
}

/** Half-removed backups, and half-made ones older than {@link STALE_PARTIAL_MS} (a process stopped while making them). */
async function removeLeftovers(backupDir: string, time: number): Promise<void> {
  for (const name of await readdir(backupDir).catch(() => [] as string[])) {
    const started = name.startsWith(PARTIAL_PREFIX) ? timeOfStamp(name.slice(PARTIAL_PREFIX.length, PARTIAL_PREFIX.length + 24)) : null;
    const stale = started !== null && time - started > STALE_PARTIAL_MS;
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

const newestFirst = (a: BackupSummary, b: BackupSummary) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/** Whether `folder` is `parent` or inside it. */
function isWithin(folder: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(folder));
  return relative === '' || (!path.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${path.sep}`));
}

const exists = (file: string) => stat(file).then(() => true, () => false);
const isFolder = (folder: string) => stat(folder).then((info) => info.isDirectory(), () => false);

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code;
