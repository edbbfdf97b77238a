import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import { reconcileLinks, withAgreement } from '../../shared/draft/links';
import { newDraft, promiseFromAgreement } from '../../shared/draft/new-draft';
import { startRevision, statusChangeProblem } from '../../shared/draft/status';
import { draftSummarySchema, summarize, type Draft, type DraftKind, type DraftSummary } from '../../shared/draft/schema';
import type { SaveResult } from '../../shared/ipc/contract';
import { UserError } from '../../shared/errors';
import { LINK_MESSAGE, STORE_MESSAGE } from '../../shared/i18n/messages';
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
 *
 * The store owns the links between drafts (shared/draft/links.ts): a save
 * never changes them; the operations that do (create, add, revise,
 * setAgreement, createPromise, delete) and opening the library reconcile them
 * over all drafts, rewriting the `relatedIds` of the drafts whose links change
 * and nothing else of them. Changes are made one at a time, so a save never
 * overwrites the links written by an operation running beside it.
 */
export class DraftStore {
  private readonly summaries = new Map<string, DraftSummary>();
  /** One adapter per file: lowdb's writer serialises writes to its own file only. */
  private readonly files = new Map<string, JSONFile<Draft>>();
  /** Drafts deleted while the store is open: a late save must not bring one back. */
  private readonly deleted = new Set<string>();
  private readonly indexFile: JSONFile<LibraryIndex>;
  private indexTimer: NodeJS.Timeout | undefined;
  private indexWrite: Promise<void> = Promise.resolve();
  /** The tail of the queue of changes; each waits for the one before it. */
  private changes: Promise<unknown> = Promise.resolve();
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

  /** Opens (creating if needed) the library in `dataDir`, repairing links that are out of step. */
  static async open(dataDir: string, options: DraftStoreOptions = {}): Promise<DraftStore> {
    const store = new DraftStore(dataDir, options);
    await mkdir(store.draftsDir, { recursive: true });
    await store.loadIndex();
    await store.reconcile();
    return store;
  }

  get draftsDir(): string {
    return path.join(this.dataDir, 'drafts');
  }

  /** Where deleted drafts are kept, as `<id>-<time>.json`. */
  get deletedDir(): string {
    return path.join(this.dataDir, 'borttagna');
  }

