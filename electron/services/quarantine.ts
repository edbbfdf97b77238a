import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { z } from 'zod';
import type { DraftReadError } from '../../shared/draft/read-draft';
import { UserError } from '../../shared/errors';
import { QUARANTINE_MESSAGE, STORE_MESSAGE } from '../../shared/i18n/library';
import type { UnreadableFile } from '../../shared/ipc/contract';
import { isAtomicTempFile, syncFolder } from './atomic-file';
import { readLimitedText } from './draft-file';
import { linkAside } from './move-aside';
import { newestFirst } from '../../shared/calendar';

/** The list of files set aside: one JSON object a line, appended to, never rewritten. */
export const QUARANTINE_LIST = 'lista.jsonl';
/** The list as versions before it kept it (one JSON file, rewritten for each file); still read, never written. */
export const LEGACY_QUARANTINE_LIST = 'lista.json';

/** One file set aside; `movedTo` is its name in the quarantine folder. */
const entrySchema = z.object({ fileName: z.string(), reason: z.string(), movedTo: z.string(), foundAt: z.string() });
export type QuarantineEntry = z.infer<typeof entrySchema>;

const legacyListSchema = z.object({
  format: z.literal('samverka-karantan'),
  formatVersion: z.literal(1),
  files: z.array(entrySchema),
});

/** The lists grow with every file set aside over the years; a draft's 5 MB limit is not theirs. */
const LIST_MAX_BYTES = 256 * 1024 * 1024;

/** What the quarantine folder's lists say, without writing anything: each readable entry, and whether the list ends mid-line. */
export async function readQuarantineList(dir: string): Promise<{ entries: QuarantineEntry[]; endsMidLine: boolean }> {
  const entries: QuarantineEntry[] = [];
  const legacy = await readLimitedText(path.join(dir, LEGACY_QUARANTINE_LIST), LIST_MAX_BYTES);
  if (legacy.ok) {
    const parsed = legacyListSchema.safeParse(parseJson(legacy.text));
    if (parsed.success) entries.push(...parsed.data.files);
  }
  const list = await readLimitedText(path.join(dir, QUARANTINE_LIST), LIST_MAX_BYTES, { replaceInvalid: true });
  if (!list.ok) return { entries, endsMidLine: false };
  for (const line of list.text.split('\n')) {
    // A line a crash cut short is skipped; its file is listed as one whose reason was lost.
    const parsed = entrySchema.safeParse(parseJson(line));
    if (parsed.success) entries.push(parsed.data);
  }
  return { entries, endsMidLine: list.text.length > 0 && !list.text.endsWith('\n') };
}

/**
 * The quarantine list as a lowdb adapter, for a `Low` whose data is the
 * whole list. `read` gives the entries of both lists (the legacy one's
 * first). `write` is append-only: it appends, in one write flushed to disk,
 * the entries beyond those on disk and never writes the list again (a JSON
 * Lines file grows by a line; rewriting it whole for each file set aside is
 * what made a folder of a thousand bad files take minutes to open).
 */
export class QuarantineListFile implements Adapter<QuarantineEntry[]> {
  /** How many of the data's entries are on disk (read or appended). */
  private stored = 0;
  /** The list ends in a line a crash cut short: the next append starts on a new line. */
  private endsMidLine = false;

  constructor(readonly dir: string) {}

  async read(): Promise<QuarantineEntry[]> {
    const { entries, endsMidLine } = await readQuarantineList(this.dir);
    this.stored = entries.length;
    this.endsMidLine = endsMidLine;
    return entries;
  }

  async write(entries: QuarantineEntry[]): Promise<void> {
    if (entries.length < this.stored) throw new Error('The quarantine list is only appended to.');
    const added = entries.slice(this.stored);
    if (added.length === 0) return;
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, QUARANTINE_LIST);
    const created = !(await stat(file).then(
      () => true,
      () => false,
    ));
    const text = `${this.endsMidLine ? '\n' : ''}${added.map((entry) => `${JSON.stringify(entry)}\n`).join('')}`;
    // Until the write is known whole, the list may end mid-line; an empty line more is skipped when read.
    this.endsMidLine = true;
    const handle = await open(file, 'a');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (created) await syncFolder(this.dir);
    this.endsMidLine = false;
    this.stored = entries.length;
  }
}

/** What becomes of a draft file that cannot be read. */
type Disposition = 'missing' | 'leave' | 'quarantine';

/**
 * A file that is not there is nothing to act on; one this version must not
 * judge (a newer format version), could not read at all (no permission, a
 * disk error: perhaps passing) or that is no file (a folder, a FIFO) stays
 * where it is and is never written over; every other failure is in the
 * bytes themselves, so the file is set aside.
 */
export function dispositionOf(error: DraftReadError): Disposition {
  if (error.code === 'not-found') return 'missing';
  if (error.code === 'newer-version' || error.code === 'unreadable' || error.code === 'not-a-file') return 'leave';
  return 'quarantine';
}

/** Why a draft cannot be had, for the user: gone, or unreadable (and where its file went). */
export function unreadableError(error: DraftReadError): UserError {
  if (dispositionOf(error) === 'missing') return new UserError('not-found', STORE_MESSAGE.notFound());
  const detail = dispositionOf(error) === 'quarantine' ? `${error.message} ${QUARANTINE_MESSAGE.movedAside()}` : error.message;
  return new UserError(error.code, STORE_MESSAGE.unreadable(detail));
}

