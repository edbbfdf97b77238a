import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { RECENT_EXPORT_KINDS, type RecentExportKind } from '../../shared/ipc/contract';
import { createFileOnce } from './atomic-file';
import { CHANGE_LOCK_FILE, ChangeLock } from './change-lock';
import { schemaFile, type DurableJsonFile } from './durable-json-file';
import { writeGateOf, type WriteGate } from './write-gate';

/** The export log's file in the data folder. */
export const EXPORT_LOG_FILE = 'exporter.json';
/** The key that seals the log's entries: a file of its own, outside the data folder (see {@link ExportLogOptions.keyFile}). */
export const EXPORT_KEY_FILE = 'exportnyckel';
/** Recent exports kept per draft; older ones drop off the list. */
export const RECENT_PER_DRAFT = 10;
/** Entries kept in all, so drafts deleted long ago do not make the file grow for ever. */
export const MAX_ENTRIES = 1000;
/** The log is small; a file far larger than this is not ours. */
const MAX_BYTES = 1024 * 1024;

const HEX_256 = /^[0-9a-f]{64}$/;
const KEY_BYTES = 32;

/**
 * An entry as the file holds it. What the app wrote (`size`, `sha256`) and
 * the seal may be missing from an entry another version wrote; such an
 * entry is kept in the file but never listed.
 */
const storedEntrySchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/),
  draftId: z.string().min(1).max(100),
  kind: z.enum(RECENT_EXPORT_KINDS),
  path: z.string().min(1).max(4096),
  fileName: z.string().min(1).max(1024),
  at: z.iso.datetime(),
  /** The bytes the app wrote: how many, and their SHA-256 (hex). */
  size: z.number().int().nonnegative().optional(),
  sha256: z.string().regex(HEX_256).optional(),
  /** HMAC-SHA256 of all the fields above, with this installation's key (hex). */
  seal: z.string().regex(HEX_256).optional(),
});
type StoredEntry = z.infer<typeof storedEntrySchema>;

const logSchema = z.object({
  version: z.literal(1),
  /** The folder of the last file saved through the save dialog, where the next dialog opens. */
  lastFolder: z.string().min(1).max(4096).nullable(),
  /** The seal of `lastFolder`, as for an entry. */
  lastFolderSeal: z.string().regex(HEX_256).nullable().optional(),
  /** Newest first, all drafts together (a list, not a map keyed by id: nothing in the file becomes a property name); each checked on its own. */
  entries: z.array(z.unknown()).max(MAX_ENTRIES),
});
type LogContent = z.infer<typeof logSchema>;

/** One file written for a draft, as the log keeps it: where, and what the app wrote there. */
export type ExportLogEntry = Omit<StoredEntry, 'size' | 'sha256' | 'seal'> & { size: number; sha256: string };

/** What the app wrote into a file: as many bytes, with this SHA-256 (hex). */
export interface WrittenFile {
  kind: RecentExportKind;
  path: string;
  size: number;
  sha256: string;
}

const EMPTY: LogContent = { version: 1, lastFolder: null, lastFolderSeal: null, entries: [] };

/** Updates of one log file run one after the other, whichever ExportLog asks (one per set of handlers). */
const queues = new Map<string, Promise<unknown>>();

export interface ExportLogOptions {
  now?: () => Date;
  log?: (message: string, error: unknown) => void;
  /**
   * Where this installation's key is kept (made at first use): in the app's
   * own folder, never in the data folder, which may be a network folder
   * others write. Without it, a key lives as long as the process, and
   * entries of an earlier run are not listed.
   */
  keyFile?: string;
  /** The data folder's write gate; the folder's own ({@link writeGateOf}) unless told. */
  gate?: WriteGate;
}

/**
 * "Remember where": the folder of the last export, and each draft's recent
 * exports, in one small JSON file in the data folder, written durably
 * (`DurableJsonFile`: temp file, fsync, rename). It is a convenience, never
 * a reason for an export to fail: a missing or broken file reads as empty
 * (and is replaced by the next write).
 *
 * Only what this app wrote is ever used. Each entry keeps the size and
 * SHA-256 of the bytes written, and a seal (an HMAC with a key kept outside
 * the data folder) over those and the path, so an entry planted in the file,
 * or changed there, is never listed, and a path in it is never touched: the
 * listing reads this file and nothing else, and the file is checked against
 * its size and hash only when it is to be opened (exports.ts). The last
 * folder is sealed the same way.
 *
 * Each update reads the file afresh and writes it inside one queue per file
 * in this process, past the data folder's write gate (a restore of a backup
 * waits for it, and it for a restore) and holding the data folder's change
 * lock, as the store's changes do: another app writing the same folder
 * waits, so no entry is lost to two writes racing.
 */
export class ExportLog {
  private readonly file: DurableJsonFile<LogContent>;
  private readonly gate: WriteGate;
  private readonly lock: ChangeLock;

  constructor(
    dataDir: string,
    private readonly options: ExportLogOptions = {},
  ) {
    this.file = schemaFile(path.join(dataDir, EXPORT_LOG_FILE), logSchema, MAX_BYTES);
    this.gate = options.gate ?? writeGateOf(dataDir);
    this.lock = new ChangeLock(path.join(dataDir, CHANGE_LOCK_FILE));
  }

  /** The folder the save dialog opens in: the last export's, as this app wrote it, or null. */
  async lastFolder(): Promise<string | null> {
    const [content, key] = await Promise.all([this.gate.pass(() => this.read()), keyOf(this.options.keyFile)]);
    const { lastFolder, lastFolderSeal } = content;
    return lastFolder && lastFolderSeal && sealMatches(lastFolderSeal, folderSeal(key, lastFolder)) ? lastFolder : null;
  }

