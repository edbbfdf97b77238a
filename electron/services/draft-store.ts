import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { nextPeriodOf } from '../../shared/draft/links';
import { newDraft, promiseFromAgreement, type NewDraftDefaults } from '../../shared/draft/new-draft';
import { isLocked, nextPeriodDraft, startRevision, statusChangeProblem } from '../../shared/draft/status';
import { normalizeDraftId, type Draft, type DraftKind, type DraftSummary } from '../../shared/draft/schema';
import type { FollowUpInput, SaveResult, UnreadableFile } from '../../shared/ipc/contract';
import { UserError } from '../../shared/errors';
import { LINK_MESSAGE, STATUS_MESSAGE } from '../../shared/i18n/editor';
import { NEXT_PERIOD_MESSAGE } from '../../shared/i18n/follow-up';
import { STORE_MESSAGE } from '../../shared/i18n/library';
import { CHANGE_LOCK_FILE, ChangeLock } from './change-lock';
import { libraryFolder } from './draft-file-names';
import { stampAfter } from './draft-versions';
import { FollowUpWriter } from './follow-up-writer';
import { LibraryDrafts } from './library-drafts';
import { LibraryLinks } from './library-links';
import { moveAside } from './move-aside';
import { dispositionOf, fileStamp, unreadableError } from './quarantine';

export interface DraftStoreOptions {
  now?: () => Date;
  newId?: () => string;
  /** What every new draft starts with (the organisation's parties and signatories, from IT's policy); none by default. */
  newDraftDefaults?: NewDraftDefaults;
}

/**
 * The library of drafts in a data folder, composed of its parts: the draft
 * files and what is known of them (library-drafts.ts, with the index and the
 * quarantine), the links between drafts (library-links.ts) and follow-up's
 * own write path (follow-up-writer.ts). The store itself makes the changes:
 * creating, saving, deleting, with the status guard.
 *
 * Another app may have the same data folder open (a network drive two
 * colleagues use). Each change runs holding the folder's change lock
 * (change-lock.ts), one at a time, and every save is conditional: it is
 * based on the `updatedAt` its editor last read or was given by a save, and
 * is refused (`conflict`) unless that is the version of the file on disk
 * now, read inside the change. What the store remembers is never trusted for
 * it: a signed draft's status, a draft deleted by the other app, the
 * follow-up and links to keep are all read from the file.
 */
export class DraftStore {
  private readonly drafts: LibraryDrafts;
  private readonly lock: ChangeLock;
  private readonly links: LibraryLinks;
  private readonly followUp: FollowUpWriter;
  /** The tail of the queue of changes; each waits for the one before it. */
  private changes: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  private readonly newId: () => string;

  private constructor(
    readonly dataDir: string,
    private readonly options: DraftStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.lock = new ChangeLock(path.join(dataDir, CHANGE_LOCK_FILE));
    const drafts = new LibraryDrafts(dataDir, this.now, (write) => this.exclusive(write));
    const write = (draft: Draft) => drafts.write(draft);
    this.links = new LibraryLinks({ summaries: drafts.summaries, readStored: (id) => drafts.readStored(id), write });
    this.followUp = new FollowUpWriter({
      readExisting: (id) => drafts.readExisting(id),
      readNow: async (id) => drafts.readCurrent(id).then((current) => (current.state === 'ok' ? current.draft : null)),
      remember: (draft) => drafts.remember(draft),
      write,
      now: this.now,
    });
    this.drafts = drafts;
  }

  /** Opens (creating if needed) the library in `dataDir`: sets aside the draft files that cannot be read, repairs the index and the links. */
  static async open(dataDir: string, options: DraftStoreOptions = {}): Promise<DraftStore> {
    const store = new DraftStore(dataDir, options);
    await mkdir(libraryFolder(dataDir, 'drafts'), { recursive: true });
    await store.exclusive(async () => {
      await store.drafts.load();
      await store.links.reconcile();
    });
    return store;
  }

  /** The drafts, most recently changed first, with their (consistent) links. */
  list(): DraftSummary[] {
    return this.drafts.list();
  }

  /** The summary of one stored draft, or undefined; without sorting the library, so a save need not grow with it. */
  summary(id: string): DraftSummary | undefined {
    const found = this.drafts.summaries.get(normalizeDraftId(id));
    return found && { ...found, period: { ...found.period }, relatedIds: [...found.relatedIds] };
  }

  /** The draft files that could not be read ("Kunde inte läsas"), most recently found first (quarantine.ts). */
  unreadable(): UnreadableFile[] {
    return this.drafts.unreadable();
  }

