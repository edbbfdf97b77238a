import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DraftReadError, DraftReadResult } from '../../shared/draft/read-draft';
import { normalizeDraftId, type Draft, type DraftSummary } from '../../shared/draft/schema';
import { summarize } from '../../shared/draft/summary';
import type { UnreadableFile } from '../../shared/ipc/contract';
import { UserError } from '../../shared/errors';
import { QUARANTINE_MESSAGE, STORE_MESSAGE } from '../../shared/i18n/library';
import { removeAtomicTempFiles } from './atomic-file';
import { CHANGE_LOCK_FILE } from './change-lock';
import { draftIdsIn, libraryFolder, lowerCaseDraftFileNames } from './draft-file-names';
import { factsOf, KnownVersions, sameVersion, versionOf, type DraftFacts } from './draft-versions';
import { draftFile, LowFile } from './durable-json-file';
import { INDEX_FILE, LibraryIndex, type IndexEntry } from './library-index';
import { dispositionOf, LEGACY_QUARANTINE_LIST, Quarantine, unreadableError } from './quarantine';
import { newestFirst } from '../../shared/calendar';

/** A draft file as a change finds it on disk: its draft, no file, or a file just set aside as unreadable. */
export type Current = { state: 'ok'; draft: Draft } | { state: 'missing' } | { state: 'set-aside'; error: DraftReadError };

/** A draft file as a save finds it: what it needs of it (`read` is the draft when it had to be read), or as {@link Current}. */
export type CurrentFile = { state: 'ok'; known: DraftFacts; read: Draft | null } | Exclude<Current, { state: 'ok' }>;

/**
 * The drafts of a library as files on disk and as the store lists them:
 * one JSON file per draft under `drafts/`, named by its id in lower case
 * (one id, one file), read and written through lowdb's `Low` over the
 * durable adapter (durable-json-file.ts: temp file, fsync, rename, fsync of
 * the folder; a draft written only as a text its reader accepts, so nothing
 * acknowledged is set aside at the next start). It keeps the summaries (and
 * the index that caches them, library-index.ts), what a conditional save
 * needs of each file at which version (draft-versions.ts), the drafts
 * deleted while open, and the files that cannot be read (quarantine.ts). A
 * read is always of the file as it is now: another app may have written it.
 * Every method that reads or writes runs inside one of the store's changes.
 */
export class LibraryDrafts {
  readonly summaries = new Map<string, DraftSummary>();
  /** Drafts deleted while the store is open, here or by another app: a late save must not bring one back. */
  readonly deleted = new Set<string>();
  readonly quarantine: Quarantine;
  readonly index: LibraryIndex;
  /** What a save needs of each draft file, as last written or read, and at which version of the file; kept in the index. */
  private readonly known = new KnownVersions();
  /** One file per draft: each adapter serialises the writes to its own file. */
  private readonly files = new Map<string, LowFile<Draft>>();

  /** @param exclusive runs an index write as a change of the store's own */
  constructor(
    readonly dataDir: string,
    private readonly now: () => Date,
    exclusive: (write: () => Promise<void>) => Promise<void>,
  ) {
    this.quarantine = new Quarantine(libraryFolder(dataDir, 'quarantine'));
    this.index = new LibraryIndex(dataDir, () => this.indexEntries(), exclusive);
  }

  get draftsDir(): string {
    return libraryFolder(this.dataDir, 'drafts');
  }

  /** The drafts, most recently changed first. */
  list(): DraftSummary[] {
    return [...this.summaries.values()].sort((a, b) => newestFirst(a.updatedAt, b.updatedAt));
  }

  /** The draft files that could not be read, most recently found first. */
  unreadable(): UnreadableFile[] {
    return this.quarantine.unreadable();
  }

  /** Reads a draft file through its `Low`; one whose draft has another id than its name is as unreadable as a broken one. */
  async readChecked(id: string): Promise<DraftReadResult> {
    const result = await this.fileFor(id).read();
    if (!result.ok) return result;
    if (result.value.id === id) return { ok: true, draft: result.value };
    const message = QUARANTINE_MESSAGE.idMismatch(path.basename(this.fileOf(id)), result.value.id);
    return { ok: false, error: { code: 'invalid', message, problems: [] } };
  }

  /**
   * A draft file as it is on disk now, read, setting it aside when it cannot
   * be read; one that did not change while it was read becomes known at its version.
   */
  async readCurrent(id: string): Promise<Current> {
    const before = await stat(this.fileOf(id)).catch(() => null);
    const result = await this.readChecked(id);
    if (!result.ok) {
      this.known.delete(id);
      if (dispositionOf(result.error) === 'missing') return { state: 'missing' };
      await this.setAside([{ id, error: result.error }]);
      return { state: 'set-aside', error: result.error };
    }
    const after = await stat(this.fileOf(id)).catch(() => null);
    this.known.set(id, result.draft, before && after && sameVersion(versionOf(before), versionOf(after)) ? versionOf(after) : null);
    return { state: 'ok', draft: result.draft };
  }

  /**
   * A draft file as a save must take it: the file's version on disk is
   * looked at (a stat), and the file read only when it is not the version
   * known, that is when another app wrote it since.
   */
  async currentFile(id: string): Promise<CurrentFile> {
    const known = await this.known.ifUnchanged(id, this.fileOf(id));
    if (known) return { state: 'ok', known, read: null };
    const current = await this.readCurrent(id);
    return current.state === 'ok' ? { state: 'ok', known: factsOf(current.draft), read: current.draft } : current;
  }