  /** The drafts, most recently changed first, with their (consistent) links. */
  list(): DraftSummary[] {
    return [...this.summaries.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Creates and stores an empty draft. */
  create(kind: DraftKind): Promise<Draft> {
    return this.exclusive(() => this.storeNew(newDraft({ id: this.newId(), kind, now: this.now() })));
  }

  /**
   * Stores a copy of a draft (a bundled example, an imported file) as a new
   * draft of the library; its links to drafts that are not in the library are dropped.
   */
  add(draft: Draft): Promise<Draft> {
    const stamp = this.now().toISOString();
    return this.exclusive(() => this.storeNew({ ...draft, id: this.newId(), status: 'utkast', createdAt: stamp, updatedAt: stamp }));
  }

  /**
   * Starts a new revision of a stored draft; the original stays as it is. A
   * revised löfte keeps its agreement (which then lists both); a revised
   * agreement lists no löften until they are linked to it.
   */
  revise(id: string): Promise<Draft> {
    return this.exclusive(async () => this.storeNew(startRevision(await this.get(id), { id: this.newId(), now: this.now() })));
  }

  /**
   * "Nytt medborgarlöfte" in an agreement: stores a new löfte pre-filled from
   * it (shared/draft/new-draft.ts), which the agreement then lists.
   */
  createPromise(agreementId: string): Promise<Draft> {
    return this.exclusive(async () => {
      this.requireKind(agreementId, 'samverkansoverenskommelse', LINK_MESSAGE.notAgreementSource());
      const agreement = await this.get(agreementId);
      return this.storeNew(promiseFromAgreement(agreement, { id: this.newId(), now: this.now() }));
    });
  }

  /**
   * Makes a löfte belong to an agreement, or to none with null; a löfte
   * belongs to at most one, so it leaves any other. Both drafts keep their
   * content and `updatedAt`, signed ones too: a link is not part of the signed text.
   *
   * @returns the löfte as stored
   */
  setAgreement(promiseId: string, agreementId: string | null): Promise<Draft> {
    return this.exclusive(async () => {
      const promise = this.requireKind(promiseId, 'medborgarlofte', LINK_MESSAGE.notPromise());
      if (agreementId !== null) this.requireKind(agreementId, 'samverkansoverenskommelse', LINK_MESSAGE.notAgreement());
      await this.writeLinks(promiseId, withAgreement(promise.relatedIds, agreementId, (id) => this.summaries.get(id)?.kind));
      await this.reconcile();
      return this.get(promiseId);
    });
  }

  /**
   * Takes a draft out of the library: its file is moved, unchanged, to
   * `borttagna/<id>-<time>.json` (never over another file there), and every
   * link to it is removed from the other drafts.
   */
  delete(id: string): Promise<void> {
    return this.exclusive(async () => {
      if (!this.summaries.has(id)) throw new UserError('not-found', STORE_MESSAGE.notFound());
      const stamp = this.now().toISOString().replace(/[:.]/g, '-');
      await moveAside(this.fileOf(id), this.deletedDir, `${id.toLowerCase()}-${stamp}`);
      this.deleted.add(id);
      this.files.delete(id);
      this.summaries.delete(id);
      this.scheduleIndexWrite();
      await this.reconcile();
    });
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
   * one (a signed draft is never overwritten). Its links are the stored ones,
   * whatever the editor's copy says; a draft new to the library keeps those
   * of its links that point at drafts in it.
   */
  save(draft: Draft): Promise<SaveResult> {
    return this.exclusive(async () => {
      if (this.deleted.has(draft.id)) throw new UserError('deleted', STORE_MESSAGE.deleted());
      const stored = this.summaries.get(draft.id);
      const problem = statusChangeProblem(stored?.status, draft);
      if (problem) throw new UserError('status', problem);
      const relatedIds = stored ? [...stored.relatedIds] : draft.relatedIds;
      const saved = { ...draft, relatedIds, updatedAt: this.now().toISOString() };
      await this.write(saved);
      if (!stored) await this.reconcile();
      return { updatedAt: saved.updatedAt };
    });
  }

  /** Waits for the changes under way and writes what is pending of the index; call before the process ends. */
  async flush(): Promise<void> {
    await this.changes;
    if (this.indexTimer) {
      clearTimeout(this.indexTimer);
      this.indexTimer = undefined;
      this.indexWrite = this.indexWrite.then(() => this.writeIndex());
    }
    await this.indexWrite;
  }

  /** Runs `change` after the changes queued before it, so no two interleave. */
  private exclusive<T>(change: () => Promise<T>): Promise<T> {
    const result = this.changes.then(change);
    this.changes = result.catch(() => undefined);
    return result;
  }

  /** Stores a new draft, reconciles the links and returns the draft with its links as stored. Runs inside a change. */
  private async storeNew(draft: Draft): Promise<Draft> {
    await this.write(draft);
    await this.reconcile();
    return { ...draft, relatedIds: [...this.summaries.get(draft.id)!.relatedIds] };
  }

  /** The summary of a stored draft of `kind`; a UserError when it is missing or of another kind. */
  private requireKind(id: string, kind: DraftKind, wrongKind: string): DraftSummary {
    const summary = this.summaries.get(id);
    if (!summary) {
      throw new UserError('not-found', kind === 'medborgarlofte' ? LINK_MESSAGE.promiseNotFound() : LINK_MESSAGE.agreementNotFound());
    }
    if (summary.kind !== kind) throw new UserError('wrong-kind', wrongKind);
    return summary;
  }

  /**
   * Makes the links of all drafts consistent (`reconcileLinks`), rewriting
   * the drafts whose links change. A draft whose file cannot be read is left
   * as it is (it cannot be opened either) and tried again at the next change.
   */
  private async reconcile(): Promise<void> {
    for (const [id, relatedIds] of reconcileLinks([...this.summaries.values()])) {
      await this.writeLinks(id, relatedIds).catch((error: unknown) => {
        if (!(error instanceof UserError)) throw error;
      });
    }
  }

  /** Rewrites one draft with new `relatedIds` and nothing else changed, not even `updatedAt`. */
  private async writeLinks(id: string, relatedIds: string[]): Promise<void> {
    const draft = await this.get(id);
    await this.write({ ...draft, relatedIds });
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
    await this.adapterOf(draft.id).write(draft);
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

/**
 * Moves a file into `dir` as `<name>.json` (or `<name>-2.json` … when that
 * exists), never over another file: a hard link, or where the file system
 * has none a copy that refuses to overwrite, and only then the original goes.
 * A file that is already gone is nothing to move.
 */
async function moveAside(source: string, dir: string, name: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let n = 1; ; n++) {
    const target = path.join(dir, n === 1 ? `${name}.json` : `${name}-${n}.json`);
    try {
      await link(source, target).catch((error: unknown) => {
        if (errorCode(error) === 'EEXIST' || errorCode(error) === 'ENOENT') throw error;
        return copyFile(source, target, constants.COPYFILE_EXCL);
      });
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      if (errorCode(error) === 'ENOENT') return;
      throw error;
    }
    await rm(source);
    return;
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code;
