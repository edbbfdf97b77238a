import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { RECENT_EXPORT_KINDS, type RecentExportKind } from '../../shared/ipc/contract';
import { schemaFile, type DurableJsonFile } from './durable-json-file';

/** The export log's file in the data folder. */
export const EXPORT_LOG_FILE = 'exporter.json';
/** Recent exports kept per draft; older ones drop off the list. */
export const RECENT_PER_DRAFT = 10;
/** Entries kept in all, so drafts deleted long ago do not make the file grow for ever. */
export const MAX_ENTRIES = 1000;
/** The log is small; a file far larger than this is not ours. */
const MAX_BYTES = 1024 * 1024;

const entrySchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/),
  draftId: z.string().min(1).max(100),
  kind: z.enum(RECENT_EXPORT_KINDS),
  path: z.string().min(1).max(4096),
  fileName: z.string().min(1).max(1024),
  at: z.iso.datetime(),
});

const logSchema = z.object({
  version: z.literal(1),
  /** The folder of the last file saved through the save dialog, where the next dialog opens. */
  lastFolder: z.string().min(1).max(4096).nullable(),
  /** Newest first, all drafts together (a list, not a map keyed by id: nothing in the file becomes a property name). */
  entries: z.array(entrySchema).max(MAX_ENTRIES),
});

/** One file written for a draft, as the log keeps it. */
export type ExportLogEntry = z.infer<typeof entrySchema>;
type LogContent = z.infer<typeof logSchema>;

const EMPTY: LogContent = { version: 1, lastFolder: null, entries: [] };

/** Updates of one log file run one after the other, whichever ExportLog asks (one per set of handlers). */
const queues = new Map<string, Promise<unknown>>();

/**
 * "Remember where": the folder of the last export, and each draft's recent
 * exports, in one small JSON file in the data folder, written durably
 * (`DurableJsonFile`: temp file, fsync, rename). It is a convenience, never
 * a reason for an export to fail: a missing or broken file reads as empty
 * (and is replaced by the next write). Each update reads the file afresh, so
 * two sets of handlers on one data folder, or a restored backup, are never
 * overwritten with an old copy.
 */
export class ExportLog {
  private readonly file: DurableJsonFile<LogContent>;

  constructor(
    dataDir: string,
    private readonly options: { now?: () => Date; log?: (message: string, error: unknown) => void } = {},
  ) {
    this.file = schemaFile(path.join(dataDir, EXPORT_LOG_FILE), logSchema, MAX_BYTES);
  }

  /** The folder the save dialog opens in: the last export's, or null. */
  async lastFolder(): Promise<string | null> {
    return (await this.read()).lastFolder;
  }

  /** A draft's recent exports, newest first. */
  async recent(draftId: string): Promise<ExportLogEntry[]> {
    return (await this.read()).entries.filter((entry) => entry.draftId === draftId);
  }

  /**
   * Lists a file written for a draft, first among its recent exports; the same
   * path written again moves to the top instead of being listed twice. With
   * `folder`, it becomes the folder the next save dialog opens in.
   */
  add(draftId: string, file: { kind: RecentExportKind; path: string }, { folder }: { folder?: string } = {}): Promise<ExportLogEntry> {
    const at = (this.options.now?.() ?? new Date()).toISOString();
    const entry: ExportLogEntry = { id: newId(at), draftId, kind: file.kind, path: file.path, fileName: path.basename(file.path), at };
    return this.update((content) => {
      const others = content.entries.filter((old) => !(old.draftId === draftId && old.path === file.path));
      let mine = 0;
      const kept = [entry, ...others].filter((old) => old.draftId !== draftId || ++mine <= RECENT_PER_DRAFT).slice(0, MAX_ENTRIES);
      return { version: 1, lastFolder: folder ?? content.lastFolder, entries: kept };
    }).then(() => entry);
  }

  private async read(): Promise<LogContent> {
    const result = await this.file.check();
    if (result.ok) return result.value;
    if (result.error.code !== 'not-found') this.options.log?.('Samverka: the export log could not be read; it starts afresh', result.error.message);
    return structuredClone(EMPTY);
  }

  private update(change: (content: LogContent) => LogContent): Promise<void> {
    const key = this.file.filename;
    const run = (queues.get(key) ?? Promise.resolve()).then(async () => this.file.write(change(await this.read())));
    const settled = run.catch(() => undefined);
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return run;
  }
}

/** Unique among a draft's recent exports, sortable by time: `20260312T140200123Z-1a2b3c`. */
function newId(at: string): string {
  return `${at.replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`;
}
