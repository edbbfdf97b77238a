import { randomUUID } from 'node:crypto';
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import { newDraft } from '../../shared/draft/new-draft';
import { startRevision, statusChangeProblem } from '../../shared/draft/status';
import { draftSummarySchema, summarize, type Draft, type DraftKind, type DraftSummary } from '../../shared/draft/schema';
import type { SaveResult } from '../../shared/ipc/contract';
import { UserError } from '../../shared/errors';
import { STORE_MESSAGE } from '../../shared/i18n/messages';
import { readDraftFile } from './draft-file';

const indexSchema = z.object({
  format: z.literal('samverka-index'),
  formatVersion: z.literal(1),
  drafts: z.array(draftSummarySchema),
});
type LibraryIndex = z.infer<typeof indexSchema>;

/** How long index writes are gathered before one is made; the draft file itself is written at once. */
const INDEX_WRITE_DELAY_MS = 250;

export interface DraftStoreOptions {
  now?: () => Date;
  newId?: () => string;
}

/**
 * The library of drafts in a data folder: one JSON file per draft under
 * `drafts/`, written atomically through lowdb's JSONFile (temp file + rename),
 * and `index.json`, a cache of their summaries for the start page that is
 * rebuilt from the draft files when it is missing, unreadable or out of step.
 */
export class DraftStore {
  private readonly summaries = new Map<string, DraftSummary>();
  /** One adapter per file: lowdb's writer serialises writes to its own file only. */
  private readonly files = new Map<string, JSONFile<Draft>>();
  private readonly indexFile: JSONFile<LibraryIndex>;
  private indexTimer: NodeJS.Timeout | undefined;
  private indexWrite: Promise<void> = Promise.resolve();
  private readonly writing = new Set<Promise<void>>();
  private readonly now: () => Date;
  private readonly newId: () => string;

  private constructor(
    readonly dataDir: string,
    options: DraftStoreOptions,
  ) {
    this.indexFile = new JSONFile<LibraryIndex>(path.join(dataDir, 'index.json'));
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
  }

  /** Opens (creating if needed) the library in `dataDir`. */
  static async open(dataDir: string, options: DraftStoreOptions = {}): Promise<DraftStore> {
    const store = new DraftStore(dataDir, options);
    await mkdir(store.draftsDir, { recursive: true });
    await store.loadIndex();
    return store;
  }

  get draftsDir(): string {
    return path.join(this.dataDir, 'drafts');
  }