  /** Creates and stores an empty draft. */
  create(kind: DraftKind): Promise<Draft> {
    return this.exclusive(() => this.storeNew(newDraft({ id: this.nextId(), kind, now: this.now(), defaults: this.options.newDraftDefaults })));
  }

  /** Stores a copy of a draft (a bundled example, an imported file) as a new draft; its links to drafts not in the library are dropped. */
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
   * in this session comes back. With `ifUpdatedAt` it replaces only that
   * version of the stored draft, checked under the change lock as a save is
   * (a save of another window or computer in between is refused, never
   * written over).
   *
   * @returns the draft as stored
   */
  put(input: Draft, { ifUpdatedAt }: { ifUpdatedAt?: string } = {}): Promise<Draft> {
    const draft = withNormalIds(input);
    return this.exclusive(async () => {
      const current = await this.drafts.currentFile(draft.id);
      const stored = current.state === 'ok' ? current.known : null;
      if (stored && isLocked(stored)) throw new UserError('status', STATUS_MESSAGE.locked);
      if (ifUpdatedAt !== undefined && stored?.updatedAt !== ifUpdatedAt) throw new UserError('conflict', STORE_MESSAGE.changedElsewhere());
      this.drafts.deleted.delete(draft.id);
      return this.storeNew({ ...draft, relatedIds: stored ? [...stored.relatedIds] : draft.relatedIds });
    });
  }

  /** Starts a new revision of a stored draft; the original stays as it is (links: shared/draft/status.ts `startRevision`). */
  revise(id: string): Promise<Draft> {
    return this.exclusive(() => this.storeMadeFrom(normalizeDraftId(id), startRevision));
  }

  /**
   * "Starta nästa period": stores the first draft of the next period of a
   * stored draft, which revises it; the original stays as it is. A draft has
   * at most one next period: when it has one (`nextPeriodOf`: a second
   * click, another window still offering the button), that one is returned
   * and nothing is stored. Refused for a draft without a period start: there
   * is no next period to count from it.
   */
  startNextPeriod(id: string): Promise<Draft> {
    const draftId = normalizeDraftId(id);
    return this.exclusive(async () => {
      const stored = await this.drafts.readStored(draftId);
      if (!stored.period.start) throw new UserError('next-period-no-start', NEXT_PERIOD_MESSAGE.noStart());
      const existing = nextPeriodOf(stored, [...this.drafts.summaries.values()]);
      if (existing) return this.drafts.readStored(existing.id);
      return this.storeNew(nextPeriodDraft(stored, { id: this.nextId(), now: this.now() }));
    });
  }

  /** Sets the follow-up of one activity of a klar or undertecknad draft, as the file is now (follow-up-writer.ts). */
  saveFollowUp(id: string, activityId: string, input: FollowUpInput): Promise<Draft> {
    return this.exclusive(() => this.followUp.save(normalizeDraftId(id), activityId, input));
  }

  /** "Nytt medborgarlöfte" in an agreement: stores a new löfte pre-filled from it, which the agreement then lists. */
  createPromise(agreementId: string): Promise<Draft> {
    const id = normalizeDraftId(agreementId);
    return this.exclusive(async () => {
      this.links.requireKind(id, 'samverkansoverenskommelse', LINK_MESSAGE.notAgreementSource);
      return this.storeMadeFrom(id, promiseFromAgreement);
    });
  }

  /**
   * Makes a löfte belong to an agreement, or to none with null. Both drafts
   * keep their content and `updatedAt`, signed ones too: a link is not part of the signed text.
   *
   * @returns the löfte as stored
   */
  setAgreement(promiseId: string, agreementId: string | null): Promise<Draft> {
    const promiseKey = normalizeDraftId(promiseId);
    return this.exclusive(async () => {
      await this.links.setAgreement(promiseKey, agreementId === null ? null : normalizeDraftId(agreementId));
      return this.drafts.readStored(promiseKey);
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
      const listed = this.drafts.summaries.get(draftId);
      if (!listed) throw new UserError('not-found', STORE_MESSAGE.notFound());
      const current = await this.drafts.currentFile(draftId);
      if (current.state === 'missing') {
        // Deleted by another app meanwhile.
        this.drafts.forgetDeleted(draftId);
        throw new UserError('not-found', STORE_MESSAGE.notFound());
      }
      if (current.state === 'set-aside') throw unreadableError(current.error);
      if (current.known.updatedAt !== listed.updatedAt) {
        if (current.read) this.drafts.remember(current.read);
        throw new UserError('conflict', STORE_MESSAGE.deleteChanged());
      }
      await moveAside(this.drafts.fileOf(draftId), libraryFolder(this.dataDir, 'deleted'), `${draftId}-${fileStamp(this.now())}`, '.json');
      this.drafts.forgetDeleted(draftId);
      await this.links.reconcile();
    });
  }

