import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { QUARANTINE_MESSAGE } from '../../shared/i18n/messages';
import type { UnreadableFile } from '../../shared/ipc/contract';
import { isAtomicTempFile, syncFolder } from './atomic-file';
import { readLimitedText } from './draft-file';
import { linkAside } from './move-aside';

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
 * The data folder's `karantan/`: draft files that could not be read, moved
 * there with their bytes unchanged, and the list saying why. The list is
 * JSON Lines, appended to: setting a file aside costs one line, however
 * many are listed (it was once one JSON file rewritten for every file, and a
 * folder of a thousand bad files took minutes to open). Files found at once
 * are set aside together, with one flush of each folder and one append.
 */
export class Quarantine {
  private entries: QuarantineEntry[] = [];
  /** The list ends in a line a crash cut short: the next append starts on a new line. */
  private endsMidLine = false;

  constructor(readonly dir: string) {}

  /** The files set aside, `movedTo` where their bytes are. */
  list(): UnreadableFile[] {
    return this.entries.map((entry) => ({ ...entry, movedTo: path.join(this.dir, entry.movedTo) }));
  }

  /**
   * Reads the lists. A file in the folder that no list names (the list was
   * lost, or the app stopped between moving a file and listing it) is listed
   * with a reason saying so: nothing there is ever unlisted.
   */
  async load(): Promise<void> {
    ({ entries: this.entries, endsMidLine: this.endsMidLine } = await readQuarantineList(this.dir));
    const named = new Set(this.entries.map((entry) => entry.movedTo));
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
    this.entries = [];
    this.endsMidLine = false;
  }

  /** Appends entries to the list, flushed to disk, in one write. */
  private async append(entries: QuarantineEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, QUARANTINE_LIST);
    const created = !(await stat(file).then(
      () => true,
      () => false,
    ));
    const text = `${this.endsMidLine ? '\n' : ''}${entries.map((entry) => `${JSON.stringify(entry)}\n`).join('')}`;
    const handle = await open(file, 'a');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (created) await syncFolder(this.dir);
    this.endsMidLine = false;
    this.entries.push(...entries);
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