  /** The drafts, most recently changed first. */
  list(): DraftSummary[] {
    return [...this.summaries.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Creates and stores an empty draft. */
  async create(kind: DraftKind): Promise<Draft> {
    const draft = newDraft({ id: this.newId(), kind, now: this.now() });
    await this.write(draft);
    return draft;
  }

  /** Stores a copy of a draft (e.g. a bundled example) as a new draft of the library. */
  async add(draft: Draft): Promise<Draft> {
    const stamp = this.now().toISOString();
    const added: Draft = { ...draft, id: this.newId(), status: 'utkast', createdAt: stamp, updatedAt: stamp };
    await this.write(added);
    return added;
  }

  /** Starts a new revision of a stored draft; the original stays as it is. */
  async revise(id: string): Promise<Draft> {
    const revision = startRevision(await this.get(id), { id: this.newId(), now: this.now() });
    await this.write(revision);
    return revision;
  }

  /** Reads one draft from its file; a missing or unreadable file is a UserError. */
  async get(id: string): Promise<Draft> {
    const result = await readDraftFile(this.fileOf(id));
    if (result.ok) return result.draft;
    if (result.error.code === 'not-found') throw new UserError('not-found', STORE_MESSAGE.notFound());
    throw new UserError(result.error.code, STORE_MESSAGE.unreadable(result.error.message));
  }

  /**
   * Stores a whole draft, stamping `updatedAt`. The draft has been validated
   * by the contract; here its status change is checked against the stored
   * one (a signed draft is never overwritten).
   */
  async save(draft: Draft): Promise<SaveResult> {
    const problem = statusChangeProblem(this.summaries.get(draft.id)?.status, draft);
    if (problem) throw new UserError('status', problem);
    const saved = { ...draft, updatedAt: this.now().toISOString() };
    await this.write(saved);
    return { updatedAt: saved.updatedAt };
  }

  /** Waits for the draft writes under way and writes what is pending of the index; call before the process ends. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.writing]);
    if (this.indexTimer) {
      clearTimeout(this.indexTimer);
      this.indexTimer = undefined;
      this.indexWrite = this.indexWrite.then(() => this.writeIndex());
    }
    await this.indexWrite;
  }

  private fileOf(id: string): string {
    // Ids reaching here are UUIDs (checked by the contract's schema); this guards the path anyway.
    if (!/^[0-9a-fA-F-]{36}$/.test(id)) throw new UserError('invalid-id', STORE_MESSAGE.notFound());
    return path.join(this.draftsDir, `${id.toLowerCase()}.json`);
  }

  private adapterOf(id: string): JSONFile<Draft> {
    let adapter = this.files.get(id);
    if (!adapter) {
      adapter = new JSONFile<Draft>(this.fileOf(id));
      this.files.set(id, adapter);
    }
    return adapter;
  }

  private async write(draft: Draft): Promise<void> {
    const writing = this.adapterOf(draft.id).write(draft);
    this.writing.add(writing);
    try {
      await writing;
    } finally {
      this.writing.delete(writing);
    }
    this.summaries.set(draft.id, summarize(draft));
    this.scheduleIndexWrite();
  }

  private scheduleIndexWrite(): void {
    if (this.indexTimer) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined;
      this.indexWrite = this.indexWrite.then(() => this.writeIndex());
    }, INDEX_WRITE_DELAY_MS);
    this.indexTimer.unref?.();
  }

  private async writeIndex(): Promise<void> {
    await this.indexFile.write({ format: 'samverka-index', formatVersion: 1, drafts: this.list() });
  }

  /**
   * Loads the index, or rebuilds it when it does not name exactly the draft
   * files on disk. A draft written after the index (the app stopped before its
   * deferred index write) is read again, so the list never shows stale titles.
   */
  private async loadIndex(): Promise<void> {
    const ids = (await readdir(this.draftsDir))
      .filter((name) => /^[0-9a-f-]{36}\.json$/.test(name))
      .map((name) => name.slice(0, -'.json'.length));
    const indexPath = path.join(this.dataDir, 'index.json');
    const [index, indexInfo] = await Promise.all([
      this.indexFile.read().then((data) => indexSchema.safeParse(data)).catch(() => null),
      stat(indexPath).catch(() => null),
    ]);
    const listed = index?.success ? new Map(index.data.drafts.map((d) => [d.id, d])) : null;
    if (!listed || !indexInfo || listed.size !== ids.length || !ids.every((id) => listed.has(id))) {
      await this.rebuildIndex(ids);
      return;
    }
    let stale = false;
    for (const id of ids) {
      const summary = listed.get(id)!;
      const info = await stat(this.fileOf(id));
      if (info.mtimeMs > indexInfo.mtimeMs) {
        const result = await readDraftFile(this.fileOf(id));
        if (result.ok) {
          this.summaries.set(id, summarize(result.draft));
          stale = true;
          continue;
        }
      }
      this.summaries.set(id, summary);
    }
    if (stale) await this.writeIndex();
  }

  private async rebuildIndex(ids: string[]): Promise<void> {
    this.summaries.clear();
    for (const id of ids) {
      const result = await readDraftFile(this.fileOf(id));
      if (result.ok && result.draft.id.toLowerCase() === id) this.summaries.set(id, summarize(result.draft));
    }
    await this.writeIndex();
  }
}