  /**
   * Reads one draft from its file (migrated in memory; the file is not
   * rewritten). A missing file is a UserError; so is an unreadable one,
   * which is then set aside as at opening and no longer listed.
   */
  async get(id: string): Promise<Draft> {
    const draftId = normalizeDraftId(id);
    const result = await this.drafts.readChecked(draftId);
    if (result.ok) return result.draft;
    if (dispositionOf(result.error) === 'missing') throw unreadableError(result.error);
    // Judged again inside a change: a save running beside this read may have replaced the file.
    return this.exclusive(() => this.drafts.readStored(draftId));
  }

  /**
   * Stores a whole draft, stamping `updatedAt`, if it is based on the file's
   * version: the draft's `updatedAt` is the version its editor last read or
   * was given by a save (the returned `updatedAt` is the next save's basis),
   * and it must be the `updatedAt` of the file on disk now. Otherwise nothing
   * is written: `conflict` when another app saved the draft since, `deleted`
   * when it deleted it. The status change is checked against the file's
   * status (a signed draft is never overwritten). Its links and each stored
   * activity's follow-up are the file's, whatever the editor's copy says; a
   * draft new to the library keeps the links that point at drafts in it.
   */
  save(input: Draft): Promise<SaveResult> {
    const draft = withNormalIds(input);
    return this.exclusive(async () => {
      if (this.drafts.deleted.has(draft.id)) throw new UserError('deleted', STORE_MESSAGE.deleted());
      const listed = this.drafts.summaries.has(draft.id);
      const current = await this.drafts.currentFile(draft.id);
      if (current.state === 'missing' && listed) {
        this.drafts.forgetDeleted(draft.id);
        throw new UserError('deleted', STORE_MESSAGE.deletedElsewhere());
      }
      const stored = current.state === 'ok' ? current.known : null;
      const problem = statusChangeProblem(stored?.status, draft);
      const stale = stored !== null && stored.updatedAt !== draft.updatedAt;
      const refusal = problem ? new UserError('status', problem) : stale ? new UserError('conflict', STORE_MESSAGE.changedElsewhere()) : null;
      if (refusal) {
        if (current.state === 'ok' && current.read) this.drafts.remember(current.read);
        throw refusal;
      }
      const saved: Draft = {
        ...draft,
        activities: stored ? await this.followUp.keepStored(draft.id, stored, draft.activities) : draft.activities,
        relatedIds: stored ? [...stored.relatedIds] : draft.relatedIds,
        updatedAt: stampAfter(this.now(), stored?.updatedAt),
      };
      await this.drafts.write(saved);
      if (!stored || !listed) await this.links.reconcile();
      return { updatedAt: saved.updatedAt };
    });
  }

  /** Reads the whole library from disk again, as {@link open} does (after a backup was restored into the data folder). */
  reload(): Promise<void> {
    return this.replaceLibrary(async () => undefined);
  }

  /**
   * Replaces the library on disk as one step: `swap` runs holding the
   * change lock, with no change of the store under way and none starting
   * until it ends (a backup restore swaps the data folder's contents in it),
   * then the library is read again from disk as {@link reload} does.
   */
  replaceLibrary(swap: () => Promise<void>): Promise<void> {
    return this.exclusive(async () => {
      // A pending index write would describe the library as it was; the load writes the index it finds out of step.
      this.drafts.index.cancel();
      try {
        await swap();
      } finally {
        await this.drafts.load();
        await this.links.reconcile();
      }
    });
  }

  /** Waits for the changes under way and writes what is pending of the index; call before the process ends. */
  async flush(): Promise<void> {
    await this.changes;
    await this.drafts.index.flush();
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

  /** Stores a new draft `make` makes of a stored one (a revision, the next period, a löfte from its agreement). Runs inside a change. */
  private async storeMadeFrom(id: string, make: (stored: Draft, fresh: { id: string; now: Date }) => Draft): Promise<Draft> {
    return this.storeNew(make(await this.drafts.readStored(id), { id: this.nextId(), now: this.now() }));
  }

  /** Stores a draft, reconciles the links and returns the draft with its links as stored. Runs inside a change. */
  private async storeNew(draft: Draft): Promise<Draft> {
    await this.drafts.write(draft);
    await this.links.reconcile();
    return { ...draft, relatedIds: [...this.drafts.summaries.get(draft.id)!.relatedIds] };
  }
}

/** A draft with its own id and its links' ids as the library keys them (a caller that did not parse it with the schema). */
function withNormalIds(draft: Draft): Draft {
  return { ...draft, id: normalizeDraftId(draft.id), relatedIds: draft.relatedIds.map(normalizeDraftId) };
}
