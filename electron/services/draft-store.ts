import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { reconcileLinks, withAgreement } from '../../shared/draft/links';
import { newDraft, promiseFromAgreement } from '../../shared/draft/new-draft';
import type { DraftReadError, DraftReadResult } from '../../shared/draft/read-draft';
import { isLocked, nextPeriodDraft, startRevision, statusChangeProblem } from '../../shared/draft/status';
import { draftSummarySchema, summarize, type Activity, type Draft, type DraftKind, type DraftSummary } from '../../shared/draft/schema';
import type { FollowUpInput, SaveResult, UnreadableFile } from '../../shared/ipc/contract';
import { UserError } from '../../shared/errors';
import { FOLLOW_UP_MESSAGE } from '../../shared/i18n/follow-up';
import { LINK_MESSAGE, QUARANTINE_MESSAGE, STATUS_MESSAGE, STORE_MESSAGE } from '../../shared/i18n/messages';
import { isAtomicTempFile, syncFolder } from './atomic-file';
import { readDraftFile } from './draft-file';
import { draftFile, schemaFile, type DurableJsonFile } from './durable-json-file';

const indexSchema = z.object({
  format: z.literal('samverka-index'),
  formatVersion: z.literal(1),
  drafts: z.array(draftSummarySchema),
});
/** The list of quarantined files; `movedTo` is a file name in the quarantine folder. */
const quarantineListSchema = z.object({
  format: z.literal('samverka-karantan'),
  formatVersion: z.literal(1),
  files: z.array(z.object({ fileName: z.string(), reason: z.string(), movedTo: z.string(), foundAt: z.string() })),
});
type QuarantineList = z.infer<typeof quarantineListSchema>;

/** How long index writes are gathered before one is made; the draft file itself is written at once. */
const INDEX_WRITE_DELAY_MS = 250;

/** The index lists thousands of summaries; a draft's 5 MB limit is not its limit. */
const INDEX_MAX_BYTES = 256 * 1024 * 1024;

const DRAFT_FILE_NAME = /^[0-9a-f-]{36}\.json$/;
const QUARANTINE_LIST = 'lista.json';

export interface DraftStoreOptions {
  now?: () => Date;
  newId?: () => string;
}

/** What becomes of a draft file that cannot be read. */
type Disposition = 'missing' | 'leave' | 'quarantine';

/**
 * A file that is not there is nothing to act on; one this version must not
 * judge (a newer format version) or could not read at all (no permission, a
 * disk error: perhaps passing) stays where it is and is never written over;
 * every other failure is in the bytes themselves, so the file is set aside.
 */
function dispositionOf(error: DraftReadError): Disposition {
  if (error.code === 'not-found') return 'missing';
  if (error.code === 'newer-version' || error.code === 'unreadable') return 'leave';
  return 'quarantine';
}

/**
 * The library of drafts in a data folder: one JSON file per draft under
 * `drafts/`, and `index.json`, a cache of their summaries for the start page
 * that is checked against the draft files and repaired when it is missing,
 * unreadable or out of step. Every file is written through a lowdb adapter
 * that saves durably (durable-json-file.ts: temp file, fsync, rename, fsync of
 * the folder), so a crash leaves the old content or the new, never a torn file.
 *
 * A draft file that does not parse or fails the schema is moved, with its
 * bytes unchanged, to `karantan/<name>-<time>` (never over another file) and
 * listed by {@link unreadable}; the list is kept in `karantan/lista.json`. A
 * file from a newer Samverka, or one that cannot be read at all, is listed but
 * left in place and never written over. Every other draft opens as usual.
 *
 * The store owns the links between drafts (shared/draft/links.ts): a save
 * never changes them; the operations that do (create, add, put, revise,
 * setAgreement, createPromise, delete) and opening the library reconcile them
 * over all drafts, rewriting the `relatedIds` of the drafts whose links change
 * and nothing else of them. Changes are made one at a time, so a save never
 * overwrites the links written by an operation running beside it.
 *
 * Follow-up has a write path of its own, {@link saveFollowUp}: the only
 * change a signed draft accepts. A save never changes follow-up: each
 * activity keeps the follow-up stored for it, so the editor's autosave of a
 * klar draft, carrying its own (older) copy of the activities, cannot wipe
 * follow-up written beside it.
 */