  /** A draft's recent exports, newest first: the entries this app wrote, unchanged in the file. Touches no listed path. */
  async recent(draftId: string): Promise<ExportLogEntry[]> {
    const [content, key] = await Promise.all([this.gate.pass(() => this.read()), keyOf(this.options.keyFile)]);
    return entriesOf(content)
      .filter((entry) => entry.draftId === draftId)
      .map((entry) => sealed(key, entry))
      .filter((entry) => entry !== null);
  }

  /**
   * Lists a file written for a draft, first among its recent exports; the same
   * path written again moves to the top instead of being listed twice. With
   * `folder`, it becomes the folder the next save dialog opens in.
   */
  async add(draftId: string, file: WrittenFile, { folder }: { folder?: string } = {}): Promise<ExportLogEntry> {
    const at = (this.options.now?.() ?? new Date()).toISOString();
    const key = await keyOf(this.options.keyFile);
    const entry: ExportLogEntry = { id: newId(at), draftId, kind: file.kind, path: file.path, fileName: path.basename(file.path), at, size: file.size, sha256: file.sha256 };
    await this.update((content) => {
      const others = entriesOf(content).filter((old) => !(old.draftId === draftId && old.path === file.path));
      let mine = 0;
      const kept = [{ ...entry, seal: entrySeal(key, entry) }, ...others].filter((old) => old.draftId !== draftId || ++mine <= RECENT_PER_DRAFT).slice(0, MAX_ENTRIES);
      const last = folder === undefined ? { lastFolder: content.lastFolder, lastFolderSeal: content.lastFolderSeal ?? null } : { lastFolder: folder, lastFolderSeal: folderSeal(key, folder) };
      return { version: 1, ...last, entries: kept };
    });
    return entry;
  }

  private async read(): Promise<LogContent> {
    const result = await this.file.check();
    if (result.ok) return result.value;
    if (result.error.code !== 'not-found') this.options.log?.('Samverka: the export log could not be read; it starts afresh', result.error.message);
    return structuredClone(EMPTY);
  }

  /** Reads the file afresh and writes it changed, as one step for this process (the queue) and for other apps (the change lock). */
  private update(change: (content: LogContent) => LogContent): Promise<void> {
    const key = this.file.filename;
    const run = (queues.get(key) ?? Promise.resolve()).then(() => this.gate.pass(() => this.lock.hold(async () => this.file.write(change(await this.read())))));
    const settled = run.catch(() => undefined);
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return run;
  }
}

/** The entries of the file that have the form of one; anything else in the list is dropped at the next write. */
function entriesOf(content: LogContent): StoredEntry[] {
  return content.entries.map((raw) => storedEntrySchema.safeParse(raw)).flatMap((parsed) => (parsed.success ? [parsed.data] : []));
}

/** The entry, when it carries what the app wrote and a seal this installation made over it; null otherwise. */
function sealed(key: Buffer, entry: StoredEntry): ExportLogEntry | null {
  const { size, sha256, seal, ...rest } = entry;
  if (size === undefined || sha256 === undefined || seal === undefined) return null;
  const written: ExportLogEntry = { ...rest, size, sha256 };
  // The name shown is the path's own, so an entry can never show one name and open another file.
  if (written.fileName !== path.basename(written.path)) return null;
  return sealMatches(seal, entrySeal(key, written)) ? written : null;
}

function entrySeal(key: Buffer, entry: ExportLogEntry): string {
  const { id, draftId, kind, path: file, fileName, at, size, sha256 } = entry;
  return hmac(key, ['entry', id, draftId, kind, file, fileName, at, size, sha256]);
}

const folderSeal = (key: Buffer, folder: string) => hmac(key, ['lastFolder', folder]);

const hmac = (key: Buffer, fields: readonly unknown[]) => createHmac('sha256', key).update(JSON.stringify(fields)).digest('hex');

const sealMatches = (found: string, expected: string) => found.length === expected.length && timingSafeEqual(Buffer.from(found), Buffer.from(expected));

/** This process's key, for logs given no key file. */
const processKey = randomBytes(KEY_BYTES);
/** The keys read or made, by key file. */
const keys = new Map<string, Promise<Buffer>>();

/** The key in `keyFile`, made there at first use; the process's own when there is no file or it cannot be read or written. */
function keyOf(keyFile: string | undefined): Promise<Buffer> {
  if (!keyFile) return Promise.resolve(processKey);
  let key = keys.get(keyFile);
  if (!key) {
    key = loadKey(keyFile).catch(() => processKey);
    keys.set(keyFile, key);
  }
  return key;
}

async function loadKey(keyFile: string): Promise<Buffer> {
  const existing = await readFile(keyFile).catch(() => null);
  if (existing?.length === KEY_BYTES) return existing;
  // A damaged key seals nothing: it goes, and a new one is made (entries sealed with it could not be checked anyway).
  if (existing) await rm(keyFile, { force: true });
  return makeKey(keyFile);
}

/**
 * Makes the key file, for an app that found none, and returns the key in it:
 * of two apps making it at once, the first one made stays and both use it
 * (replacing it would leave the entries sealed with it unlisted).
 */
export async function makeKey(keyFile: string): Promise<Buffer> {
  await mkdir(path.dirname(keyFile), { recursive: true });
  await createFileOnce(keyFile, randomBytes(KEY_BYTES));
  const made = await readFile(keyFile);
  if (made.length !== KEY_BYTES) throw new Error('The export log key is not one.');
  return made;
}

/** Unique among a draft's recent exports, sortable by time: `20260312T140200123Z-1a2b3c`. */
function newId(at: string): string {
  return `${at.replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`;
}
