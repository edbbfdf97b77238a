import path from 'node:path';
import { z } from 'zod';
import { draftSummarySchema } from '../../shared/draft/schema';
import { fileVersionSchema } from './draft-versions';
import { LowFile, schemaFile } from './durable-json-file';

const indexSchema = z.object({
  format: z.literal('samverka-index'),
  formatVersion: z.literal(1),
  /** Each summary with the version of the file it was read from; a file of another version is read again. */
  drafts: z.array(draftSummarySchema.extend({ file: fileVersionSchema.optional() })),
});
export type IndexEntry = z.infer<typeof indexSchema>['drafts'][number];

/** The index's name in the data folder. */
export const INDEX_FILE = 'index.json';

/** How long index writes are gathered before one is made; the draft file itself is written at once. */
const INDEX_WRITE_DELAY_MS = 250;

/** The index lists thousands of summaries; a draft's 5 MB limit is not its limit. */
const INDEX_MAX_BYTES = 256 * 1024 * 1024;

/**
 * `index.json` in a data folder: a cache of the drafts' summaries for the
 * start page, each with the version of the file it describes (draft-versions.ts),
 * so that opening a library reads only the files that changed. It is a
 * cache: checked against the draft files at every opening and rewritten when
 * it does not describe exactly what was found. Written through lowdb's `Low`
 * over the durable adapter, and debounced: the changes of a quarter second
 * make one write.
 */
export class LibraryIndex {
  private readonly file: LowFile<z.infer<typeof indexSchema>>;
  private timer: NodeJS.Timeout | undefined;
  private pending: Promise<void> = Promise.resolve();

  /**
   * @param entries the entries the index is to hold now
   * @param exclusive runs a write as a change of the library's own, so no save lands between taking the entries and the write
   */
  constructor(
    dataDir: string,
    private readonly entries: () => IndexEntry[],
    private readonly exclusive: (write: () => Promise<void>) => Promise<void>,
  ) {
    this.file = new LowFile(schemaFile(path.join(dataDir, INDEX_FILE), indexSchema, INDEX_MAX_BYTES));
  }

  /** The entries of the index on disk, by draft id; null when it is missing or cannot be read. */
  async read(): Promise<Map<string, IndexEntry> | null> {
    const index = await this.file.read();
    return index.ok ? new Map(index.value.drafts.map((entry) => [entry.id, entry])) : null;
  }

  /**
   * Writes the index now, unless `listed` (what {@link read} gave) is
   * exactly what it would write; what was scheduled is then written. Runs
   * inside a change (opening the library).
   */
  async writeIfChanged(listed: Map<string, IndexEntry> | null): Promise<void> {
    this.cancel();
    if (listed === null || !sameEntries(listed, this.entries())) await this.write();
  }

  /** Writes the index a moment after the last change that calls this. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.queueWrite();
    }, INDEX_WRITE_DELAY_MS);
    this.timer.unref?.();
  }

  /** Drops the scheduled write (the library is about to be read again, and its index written as found). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Writes what is scheduled now, and waits for the write under way; a failed write is reported here. */
  async flush(): Promise<void> {
    if (this.timer) {
      this.cancel();
      this.queueWrite();
    }
    await this.pending;
  }

  /** Writes the index as a change of its own; a failure is reported by {@link flush}. */
  private queueWrite(): void {
    const write = this.exclusive(() => this.write());
    write.catch(() => undefined);
    this.pending = write;
  }

  private write(): Promise<void> {
    return this.file.write({ format: 'samverka-index', formatVersion: 1, drafts: this.entries() });
  }
}

/** Whether the index's entries are exactly those the library would write. */
function sameEntries(listed: Map<string, IndexEntry>, entries: IndexEntry[]): boolean {
  if (listed.size !== entries.length) return false;
  return entries.every((entry) => JSON.stringify(listed.get(entry.id)) === JSON.stringify(entry));
}
