import { randomUUID } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { reconcileLinks, withAgreement } from '../../shared/draft/links';
import { newDraft, promiseFromAgreement, type NewDraftDefaults } from '../../shared/draft/new-draft';
import type { DraftReadError, DraftReadResult } from '../../shared/draft/read-draft';
import { isLocked, nextPeriodDraft, startRevision, statusChangeProblem } from '../../shared/draft/status';
import {
  draftSummarySchema,
  normalizeDraftId,
  summarize,
  type Activity,
  type Draft,
  type DraftKind,
  type DraftSummary,
} from '../../shared/draft/schema';
import type { FollowUpInput, SaveResult, UnreadableFile } from '../../shared/ipc/contract';
import { UserError } from '../../shared/errors';
import { FOLLOW_UP_MESSAGE } from '../../shared/i18n/follow-up';
import { LINK_MESSAGE, QUARANTINE_MESSAGE, STATUS_MESSAGE, STORE_MESSAGE } from '../../shared/i18n/messages';
import { removeAtomicTempFiles } from './atomic-file';
import { CHANGE_LOCK_FILE, ChangeLock } from './change-lock';
import { readDraftFile } from './draft-file';
import { draftIdsIn, LIBRARY_FOLDERS, lowerCaseDraftFileNames } from './draft-file-names';
import {
  factsOf,
  fileVersionSchema,
  KnownVersions,
  needsStoredFollowUp,
  sameVersion,
  stampAfter,
  versionOf,
  withStoredFollowUp,
  type DraftFacts,
} from './draft-versions';
import { draftFile, schemaFile, type DurableJsonFile } from './durable-json-file';
import { moveAside } from './move-aside';
import { fileStamp, Quarantine } from './quarantine';

const indexSchema = z.object({
  format: z.literal('samverka-index'),
  formatVersion: z.literal(1),
  /** Each summary with the version of the file it was read from; a file of another version is read again. */
  drafts: z.array(draftSummarySchema.extend({ file: fileVersionSchema.optional() })),
});
type IndexEntry = z.infer<typeof indexSchema>['drafts'][number];

/** How long index writes are gathered before one is made; the draft file itself is written at once. */
const INDEX_WRITE_DELAY_MS = 250;

/** The index lists thousands of summaries; a draft's 5 MB limit is not its limit. */
const INDEX_MAX_BYTES = 256 * 1024 * 1024;