export class DraftStore {
  private readonly summaries = new Map<string, DraftSummary>();
  /** One adapter per file: each adapter serialises the writes to its own file. */
  private readonly files = new Map<string, DurableJsonFile<Draft>>();
  /** Drafts deleted while the store is open: a late save must not bring one back. */
  private readonly deleted = new Set<string>();
  /** Draft files listed as unreadable but left in place, by id: never written over. */
  private readonly leftInPlace = new Map<string, UnreadableFile>();
  /** Files moved to quarantine, as kept in `karantan/lista.json`. */
  private quarantined: QuarantineList['files'] = [];
  private readonly indexFile: DurableJsonFile<z.infer<typeof indexSchema>>;
  private readonly quarantineFile: DurableJsonFile<QuarantineList>;
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
    this.indexFile = schemaFile(path.join(dataDir, 'index.json'), indexSchema, INDEX_MAX_BYTES);
    this.quarantineFile = schemaFile(path.join(this.quarantineDir, QUARANTINE_LIST), quarantineListSchema, INDEX_MAX_BYTES);
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
  }

  /**
   * Opens (creating if needed) the library in `dataDir`: sets aside the draft
   * files that cannot be read, repairs the index and the links that are out of step.
   */
  static async open(dataDir: string, options: DraftStoreOptions = {}): Promise<DraftStore> {
    const store = new DraftStore(dataDir, options);
    await store.load();
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

  /** Where unreadable draft files are moved, as `<file name>-<time>`, with `lista.json` saying why. */
  get quarantineDir(): string {
    return path.join(this.dataDir, 'karantan');
  }

  /** The drafts, most recently changed first, with their (consistent) links. */
  list(): DraftSummary[] {
    return [...this.summaries.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** The summary of one stored draft, or undefined; without sorting the library, so a save need not grow with it. */
  summary(id: string): DraftSummary | undefined {
    const found = this.summaries.get(id);
    return found && { ...found, period: { ...found.period }, relatedIds: [...found.relatedIds] };
  }

  /**
   * The draft files that could not be read ("Kunde inte läsas"), most recently
   * found first: those moved to quarantine (`movedTo` is where their bytes
   * are) and those left in place (`movedTo` null).
   */
  unreadable(): UnreadableFile[] {
    const moved = this.quarantined.map((entry) => ({ ...entry, movedTo: path.join(this.quarantineDir, entry.movedTo) }));
    return [...this.leftInPlace.values(), ...moved]
      .map((entry) => ({ ...entry }))
      .sort((a, b) => b.foundAt.localeCompare(a.foundAt));
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
   * Stores a whole draft as given, under its own id, over the stored one if
   * there is one (an import that replaces, a restored version). Unlike
   * {@link save} it checks no status change and keeps `updatedAt`; it only
   * refuses to overwrite an undertecknad draft. Its links are the stored
   * ones; a draft new to the library keeps those that point at drafts in it.
   * A draft deleted earlier in this session comes back.
   *
   * @returns the draft as stored
   */
  put(draft: Draft): Promise<Draft> {
    return this.exclusive(async () => {
      const stored = this.summaries.get(draft.id);
      if (stored && isLocked(stored)) throw new UserError('status', STATUS_MESSAGE.locked());
      this.deleted.delete(draft.id);
      await this.write({ ...draft, relatedIds: stored ? [...stored.relatedIds] : draft.relatedIds });
      await this.reconcile();
      return { ...draft, relatedIds: [...this.summaries.get(draft.id)!.relatedIds] };
    });
  }

  /**
   * Starts a new revision of a stored draft; the original stays as it is. A
   * revised löfte keeps its agreement (which then lists both); a revised
   * agreement lists no löften until they are linked to it.
   */
  revise(id: string): Promise<Draft> {
    return this.exclusive(async () => this.storeNew(startRevision(await this.readStored(id), { id: this.newId(), now: this.now() })));
  }

  /**
   * "Starta nästa period": stores the first draft of the next period of a
   * stored draft (shared/draft/status.ts `nextPeriodDraft`), which revises it;
   * the original stays as it is. Links as for {@link revise}.
   */
  startNextPeriod(id: string): Promise<Draft> {
    return this.exclusive(async () => this.storeNew(nextPeriodDraft(await this.readStored(id), { id: this.newId(), now: this.now() })));
  }

  /**
   * Sets the follow-up of one activity of a klar or undertecknad draft
   * (an utkast is refused: follow-up starts when the draft is klar). Only
   * that activity's `followUp` changes, stamped with the store's clock, and
   * the draft's `updatedAt`; everything else is written back as stored, a
   * signed draft's text too. Fields of the stored follow-up that the input
   * does not name (a newer writer's) are kept.
   *
   * @returns the draft as stored
   */
  saveFollowUp(id: string, activityId: string, input: FollowUpInput): Promise<Draft> {
    return this.exclusive(async () => {
      if (this.deleted.has(id)) throw new UserError('deleted', STORE_MESSAGE.deleted());
      const summary = this.summaries.get(id);
      if (!summary) throw new UserError('not-found', STORE_MESSAGE.notFound());
      if (summary.status === 'utkast') throw new UserError('status', FOLLOW_UP_MESSAGE.notReady());
      const stored = await this.readStored(id);
      if (!stored.activities.some((activity) => activity.id === activityId)) throw new UserError('not-found', FOLLOW_UP_MESSAGE.activityNotFound());
      const stamp = this.now().toISOString();
      const saved: Draft = {
        ...stored,
        activities: stored.activities.map((activity) =>
          activity.id === activityId ? { ...activity, followUp: { ...activity.followUp, ...input, updatedAt: stamp } } : activity,
        ),
        updatedAt: stamp,
      };
      await this.write(saved);
      return saved;
    });
  }

  /**
   * "Nytt medborgarlöfte" in an agreement: stores a new löfte pre-filled from
   * it (shared/draft/new-draft.ts), which the agreement then lists.
   */
  createPromise(agreementId: string): Promise<Draft> {
    return this.exclusive(async () => {
      this.requireKind(agreementId, 'samverkansoverenskommelse', LINK_MESSAGE.notAgreementSource());
      const agreement = await this.readStored(agreementId);
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
      return this.readStored(promiseId);
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
      await moveAside(this.fileOf(id), this.deletedDir, `${id.toLowerCase()}-${fileStamp(this.now())}`, '.json');
      this.deleted.add(id);
      this.forget(id);
      await this.reconcile();
    });
  }

  /**
   * Reads one draft from its file (migrated in memory to the current format
   * version; the file is not rewritten). A missing file is a UserError; so is
   * an unreadable one, which is then set aside as at opening and no longer listed.
   */
  async get(id: string): Promise<Draft> {
    const result = await this.readChecked(id);
    if (result.ok || dispositionOf(result.error) === 'missing') return draftOrThrow(result);
    // Judged again inside a change: a save running beside this read may have replaced the file.
    return this.exclusive(() => this.readStored(id));
  }

  /**
   * Stores a whole draft, stamping `updatedAt`. The draft has been validated
   * by the contract; here its status change is checked against the stored
   * one (a signed draft is never overwritten). Its links are the stored ones,
   * whatever the editor's copy says; a draft new to the library keeps those
   * of its links that point at drafts in it. So is each activity's follow-up
   * ({@link saveFollowUp} writes it): an activity the stored draft has keeps
   * its stored follow-up (none, if it has none); a new one keeps its own.
   */
  save(draft: Draft): Promise<SaveResult> {
    return this.exclusive(async () => {
      if (this.deleted.has(draft.id)) throw new UserError('deleted', STORE_MESSAGE.deleted());
      const stored = this.summaries.get(draft.id);
      const problem = statusChangeProblem(stored?.status, draft);
      if (problem) throw new UserError('status', problem);
      const relatedIds = stored ? [...stored.relatedIds] : draft.relatedIds;
      const activities = stored ? await this.withStoredFollowUp(stored, draft.activities) : draft.activities;
      const saved = { ...draft, activities, relatedIds, updatedAt: this.now().toISOString() };
      await this.write(saved);
      if (!stored) await this.reconcile();
      return { updatedAt: saved.updatedAt };
    });
  }

  /**
   * Reads the whole library from disk again, as {@link open} does (after a
   * backup was restored into the data folder): drafts, index, quarantine.
   * Runs as a change, after those under way.
   */
  reload(): Promise<void> {
    return this.replaceLibrary(async () => undefined);
  }

  /**
   * Replaces the library on disk as one step: `swap` runs with no change of
   * the store under way and none starting until it ends (a backup restore
   * swaps the data folder's contents in it), then the library is read again
   * from disk as {@link reload} does. A save acknowledged before this began is
   * in the folder `swap` replaces; one made after it ends is written to the
   * new library.
   */
  replaceLibrary(swap: () => Promise<void>): Promise<void> {
    return this.exclusive(async () => {
      // A pending index write would describe the library as it was; the load writes the index it finds out of step.
      clearTimeout(this.indexTimer);
      this.indexTimer = undefined;
      try {
        await swap();
      } finally {
        this.summaries.clear();
        this.files.clear();
        this.leftInPlace.clear();
        this.quarantined = [];
        await this.load();
        for (const id of this.summaries.keys()) this.deleted.delete(id);
        await this.reconcile();
      }
    });
  }

  /** Waits for the changes under way and writes what is pending of the index; call before the process ends. */
  async flush(): Promise<void> {
    await this.changes;
    if (this.indexTimer) {
      clearTimeout(this.indexTimer);
      this.indexTimer = undefined;
      this.queueIndexWrite();
    }
    await this.indexWrite;
  }

  /**
   * `activities` with the follow-up stored for each (see {@link save}). The
   * stored file is read only when there is follow-up to keep or to drop, so
   * saving a draft without any stays a write and no read. Runs inside a change.
   */
  private async withStoredFollowUp(stored: DraftSummary, activities: Activity[]): Promise<Activity[]> {
    if (stored.followUp.followedUp === 0 && !activities.some((activity) => activity.followUp)) return activities;
    const result = await this.readChecked(stored.id);
    // A stored file that cannot be read has no follow-up to keep; the save writes over it as before.
    if (!result.ok) return activities;
    const storedFollowUp = new Map(result.draft.activities.map((activity) => [activity.id, activity.followUp]));
    return activities.map((activity) => {
      if (!storedFollowUp.has(activity.id)) return activity;
      const followUp = storedFollowUp.get(activity.id);
      if (followUp) return { ...activity, followUp };
      const { followUp: _editorCopy, ...rest } = activity;
      return rest;
    });
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
   * the drafts whose links change. A draft whose file cannot be read is set
   * aside (and so drops out of the links at the next change) or, left in
   * place, is left as it is.
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
    const draft = await this.readStored(id);
    await this.write({ ...draft, relatedIds });
  }

  /** Reads a draft file; one whose draft has another id than its name is as unreadable as a broken one. */
  private async readChecked(id: string): Promise<DraftReadResult> {
    const result = await readDraftFile(this.fileOf(id));
    if (result.ok && result.draft.id.toLowerCase() !== id.toLowerCase()) {
      const fileName = path.basename(this.fileOf(id));
      return { ok: false, error: { code: 'invalid', message: QUARANTINE_MESSAGE.idMismatch(fileName, result.draft.id), problems: [] } };
    }
    return result;
  }

  /** Reads a draft inside a change (or while opening), setting its file aside when it cannot be read. */
  private async readStored(id: string): Promise<Draft> {
    const result = await this.readChecked(id);
    if (!result.ok) await this.setAside(id, result.error);
    return draftOrThrow(result);
  }

  /**
   * Acts on a draft file that could not be read ({@link dispositionOf}): moves
   * it to quarantine or records it as left in place, and takes it out of the
   * library. Runs inside a change (or while opening).
   */
  private async setAside(id: string, error: DraftReadError): Promise<void> {
    const disposition = dispositionOf(error);
    if (disposition === 'missing') return;
    const fileName = path.basename(this.fileOf(id));
    const found = this.now();
    const foundAt = found.toISOString();
    if (disposition === 'leave') {
      this.leftInPlace.set(id.toLowerCase(), { fileName, reason: error.message, movedTo: null, foundAt });
    } else {
      const movedTo = await moveAside(this.fileOf(id), this.quarantineDir, `${fileName}-${fileStamp(found)}`, '');
      if (movedTo) {
        this.quarantined.push({ fileName, reason: error.message, movedTo: path.basename(movedTo), foundAt });
        await this.writeQuarantineList();
      }
    }
    this.forget(id);
  }

  /** Takes a draft out of the library's memory and index (its file is gone or not to be touched). */
  private forget(id: string): void {
    this.files.delete(id);
    if (this.summaries.delete(id)) this.scheduleIndexWrite();
  }

  private fileOf(id: string): string {
    // Ids reaching here are UUIDs (checked by the contract's schema); this guards the path anyway.
    if (!/^[0-9a-fA-F-]{36}$/.test(id)) throw new UserError('invalid-id', STORE_MESSAGE.notFound());
    return path.join(this.draftsDir, `${id.toLowerCase()}.json`);
  }

  private adapterOf(id: string): DurableJsonFile<Draft> {
    let adapter = this.files.get(id);
    if (!adapter) {
      adapter = draftFile(this.fileOf(id));
      this.files.set(id, adapter);
    }
    return adapter;
  }

  /** Writes a draft's file durably; never over a file left in place (a newer format version). */
  private async write(draft: Draft): Promise<void> {
    if (this.leftInPlace.has(draft.id.toLowerCase())) throw new UserError('left-in-place', STORE_MESSAGE.leftInPlace());
    await this.adapterOf(draft.id).write(draft);
    this.summaries.set(draft.id, summarize(draft));
    this.scheduleIndexWrite();
  }

  private scheduleIndexWrite(): void {
    if (this.indexTimer) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined;
      this.queueIndexWrite();
    }, INDEX_WRITE_DELAY_MS);
    this.indexTimer.unref?.();
  }

  /**
   * Writes the index as a change of its own, so no save lands between taking
   * the summaries and the write: an index newer than a draft file always
   * describes it. A failure is reported by {@link flush}.
   */
  private queueIndexWrite(): void {
    const write = this.exclusive(() => this.writeIndex());
    write.catch(() => undefined);
    this.indexWrite = write;
  }

  private async writeIndex(): Promise<void> {
    await this.indexFile.write({ format: 'samverka-index', formatVersion: 1, drafts: this.list() });
  }

  private async writeQuarantineList(): Promise<void> {
    await this.quarantineFile.write({ format: 'samverka-karantan', formatVersion: 1, files: this.quarantined });
  }

  /** Loads the library from disk into an empty store: leftovers of killed writes, quarantine list, drafts and index. */
  private async load(): Promise<void> {
    await mkdir(this.draftsDir, { recursive: true });
    await removeTempFiles(this.draftsDir, () => true);
    await removeTempFiles(this.dataDir, (name) => name.startsWith('.index.json.'));
    await removeTempFiles(this.quarantineDir, (name) => name.startsWith(`.${QUARANTINE_LIST}.`));
    await this.loadQuarantineList();
    await this.loadDrafts();
  }

  /**
   * Loads the quarantine list. A file in the quarantine folder that the list
   * does not name (the list was lost, or the app stopped between moving a file
   * and writing the list) is listed with a reason saying so: nothing there is ever unlisted.
   */
  private async loadQuarantineList(): Promise<void> {
    const result = await this.quarantineFile.check();
    this.quarantined = result.ok ? result.value.files : [];
    const named = new Set(this.quarantined.map((entry) => entry.movedTo));
    const names = await readdir(this.quarantineDir).catch(() => [] as string[]);
    const unnamed = names.filter((name) => name !== QUARANTINE_LIST && !isAtomicTempFile(name) && !named.has(name)).sort();
    for (const name of unnamed) {
      const info = await stat(path.join(this.quarantineDir, name));
      if (!info.isFile()) continue;
      this.quarantined.push({ fileName: originalName(name), reason: QUARANTINE_MESSAGE.reasonLost(), movedTo: name, foundAt: info.mtime.toISOString() });
    }
    if (unnamed.length > 0) await this.writeQuarantineList();
  }

  /**
   * Loads the drafts: a summary from the index for each draft file it lists
   * that has not changed since the index was written, and the file itself for
   * every other one (new, changed after the index, or all of them when the
   * index is missing or unreadable). Files that cannot be read are set aside.
   * The index is rewritten when it does not describe exactly what was found.
   */
  private async loadDrafts(): Promise<void> {
    const ids = (await readdir(this.draftsDir)).filter((name) => DRAFT_FILE_NAME.test(name)).map((name) => name.slice(0, -'.json'.length));
    const [index, indexInfo] = await Promise.all([this.indexFile.check(), stat(this.indexFile.filename).catch(() => null)]);
    const listed = index.ok && indexInfo ? new Map(index.value.drafts.map((summary) => [summary.id, summary])) : new Map<string, DraftSummary>();
    const modified = await Promise.all(ids.map((id) => stat(this.fileOf(id)).then((info) => info.mtimeMs, () => Infinity)));
    for (const [i, id] of ids.entries()) {
      const summary = listed.get(id);
      if (summary && indexInfo && modified[i] <= indexInfo.mtimeMs) {
        this.summaries.set(id, summary);
        continue;
      }
      const result = await this.readChecked(id);
      if (result.ok) this.summaries.set(id, summarize(result.draft));
      else await this.setAside(id, result.error);
    }
    clearTimeout(this.indexTimer);
    this.indexTimer = undefined;
    if (!index.ok || !sameSummaries(listed, this.summaries)) await this.writeIndex();
  }
}

/** The draft of a successful read, or the UserError saying why there is none. */
function draftOrThrow(result: DraftReadResult): Draft {
  if (result.ok) return result.draft;
  const { code, message } = result.error;
  if (dispositionOf(result.error) === 'missing') throw new UserError('not-found', STORE_MESSAGE.notFound());
  const detail = dispositionOf(result.error) === 'quarantine' ? `${message} ${QUARANTINE_MESSAGE.movedAside()}` : message;
  throw new UserError(code, STORE_MESSAGE.unreadable(detail));
}

/** A time for file names: the ISO time with `:` and `.` as `-`. */
const fileStamp = (time: Date) => time.toISOString().replace(/[:.]/g, '-');

/** Whether the index's summaries are exactly the library's. */
function sameSummaries(listed: Map<string, DraftSummary>, found: Map<string, DraftSummary>): boolean {
  if (listed.size !== found.size) return false;
  for (const [id, summary] of found) {
    if (JSON.stringify(listed.get(id)) !== JSON.stringify(summary)) return false;
  }
  return true;
}

/** The name a quarantined file had in drafts/: its name in quarantine without `-<time>` and `-<n>`. */
function originalName(quarantinedName: string): string {
  return quarantinedName.replace(/-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z(?:-\d+)?$/, '');
}

/**
 * Removes the temporary files of atomic writes that a killed process left in
 * `dir` (only when the store opens: one writer, so none is being written).
 */
async function removeTempFiles(dir: string, ours: (name: string) => boolean): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (isAtomicTempFile(name) && ours(name)) await rm(path.join(dir, name), { force: true });
  }
}

/**
 * Moves a file into `dir` as `<name><ext>` (or `<name>-2<ext>` … when that
 * exists), never over another file: a hard link, or where the file system
 * has none a copy that refuses to overwrite, and only then the original goes.
 *
 * @returns the path it was moved to, or null when the file was already gone
 */
async function moveAside(source: string, dir: string, name: string, ext: string): Promise<string | null> {
  await mkdir(dir, { recursive: true });
  for (let n = 1; ; n++) {
    const target = path.join(dir, n === 1 ? `${name}${ext}` : `${name}-${n}${ext}`);
    try {
      await link(source, target).catch((error: unknown) => {
        if (errorCode(error) === 'EEXIST' || errorCode(error) === 'ENOENT') throw error;
        return copyFile(source, target, constants.COPYFILE_EXCL);
      });
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    await syncFolder(dir);
    await rm(source);
    await syncFolder(path.dirname(source));
    return target;
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code;