  /** Reads a draft as {@link readCurrent} does; a listed draft whose file is gone was deleted by another app, and stays deleted. */
  async readStored(id: string): Promise<Draft> {
    const listed = this.summaries.has(id);
    const current = await this.readCurrent(id);
    if (current.state === 'ok') return current.draft;
    if (current.state === 'set-aside') throw unreadableError(current.error);
    if (listed) this.forgetDeleted(id);
    throw new UserError('not-found', STORE_MESSAGE.notFound());
  }

  /** Reads a draft that a change is to rewrite for its editor: as {@link readStored}, saying so when it was deleted. */
  async readExisting(id: string): Promise<Draft> {
    if (this.deleted.has(id)) throw new UserError('deleted', STORE_MESSAGE.deleted());
    const listed = this.summaries.has(id);
    try {
      return await this.readStored(id);
    } catch (error) {
      if (listed && this.deleted.has(id)) throw new UserError('deleted', STORE_MESSAGE.deletedElsewhere());
      throw error;
    }
  }

  /** Writes a draft's file durably (refused, with nothing written, when its reader would refuse it); never over a file left in place. */
  async write(draft: Draft): Promise<void> {
    if (this.quarantine.isLeftInPlace(draft.id)) throw new UserError('left-in-place', STORE_MESSAGE.leftInPlace());
    await this.fileFor(draft.id).write(draft);
    this.summaries.set(draft.id, summarize(draft));
    const info = await stat(this.fileOf(draft.id)).catch(() => null);
    this.known.set(draft.id, draft, info && versionOf(info));
    this.index.schedule();
  }

  /** Lists a draft as its file was just read (another app's version), for the start page. */
  remember(draft: Draft): void {
    this.summaries.set(draft.id, summarize(draft));
    this.index.schedule();
  }

  /** Takes a deleted draft out of the library, for good: no late save brings it back. */
  forgetDeleted(id: string): void {
    this.deleted.add(id);
    this.forget(id);
  }

  /** The path of draft `id`'s file; a UserError for an id that is no UUID. */
  fileOf(id: string): string {
    // Ids reaching here are UUIDs (checked by the contract's schema); this guards the path anyway.
    if (!/^[0-9a-fA-F-]{36}$/.test(id)) throw new UserError('invalid-id', STORE_MESSAGE.notFound());
    return path.join(this.draftsDir, `${normalizeDraftId(id)}.json`);
  }

  /**
   * Loads the library from disk, forgetting what was read before (the drafts
   * deleted in this session stay deleted unless their files are back):
   * removes leftovers of killed writes, reads the quarantine list, then each
   * draft: its summary from the index when it lists the file at the version
   * it has now (size, time, inode: another app's save makes a new one), else
   * the file itself. Files that cannot be read are set aside, together; the
   * index is rewritten when it does not describe exactly what was found.
   */
  async load(): Promise<void> {
    this.summaries.clear();
    this.known.clear();
    this.files.clear();
    this.quarantine.clear();
    await mkdir(this.draftsDir, { recursive: true });
    await removeAtomicTempFiles(this.draftsDir, () => true);
    await removeAtomicTempFiles(this.dataDir, (name) => name.startsWith(`.${INDEX_FILE}.`) || name.startsWith(`${CHANGE_LOCK_FILE}.`));
    await removeAtomicTempFiles(this.quarantine.dir, (name) => name.startsWith(`.${LEGACY_QUARANTINE_LIST}.`));
    await this.quarantine.load();
    const duplicates = await lowerCaseDraftFileNames(this.draftsDir);
    if (duplicates.length > 0) await this.quarantine.setAside(duplicates, this.now());
    const ids = await draftIdsIn(this.draftsDir);
    const listed = await this.index.read();
    const infos = await Promise.all(ids.map((id) => stat(this.fileOf(id)).catch(() => null)));
    const unreadable: { id: string; error: DraftReadError }[] = [];
    for (const [i, id] of ids.entries()) {
      const version = infos[i]?.isFile() ? versionOf(infos[i]) : null;
      const entry = listed?.get(id);
      if (entry?.file && version && sameVersion(entry.file, version)) {
        const { file: _file, ...summary } = entry;
        this.summaries.set(id, summary);
        this.known.setFromSummary(id, summary, version);
        continue;
      }
      const result = await this.readChecked(id);
      if (result.ok) {
        this.summaries.set(id, summarize(result.draft));
        this.known.set(id, result.draft, version);
      } else unreadable.push({ id, error: result.error });
    }
    await this.setAside(unreadable);
    for (const id of this.summaries.keys()) this.deleted.delete(id);
    await this.index.writeIfChanged(listed);
  }

  /** Sets aside draft files that could not be read (quarantine.ts) and takes them out of the library. */
  private async setAside(files: { id: string; error: DraftReadError }[]): Promise<void> {
    if (files.length === 0) return;
    const named = files.map(({ id, error }) => ({ id, file: this.fileOf(id), error }));
    for (const id of await this.quarantine.setAsideDrafts(named, this.now())) this.forget(id);
  }

  /** Takes a draft out of the library's memory and index (its file is gone or not to be touched). */
  private forget(id: string): void {
    this.files.delete(id);
    this.known.delete(id);
    if (this.summaries.delete(id)) this.index.schedule();
  }

  private fileFor(id: string): LowFile<Draft> {
    let file = this.files.get(id);
    if (!file) {
      file = new LowFile(draftFile(this.fileOf(id)));
      this.files.set(id, file);
    }
    return file;
  }

  /** The index's entries: each summary with the version of the file it describes, where this store knows it. */
  private indexEntries(): IndexEntry[] {
    return this.list().map((summary) => {
      const file = this.known.version(summary.id);
      return file ? { ...summary, file } : summary;
    });
  }
}