export interface DraftStoreOptions {
  now?: () => Date;
  newId?: () => string;
  /** What every new draft starts with (the organisation's parties and signatories, from IT's policy); none by default. */
  newDraftDefaults?: NewDraftDefaults;
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
function dispositionOf(error: DraftReadError): Disposition {
  if (error.code === 'not-found') return 'missing';
  if (error.code === 'newer-version' || error.code === 'unreadable' || error.code === 'not-a-file') return 'leave';
  return 'quarantine';
}

/** A draft file as a change finds it on disk: its draft, no file, or a file just set aside as unreadable. */
type Current = { state: 'ok'; draft: Draft } | { state: 'missing' } | { state: 'set-aside'; error: DraftReadError };

/** A draft file as a save finds it: what it needs of it (`read` is the draft when it had to be read), or as {@link Current}. */
type CurrentFile = { state: 'ok'; known: DraftFacts; read: Draft | null } | Exclude<Current, { state: 'ok' }>;

/**
 * The library of drafts in a data folder: one JSON file per draft under
 * `drafts/`, named by its id in lower case (ids are read in lower case
 * wherever they come from: one id, one file), and `index.json`, a cache of
 * their summaries for the start page that is checked against the draft
 * files and repaired when it is missing, unreadable or out of step. Every
 * file is written through a lowdb adapter that saves durably
 * (durable-json-file.ts: temp file, fsync, rename, fsync of the folder), so
 * a crash leaves the old content or the new, never a torn file; and that
 * writes a draft only as a text its reader accepts (write-draft.ts), so
 * nothing acknowledged is set aside at the next start.
 *
 * Another app may have the same data folder open (a network drive two
 * colleagues use). Each change runs holding the folder's change lock
 * (change-lock.ts), and every save is conditional: it is based on the
 * `updatedAt` its editor last read or was given by a save, and is refused
 * (`conflict`) unless that is the version of the file on disk now, read
 * inside the change. What the store remembers is never trusted for it: a
 * signed draft's status, a draft deleted by the other app, the follow-up and
 * links to keep are all read from the file.
 *
 * A draft file that does not parse or fails the schema is moved, with its
 * bytes unchanged, to `karantan/<name>-<time>` (never over another file) and
 * listed by {@link unreadable}; the list is kept in karantan/ (quarantine.ts).
 * A file from a newer Samverka, one that cannot be read at all, or a folder
 * or FIFO named like a draft, is listed but left in place and never written
 * over. Every other draft opens as usual.
 *
 * The store owns the links between drafts (shared/draft/links.ts): a save
 * never changes them; the operations that do (create, add, put, revise,
 * setAgreement, createPromise, delete) and opening the library reconcile them
 * over all drafts, rewriting the `relatedIds` of the drafts whose links change
 * and nothing else of them, not even `updatedAt` (so a links-only change
 * makes no save stale). Changes are made one at a time.
 *
 * Follow-up has a write path of its own, {@link saveFollowUp}: the only
 * change a signed draft accepts, and a new version of the file like any
 * other. A save never changes follow-up: each activity keeps the follow-up
 * stored for it, whatever the editor's copy of the activities says.
 */
export class DraftStore {
  private readonly summaries = new Map<string, DraftSummary>();
  /** What a save needs of each draft file, as last written or read, and at which version of the file (draft-versions.ts); kept in the index. */
  private readonly known = new KnownVersions();
  /** One adapter per file: each adapter serialises the writes to its own file. */
  private readonly files = new Map<string, DurableJsonFile<Draft>>();
  /** Drafts deleted while the store is open, here or by another app: a late save must not bring one back. */
  private readonly deleted = new Set<string>();
  /** Draft files listed as unreadable but left in place, by id: never written over. */
  private readonly leftInPlace = new Map<string, UnreadableFile>();
  private readonly quarantine: Quarantine;
  private readonly lock: ChangeLock;
  private readonly indexFile: DurableJsonFile<z.infer<typeof indexSchema>>;
  private indexTimer: NodeJS.Timeout | undefined;
  private indexWrite: Promise<void> = Promise.resolve();
  /** The tail of the queue of changes; each waits for the one before it. */
  private changes: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly newDraftDefaults: NewDraftDefaults | undefined;

  private constructor(
    readonly dataDir: string,
    options: DraftStoreOptions,
  ) {
    this.indexFile = schemaFile(path.join(dataDir, 'index.json'), indexSchema, INDEX_MAX_BYTES);
    this.quarantine = new Quarantine(this.quarantineDir);
    this.lock = new ChangeLock(path.join(dataDir, CHANGE_LOCK_FILE));
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.newDraftDefaults = options.newDraftDefaults;
  }

  /**
   * Opens (creating if needed) the library in `dataDir`: sets aside the draft
   * files that cannot be read, repairs the index and the links that are out of step.
   */
  static async open(dataDir: string, options: DraftStoreOptions = {}): Promise<DraftStore> {
    const store = new DraftStore(dataDir, options);
    await mkdir(store.draftsDir, { recursive: true });
    await store.exclusive(async () => {
      await store.load();
      await store.reconcile();
    });
    return store;
  }

  get draftsDir(): string {
    return path.join(this.dataDir, LIBRARY_FOLDERS.drafts);
  }

  /** Where deleted drafts are kept, as `<id>-<time>.json`. */
  get deletedDir(): string {
    return path.join(this.dataDir, LIBRARY_FOLDERS.deleted);
  }