/**
 * The data folder's `karantan/`: draft files that could not be read, moved
 * there with their bytes unchanged, and the list saying why, kept through
 * lowdb's `Low` over {@link QuarantineListFile}: setting a file aside costs
 * one line, however many are listed. Files found at once are set aside
 * together, with one flush of each folder and one append. It also keeps the
 * draft files listed as unreadable but left in place (never written over).
 */
export class Quarantine {
  private list: Low<QuarantineEntry[]>;
  /** Draft files listed as unreadable but left in place, by id. */
  private readonly leftInPlace = new Map<string, UnreadableFile>();

  constructor(readonly dir: string) {
    this.list = new Low(new QuarantineListFile(dir), []);
  }

  /**
   * The draft files that could not be read ("Kunde inte läsas"), most
   * recently found first: those moved here (`movedTo` is where their bytes
   * are) and those left in place (`movedTo` null).
   */
  unreadable(): UnreadableFile[] {
    const moved = this.list.data.map((entry) => ({ ...entry, movedTo: path.join(this.dir, entry.movedTo) }));
    return [...[...this.leftInPlace.values()].map((entry) => ({ ...entry })), ...moved].sort((a, b) => newestFirst(a.foundAt, b.foundAt));
  }

  /** Whether draft `id`'s file is listed as unreadable and left in place: it must not be written over. */
  isLeftInPlace(id: string): boolean {
    return this.leftInPlace.has(id);
  }

  /**
   * Acts on draft files that could not be read ({@link dispositionOf}): moves
   * those to set aside here together and records those to leave in place.
   *
   * @returns the ids of the drafts acted on, to be taken out of the library
   */
  async setAsideDrafts(files: { id: string; file: string; error: DraftReadError }[], found: Date): Promise<string[]> {
    const quarantined: { source: string; fileName: string; reason: string }[] = [];
    const ids: string[] = [];
    for (const { id, file, error } of files) {
      const disposition = dispositionOf(error);
      if (disposition === 'missing') continue;
      const fileName = path.basename(file);
      if (disposition === 'leave') this.leftInPlace.set(id, { fileName, reason: error.message, movedTo: null, foundAt: found.toISOString() });
      else quarantined.push({ source: file, fileName, reason: error.message });
      ids.push(id);
    }
    await this.setAside(quarantined, found);
    return ids;
  }

  /**
   * Reads the lists. A file in the folder that no list names (the list was
   * lost, or the app stopped between moving a file and listing it) is listed
   * with a reason saying so: nothing there is ever unlisted.
   */
  async load(): Promise<void> {
    await this.list.read();
    const named = new Set(this.list.data.map((entry) => entry.movedTo));
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const lists = new Set([QUARANTINE_LIST, LEGACY_QUARANTINE_LIST]);
    const lost: QuarantineEntry[] = [];
    for (const name of names.filter((name) => !lists.has(name) && !isAtomicTempFile(name) && !named.has(name)).sort()) {
      const info = await stat(path.join(this.dir, name)).catch(() => null);
      if (!info?.isFile()) continue;
      lost.push({ fileName: originalName(name), reason: QUARANTINE_MESSAGE.reasonLost(), movedTo: name, foundAt: info.mtime.toISOString() });
    }
    await this.append(lost);
  }

  /**
   * Moves files here as `<file name>-<time>` (never over another file) and
   * lists them: every copy first, the folder flushed, the lines appended and
   * flushed, and only then the originals removed, so a crash leaves a file
   * in both places or listed as lost, never gone.
   *
   * @returns the entries made; a file already gone makes none
   */
  async setAside(files: { source: string; fileName: string; reason: string }[], found: Date): Promise<QuarantineEntry[]> {
    // Files of different names never compete for one name here, so a batch can be linked side by side.
    const linked = await inBatches(files, async ({ source, fileName, reason }) => {
      const target = await linkAside(source, this.dir, `${fileName}-${fileStamp(found)}`, '');
      return target === null ? null : { source, entry: { fileName, reason, movedTo: path.basename(target), foundAt: found.toISOString() } };
    });
    const moved = linked.filter((item) => item !== null);
    if (moved.length === 0) return [];
    await syncFolder(this.dir);
    await this.append(moved.map(({ entry }) => entry));
    await inBatches(moved, ({ source }) => rm(source, { force: true }));
    for (const folder of new Set(moved.map(({ source }) => path.dirname(source)))) await syncFolder(folder);
    return moved.map(({ entry }) => entry);
  }

  /** Forgets what was read (the folder is about to be read again). */
  clear(): void {
    this.list = new Low<QuarantineEntry[]>(new QuarantineListFile(this.dir), []);
    this.leftInPlace.clear();
  }

  /** Appends entries to the list, flushed to disk, in one write; listed only once they are on disk. */
  private async append(entries: QuarantineEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const listed = this.list.data.length;
    try {
      await this.list.update((list) => list.push(...entries));
    } catch (error) {
      this.list.data.splice(listed);
      throw error;
    }
  }
}

/** How many files are linked or removed at once: enough to keep a network drive busy, few enough not to run out of file handles. */
const BATCH = 32;

/** `action` on each item, `BATCH` at a time; the results in the items' order. */
async function inBatches<T, R>(items: T[], action: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) results.push(...(await Promise.all(items.slice(i, i + BATCH).map(action))));
  return results;
}

/** A time for file names: the ISO time with `:` and `.` as `-`. */
export const fileStamp = (time: Date) => time.toISOString().replace(/[:.]/g, '-');

/** The name a quarantined file had in drafts/: its name in quarantine without `-<time>` and `-<n>`. */
function originalName(quarantinedName: string): string {
  return quarantinedName.replace(/-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z(?:-\d+)?$/, '');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