  /** Where unreadable draft files are moved, as `<file name>-<time>`, with a list saying why. */
  get quarantineDir(): string {
    return path.join(this.dataDir, LIBRARY_FOLDERS.quarantine);
  }

  /** The drafts, most recently changed first, with their (consistent) links. */
  list(): DraftSummary[] {
    return [...this.summaries.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** The summary of one stored draft, or undefined; without sorting the library, so a save need not grow with it. */
  summary(id: string): DraftSummary | undefined {
    const found = this.summaries.get(normalizeDraftId(id));
    return found && { ...found, period: { ...found.period }, relatedIds: [...found.relatedIds] };
  }

  /**
   * The draft files that could not be read ("Kunde inte läsas"), most recently
   * found first: those moved to quarantine (`movedTo` is where their bytes
   * are) and those left in place (`movedTo` null).
   */
  unreadable(): UnreadableFile[] {
    return [...this.leftInPlace.values(), ...this.quarantine.list()]
      .map((entry) => ({ ...entry }))
      .sort((a, b) => b.foundAt.localeCompare(a.foundAt));
  }

  /** Creates and stores an empty draft. */
  create(kind: DraftKind): Promise<Draft> {
    return this.exclusive(() => this.storeNew(newDraft({ id: this.nextId(), kind, now: this.now(), defaults: this.newDraftDefaults })));
  }

  /**
   * Stores a copy of a draft (a bundled example, an imported file) as a new
   * draft of the library; its links to drafts that are not in the library are dropped.
   */
  add(draft: Draft): Promise<Draft> {
    const stamp = this.now().toISOString();
    return this.exclusive(() => this.storeNew({ ...withNormalIds(draft), id: this.nextId(), status: 'utkast', createdAt: stamp, updatedAt: stamp }));
  }

  /**
   * Stores a whole draft as given, under its own id, over the stored one if
   * there is one (an import that replaces, a restored version). Unlike
   * {@link save} it is based on no version, checks no status change and
   * keeps `updatedAt`; it only refuses to overwrite an undertecknad draft
   * (as the file says). Its links are the stored ones; a draft new to the
   * library keeps those that point at drafts in it. A draft deleted earlier
   * in this session comes back.
   *
   * @returns the draft as stored
   */
  put(input: Draft): Promise<Draft> {
    const draft = withNormalIds(input);
    return this.exclusive(async () => {
      const current = await this.currentFile(draft.id);
      const stored = current.state === 'ok' ? current.known : null;
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
    return this.exclusive(async () =>
      this.storeNew(startRevision(await this.readStored(normalizeDraftId(id)), { id: this.nextId(), now: this.now() })),
    );
  }

  /**
   * "Starta nästa period": stores the first draft of the next period of a
   * stored draft (shared/draft/status.ts `nextPeriodDraft`), which revises it;
   * the original stays as it is. Links as for {@link revise}.
   */
  startNextPeriod(id: string): Promise<Draft> {
    return this.exclusive(async () =>
      this.storeNew(nextPeriodDraft(await this.readStored(normalizeDraftId(id)), { id: this.nextId(), now: this.now() })),
    );
  }

  /**
   * Sets the follow-up of one activity of a klar or undertecknad draft
   * (an utkast is refused: follow-up starts when the draft is klar), as the
   * file on disk is now: its status, its other activities' follow-up. Only
   * that activity's `followUp` changes, stamped with the new version's time,
   * and the draft's `updatedAt`; everything else is written back as stored,
   * a signed draft's text too. Fields of the stored follow-up that the input
   * does not name (a newer writer's) are kept.
   *
   * @returns the draft as stored
   */
  saveFollowUp(id: string, activityId: string, input: FollowUpInput): Promise<Draft> {
    const draftId = normalizeDraftId(id);
    return this.exclusive(async () => {
      const stored = await this.readExisting(draftId);
      if (stored.status === 'utkast') {
        this.remember(stored);
        throw new UserError('status', FOLLOW_UP_MESSAGE.notReady());
      }
      if (!stored.activities.some((activity) => activity.id === activityId)) throw new UserError('not-found', FOLLOW_UP_MESSAGE.activityNotFound());
      const stamp = stampAfter(this.now(), stored.updatedAt);
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
    const id = normalizeDraftId(agreementId);
    return this.exclusive(async () => {
      this.requireKind(id, 'samverkansoverenskommelse', LINK_MESSAGE.notAgreementSource());
      const agreement = await this.readStored(id);
      return this.storeNew(promiseFromAgreement(agreement, { id: this.nextId(), now: this.now() }));
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
    const [promiseKey, agreementKey] = [normalizeDraftId(promiseId), agreementId === null ? null : normalizeDraftId(agreementId)];
    return this.exclusive(async () => {
      const promise = this.requireKind(promiseKey, 'medborgarlofte', LINK_MESSAGE.notPromise());
      if (agreementKey !== null) this.requireKind(agreementKey, 'samverkansoverenskommelse', LINK_MESSAGE.notAgreement());
      await this.writeLinks(promiseKey, withAgreement(promise.relatedIds, agreementKey, (id) => this.summaries.get(id)?.kind));
      await this.reconcile();
      return this.readStored(promiseKey);
    });
  }

  /**
   * Takes a draft out of the library: its file is moved, unchanged, to
   * `borttagna/<id>-<time>.json` (never over another file there), and every
   * link to it is removed from the other drafts. Refused (`conflict`) when
   * the file on disk is no longer the version this store listed: another app
   * changed it, and what is deleted should be what the user saw.
   */
  delete(id: string): Promise<void> {
    const draftId = normalizeDraftId(id);
    return this.exclusive(async () => {
      const listed = this.summaries.get(draftId);
      if (!listed) throw new UserError('not-found', STORE_MESSAGE.notFound());
      const current = await this.currentFile(draftId);
      if (current.state === 'missing') {
        // Deleted by another app meanwhile.
        this.forgetDeleted(draftId);
        throw new UserError('not-found', STORE_MESSAGE.notFound());
      }
      if (current.state === 'set-aside') throw unreadableError(current.error);
      if (current.known.updatedAt !== listed.updatedAt) {
        if (current.read) this.remember(current.read);
        throw new UserError('conflict', STORE_MESSAGE.deleteChanged());
      }
      await moveAside(this.fileOf(draftId), this.deletedDir, `${draftId}-${fileStamp(this.now())}`, '.json');
      this.deleted.add(draftId);
      this.forget(draftId);
      await this.reconcile();
    });
  }

  /**
   * Reads one draft from its file (migrated in memory to the current format
   * version; the file is not rewritten). A missing file is a UserError; so is
   * an unreadable one, which is then set aside as at opening and no longer listed.
   */
  async get(id: string): Promise<Draft> {
    const draftId = normalizeDraftId(id);
    const result = await this.readChecked(draftId);
    if (result.ok || dispositionOf(result.error) === 'missing') return draftOrThrow(result);
    // Judged again inside a change: a save running beside this read may have replaced the file.
    return this.exclusive(() => this.readStored(draftId));
  }

  /**
   * Stores a whole draft, stamping `updatedAt`, if it is based on the file's
   * version: the draft's `updatedAt` is the version its editor last read or
   * was given by a save (the returned `updatedAt` is the next save's basis),
   * and it must be the `updatedAt` of the file on disk now. Otherwise the
   * save is refused and nothing is written: `conflict` when another app saved
   * the draft since, `deleted` when it deleted it. The status change is
   * checked against the file's status (a signed draft is never overwritten).
   * Its links are the file's, whatever the editor's copy says; a draft new
   * to the library keeps those of its links that point at drafts in it. So
   * is each activity's follow-up ({@link saveFollowUp} writes it): an
   * activity the stored draft has keeps its stored follow-up (none, if it
   * has none); a new one keeps its own.
   */
  save(input: Draft): Promise<SaveResult> {
    const draft = withNormalIds(input);
    return this.exclusive(async () => {
      if (this.deleted.has(draft.id)) throw new UserError('deleted', STORE_MESSAGE.deleted());
      const listed = this.summaries.has(draft.id);
      const current = await this.currentFile(draft.id);
      if (current.state === 'missing' && listed) throw this.deletedElsewhere(draft.id);
      const stored = current.state === 'ok' ? current.known : null;
      const problem = statusChangeProblem(stored?.status, draft);
      if (problem) {
        if (current.state === 'ok' && current.read) this.remember(current.read);
        throw new UserError('status', problem);
      }
      if (stored && stored.updatedAt !== draft.updatedAt) {
        if (current.state === 'ok' && current.read) this.remember(current.read);
        throw new UserError('conflict', STORE_MESSAGE.changedElsewhere());
      }
      const saved: Draft = {
        ...draft,
        activities: stored ? await this.withStoredFollowUp(draft.id, stored, draft.activities) : draft.activities,
        relatedIds: stored ? [...stored.relatedIds] : draft.relatedIds,
        updatedAt: stampAfter(this.now(), stored?.updatedAt),
      };
      await this.write(saved);
      if (!stored || !listed) await this.reconcile();
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
   * new library. `swap` runs holding the data folder's change lock, so
   * another app's change waits for it too.
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
        this.known.clear();
        this.files.clear();
        this.leftInPlace.clear();
        this.quarantine.clear();
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

  /** Runs `change` after the changes queued before it, so no two interleave, holding the data folder's change lock. */
  private exclusive<T>(change: () => Promise<T>): Promise<T> {
    const result = this.changes.then(() => this.lock.hold(change));
    this.changes = result.catch(() => undefined);
    return result;
  }

  /** A new draft's id, in lower case whatever `newId` gives. */
  private nextId(): string {
    return normalizeDraftId(this.newId());
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
    if (result.ok && result.draft.id !== id) {
      const fileName = path.basename(this.fileOf(id));
      return { ok: false, error: { code: 'invalid', message: QUARANTINE_MESSAGE.idMismatch(fileName, result.draft.id), problems: [] } };
    }
    return result;
  }

  /**
   * A draft file as it is on disk now, read, setting it aside when it cannot
   * be read; one that did not change while it was read becomes known at its
   * version. Runs inside a change (or while opening).
   */
  private async readCurrent(id: string): Promise<Current> {
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
   * this store knows, that is when another app wrote it since. Runs inside a change.
   */
  private async currentFile(id: string): Promise<CurrentFile> {
    const known = await this.known.ifUnchanged(id, this.fileOf(id));
    if (known) return { state: 'ok', known, read: null };
    const current = await this.readCurrent(id);
    if (current.state !== 'ok') return current;
    return { state: 'ok', known: factsOf(current.draft), read: current.draft };
  }

  /**
   * `activities` with the follow-up stored for each (draft-versions.ts
   * `withStoredFollowUp`), reading the file for it only when the store knows
   * its summary alone. Runs inside a change, after {@link currentFile}.
   */
  private async withStoredFollowUp(id: string, stored: DraftFacts, activities: Activity[]): Promise<Activity[]> {
    if (stored.followUp !== null || !needsStoredFollowUp(stored, activities)) return withStoredFollowUp(stored.followUp, activities);
    const current = await this.readCurrent(id);
    // The file was this version a moment ago, and no app writes it while this change holds the lock.
    if (current.state !== 'ok' || current.draft.updatedAt !== stored.updatedAt) throw new UserError('conflict', STORE_MESSAGE.changedElsewhere());
    return withStoredFollowUp(factsOf(current.draft).followUp, activities);
  }

  /**
   * Reads a draft inside a change (or while opening), setting its file aside
   * when it cannot be read. A draft this store listed whose file is gone was
   * deleted by another app: it is forgotten, and stays deleted.
   */
  private async readStored(id: string): Promise<Draft> {
    const listed = this.summaries.has(id);
    const current = await this.readCurrent(id);
    if (current.state === 'ok') return current.draft;
    if (current.state === 'set-aside') throw unreadableError(current.error);
    if (listed) this.forgetDeleted(id);
    throw new UserError('not-found', STORE_MESSAGE.notFound());
  }

  /** Reads a draft that a change is to rewrite for its editor: as {@link readStored}, saying so when another app deleted it. */
  private async readExisting(id: string): Promise<Draft> {
    if (this.deleted.has(id)) throw new UserError('deleted', STORE_MESSAGE.deleted());
    const listed = this.summaries.has(id);
    try {
      return await this.readStored(id);
    } catch (error) {
      if (listed && this.deleted.has(id)) throw new UserError('deleted', STORE_MESSAGE.deletedElsewhere());
      throw error;
    }
  }

  /** Forgets a draft another app deleted, so no late save brings it back; the error that says so. */
  private deletedElsewhere(id: string): UserError {
    this.forgetDeleted(id);
    return new UserError('deleted', STORE_MESSAGE.deletedElsewhere());
  }

  /** Takes a draft deleted by another app out of the library, for good. */
  private forgetDeleted(id: string): void {
    this.deleted.add(id);
    this.forget(id);
  }

  /** Lists a draft as its file was just read (another app's version), for the start page. Runs inside a change. */
  private remember(draft: Draft): void {
    this.summaries.set(draft.id, summarize(draft));
    this.scheduleIndexWrite();
  }

  /**
   * Acts on draft files that could not be read ({@link dispositionOf}): moves
   * them to quarantine together, records those to leave in place, and takes
   * them out of the library. Runs inside a change (or while opening).
   */
  private async setAside(files: { id: string; error: DraftReadError }[]): Promise<void> {
    if (files.length === 0) return;
    const found = this.now();
    const quarantined: { source: string; fileName: string; reason: string }[] = [];
    for (const { id, error } of files) {
      const disposition = dispositionOf(error);
      if (disposition === 'missing') continue;
      const fileName = path.basename(this.fileOf(id));
      if (disposition === 'leave') this.leftInPlace.set(id, { fileName, reason: error.message, movedTo: null, foundAt: found.toISOString() });
      else quarantined.push({ source: this.fileOf(id), fileName, reason: error.message });
      this.forget(id);
    }
    await this.quarantine.setAside(quarantined, found);
  }

  /** Takes a draft out of the library's memory and index (its file is gone or not to be touched). */
  private forget(id: string): void {
    this.files.delete(id);
    this.known.delete(id);
    if (this.summaries.delete(id)) this.scheduleIndexWrite();
  }

  private fileOf(id: string): string {
    // Ids reaching here are UUIDs (checked by the contract's schema); this guards the path anyway.
    if (!/^[0-9a-fA-F-]{36}$/.test(id)) throw new UserError('invalid-id', STORE_MESSAGE.notFound());
    return path.join(this.draftsDir, `${normalizeDraftId(id)}.json`);
  }

  private adapterOf(id: string): DurableJsonFile<Draft> {
    let adapter = this.files.get(id);
    if (!adapter) {
      adapter = draftFile(this.fileOf(id));
      this.files.set(id, adapter);
    }
    return adapter;
  }

  /** Writes a draft's file durably (refused, with nothing written, when its reader would refuse it); never over a file left in place. */
  private async write(draft: Draft): Promise<void> {
    if (this.leftInPlace.has(draft.id)) throw new UserError('left-in-place', STORE_MESSAGE.leftInPlace());
    await this.adapterOf(draft.id).write(draft);
    this.summaries.set(draft.id, summarize(draft));
    const info = await stat(this.fileOf(draft.id)).catch(() => null);
    this.known.set(draft.id, draft, info && versionOf(info));
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

  /** The index's entries: each summary with the version of the file it describes, where this store knows it. */
  private indexEntries(): IndexEntry[] {
    return this.list().map((summary) => {
      const file = this.known.version(summary.id);
      return file ? { ...summary, file } : summary;
    });
  }

  private async writeIndex(): Promise<void> {
    await this.indexFile.write({ format: 'samverka-index', formatVersion: 1, drafts: this.indexEntries() });
  }

  /** Loads the library from disk into an empty store: leftovers of killed writes, quarantine list, drafts and index. Runs inside a change. */
  private async load(): Promise<void> {
    await mkdir(this.draftsDir, { recursive: true });
    await removeAtomicTempFiles(this.draftsDir, () => true);
    await removeAtomicTempFiles(this.dataDir, (name) => name.startsWith('.index.json.') || name.startsWith(`${CHANGE_LOCK_FILE}.`));
    await removeAtomicTempFiles(this.quarantineDir, (name) => name.startsWith('.lista.json.'));
    await this.quarantine.load();
    const duplicates = await lowerCaseDraftFileNames(this.draftsDir);
    if (duplicates.length > 0) await this.quarantine.setAside(duplicates, this.now());
    await this.loadDrafts();
  }

  /**
   * Loads the drafts: a summary from the index for each draft file it lists
   * at the version the file has now (size, time, inode: another app's save
   * makes a new one), and the file itself for every other one (new, changed,
   * or all of them when the index is missing or unreadable). Files that
   * cannot be read are set aside, together. The index is rewritten when it
   * does not describe exactly what was found.
   */
  private async loadDrafts(): Promise<void> {
    const ids = await draftIdsIn(this.draftsDir);
    const index = await this.indexFile.check();
    const listed = new Map(index.ok ? index.value.drafts.map((entry) => [entry.id, entry]) : []);
    const infos = await Promise.all(ids.map((id) => stat(this.fileOf(id)).catch(() => null)));
    const unreadable: { id: string; error: DraftReadError }[] = [];
    for (const [i, id] of ids.entries()) {
      const version = infos[i]?.isFile() ? versionOf(infos[i]) : null;
      const entry = listed.get(id);
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
    clearTimeout(this.indexTimer);
    this.indexTimer = undefined;
    if (!index.ok || !sameEntries(listed, this.indexEntries())) await this.writeIndex();
  }
}

/** A draft with its own id and its links' ids as the library keys them (a caller that did not parse it with the schema). */
function withNormalIds(draft: Draft): Draft {
  return { ...draft, id: normalizeDraftId(draft.id), relatedIds: draft.relatedIds.map(normalizeDraftId) };
}

/** The draft of a successful read, or the UserError saying why there is none. */
function draftOrThrow(result: DraftReadResult): Draft {
  if (result.ok) return result.draft;
  throw unreadableError(result.error);
}

/** Why a draft cannot be had, for the user: gone, or unreadable (and where its file went). */
function unreadableError(error: DraftReadError): UserError {
  if (dispositionOf(error) === 'missing') return new UserError('not-found', STORE_MESSAGE.notFound());
  const detail = dispositionOf(error) === 'quarantine' ? `${error.message} ${QUARANTINE_MESSAGE.movedAside()}` : error.message;
  return new UserError(error.code, STORE_MESSAGE.unreadable(detail));
}

/** Whether the index's entries are exactly those the library would write. */
function sameEntries(listed: Map<string, IndexEntry>, entries: IndexEntry[]): boolean {
  if (listed.size !== entries.length) return false;
  return entries.every((entry) => JSON.stringify(listed.get(entry.id)) === JSON.stringify(entry));
}
