import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { conflictLine, describeChanges, summarizeChanges } from '../../shared/draft/changes';
import { same } from '../../shared/draft/draft-items';
import { sharedDraftFileName } from '../../shared/draft/file-name';
import { MAX_BASED_ON } from '../../shared/draft/identity';
import { applyChanges, isTextConflict, mergeDrafts, resolveConflict, sameText } from '../../shared/draft/merge';
import { validateDraft, type DraftReadError, type DraftReadResult } from '../../shared/draft/read-draft';
import type { CommentAuthor, Draft, DraftSummary } from '../../shared/draft/schema';
import { linksOf, startsLater } from '../../shared/draft/links';
import { isLocked, startRevision } from '../../shared/draft/status';
import { summarize } from '../../shared/draft/summary';
import { UserError } from '../../shared/errors';
import { senderName } from '../../shared/i18n/comments';
import { fileSystemCause } from '../../shared/i18n/file-system';
import { RECEIVE_SUMMARY } from '../../shared/i18n/merge';
import { IMPORT_MESSAGE, SHARE_MESSAGE } from '../../shared/i18n/sharing';
import type { ExportResult, ImportPreview, ReceiveChoices, ReceivePreview, VersionReason, VersionSummary } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';
import { readDraftBytes, readDraftFile } from './draft-file';
import { stampAfter } from './draft-versions';
import { draftIdentity } from './history';
import type { Exports, FileType } from './service-deps';

/** What sharing needs of a draft's history (electron/services/history.ts's `DraftHistory` is one). */
export interface VersionRecorder {
  /** Keeps a version of a draft. */
  record(draft: Draft, reason: VersionReason): Promise<VersionSummary>;
  /** The identities of the draft's versions exchanged with other parties, newest first. */
  exchanged(draftId: string): Promise<string[]>;
  /** The newest kept version whose identity is one of these, read from the history; null when there is none. */
  find(draftId: string, identities: readonly string[]): Promise<{ version: VersionSummary; draft: Draft } | null>;
}

/** What sharing and importing need of the library (the `DraftStore` is one). */
export interface SharingStore {
  get(id: string): Promise<Draft>;
  list(): DraftSummary[];
  /** Stores a copy as a new draft: a new id, status utkast. */
  add(draft: Draft): Promise<Draft>;
  /**
   * Stores a whole draft under its own id, keeping `updatedAt`; refuses to
   * overwrite a signed one, and with `ifUpdatedAt` any version of the stored
   * draft but that one. Returns it as stored.
   */
  put(draft: Draft, options?: { ifUpdatedAt?: string }): Promise<Draft>;
  /** Stores a new revision of a draft (shared/draft/status.ts `startRevision`: a new id, an utkast linked to it); the draft stays as it is. */
  revise(id: string): Promise<Draft>;
}

/** What sharing needs of the shell and the services (the handlers' `ServiceDeps` is one). */
export interface SharingDeps {
  store: SharingStore;
  history: VersionRecorder;
  /** The one way a file is written for a draft from the save dialog: shared files are remembered among its recent exports too. */
  exports: Pick<Exports, 'save'>;
  chooseOpenPath: (fileType: FileType) => Promise<string | null>;
  /** "Jag företräder" of this data folder (electron/services/author.ts), named as the sender of a shared file; null when not set. */
  author?: () => Promise<CommentAuthor | null>;
  /** Reports a failure that does not fail the call (an "importerad" version not kept); console.error by default. */
  log?: (message: string, error: unknown) => void;
}

export interface SharingOptions {
  now?: () => Date;
  newToken?: () => string;
  /** How long a picked file waits for the user's choice. */
  pendingMs?: number;
  /** How many picked files wait at most; the oldest goes first. */
  maxPending?: number;
}

/** A picked file waits half an hour for "Behåll båda" or "Ersätt". */
export const PENDING_IMPORT_MS = 30 * 60 * 1000;
/** Picked files waiting at once: a few windows' worth, not a way to fill memory. */
export const MAX_PENDING_IMPORTS = 8;

/**
 * What a shared draft file holds: the draft as the store writes it (compact
 * JSON, UTF-8), so a draft the library holds is never a file too large for
 * the colleague's import; a final newline for tools that want one.
 */
export function sharedDraftText(draft: Draft): string {
  return `${JSON.stringify(draft)}\n`;
}

/** The identities once each, in order, at most {@link MAX_BASED_ON}. */
const lineage = (...lists: readonly (readonly string[] | undefined)[]) => [...new Set(lists.flatMap((list) => list ?? []))].slice(0, MAX_BASED_ON);

/** The draft with this lineage, or none when it is empty. */
function withLineage(draft: Draft, basedOn: string[]): Draft {
  const { basedOn: _old, ...rest } = draft;
  return basedOn.length > 0 ? { ...rest, basedOn } : rest;
}

/**
 * A signed draft as the revision "Ta emot ändringar" takes changes into
 * (`startRevision`: an utkast, its signing dates cleared), under its own id
 * and times, so that the preview compares the file with what the revision
 * will hold.
 */
const asRevision = (signed: Draft): Draft => ({
  ...startRevision(signed, { id: signed.id, now: new Date(signed.updatedAt) }),
  createdAt: signed.createdAt,
  relatedIds: signed.relatedIds,
});

/**
 * The open revision of a signed draft (`signed`): one of its kind that
 * revises it for the same period (not the next period's) and is not signed,
 * the one changed last; null when there is none.
 */
function openRevisionOf(signed: DraftSummary, all: readonly DraftSummary[]): DraftSummary | null {
  const open = linksOf(signed, all).revisedBy.filter((draft) => !startsLater(signed, draft) && !isLocked(draft));
  return open.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0] ?? null;
}

/**
 * The file's draft as "Ta emot ändringar" compares it: its status and its
 * links to drafts are not changes of the other party's (an import never
 * takes a status, and links belong to one library), so they are the common
 * version's.
 */
const asReceived = (theirs: Draft, base: Draft): Draft => ({ ...theirs, status: base.status, relatedIds: base.relatedIds });

/**
 * "Ta emot ändringar" for a file of a draft the library has (`ours`, not
 * signed): `common` is the version the file is based on as found in this
 * library's own history, null when none was (then every difference is listed
 * as the file's: two-way); `sender` as the file names it.
 */
export function receivePreview(ours: Draft, theirs: Draft, common: { savedAt: string; draft: Draft } | null, sender: string | null, intoRevision = false): ReceivePreview {
  const comparison = common ? 'three-way' : 'two-way';
  const base = common?.draft ?? ours;
  const received = asReceived(theirs, base);
  const changes = describeChanges(base, received);
  return {
    comparison,
    commonSavedAt: common?.savedAt ?? null,
    base,
    ours,
    theirs,
    sender,
    intoRevision,
    changes,
    summary: summarizeChanges(changes, theirs.kind, RECEIVE_SUMMARY.lead(sender, comparison)),
    conflicts: mergeDrafts(base, ours, received).conflicts,
  };
}

/**
 * The draft "Ta emot ändringar" stores: the changes of `receive` not left
 * taken into `base`, merged with the library's draft as it is (`ours`,
 * which the caller checked is `receive.ours`), each conflict settled as
 * chosen (a text of the user's only for a text field; without a choice it
 * stays open). Its lineage names the file it took in. It keeps ours' status
 * when its text did not change (comments alone leave it klar), and is otherwise an utkast: what came in must be
 * read before the draft is klar (the file's status is never taken). Refused in Swedish,
 * before anything is stored, when a text is given for a conflict that is not
 * about a text, or when what was taken does not hold together without
 * something left (an activity of a party the file added, the party left).
 */
export function receivedDraft(receive: ReceivePreview, choices: ReceiveChoices): Draft {
  const left = new Set(choices.leave);
  const taken = applyChanges(receive.base, asReceived(receive.theirs, receive.base), receive.changes.filter((_, i) => !left.has(i)));
  let draft = mergeDrafts(receive.base, receive.ours, taken).draft;
  for (const { path: place, choice } of choices.conflicts) {
    if (choice === 'later') continue;
    const index = (draft.conflicts ?? []).findIndex((conflict) => same(conflict.path, place));
    // Leaving a change can take a conflict of the preview away: nothing to settle.
    if (index < 0) continue;
    const conflict = draft.conflicts![index];
    if (typeof choice === 'object' && !isTextConflict(conflict)) throw new UserError('import-text-choice', IMPORT_MESSAGE.textForNonText(conflictLine(conflict, draft)));
    draft = resolveConflict(draft, index, choice);
  }
  const basedOn = lineage([draftIdentity(receive.theirs)], receive.ours.basedOn, receive.theirs.basedOn);
  const unchanged = sameText(draft, receive.ours) && same(draft.conflicts ?? [], receive.ours.conflicts ?? []);
  const received: Draft = { ...withLineage(draft, basedOn), status: unchanged ? receive.ours.status : 'utkast' };
  // A change taken may need one left (an activity of a party the file added): said here, before anything is stored.
  const check = validateDraft(received);
  if (!check.ok) throw new UserError('import-incomplete', IMPORT_MESSAGE.incomplete(check.error.problems.length > 0 ? check.error.problems : [check.error.message]));
  return received;
}

/**
 * "Dela utkast" and "Importera utkast".
 *
 * Sharing writes the stored draft, exactly as the file format says, to a
 * file the user chooses, through the exports (`exports.save`: the dialog
 * opens in the last export folder, the version is kept in the history as
 * "delad", and the file is listed among the draft's recent exports).
 *
 * Importing reads a file with the library's own reader (size before a byte
 * is read, then JSON, migration, schema; nothing in it is run or trusted),
 * keeps the parsed draft under a random token, and stores it only when the
 * user chooses how (`completeImport`):
 * - with no draft of its id in the library, it is stored under its id,
 *   whichever mode is asked for, so a draft shared back and forth keeps its
 *   identity (and the next import offers to replace it);
 * - `copy` ("Behåll båda") beside a draft of the same id stores it as a new
 *   draft (a new id, links to drafts not in the library dropped by the store);
 * - `replace` ("Ersätt") keeps the library's draft in its history
 *   ("ersatt-vid-import") and then stores the file's draft over it; a signed
 *   draft is never replaced.
 * - `receive` ("Ta emot ändringar", offered for a draft that is not signed):
 *   the preview's `receive` compares the file with the common version, which
 *   comes from this library's history (the file only names it, in
 *   `basedOn`, or is itself a version held here); the changes the user takes are merged into the library's
 *   draft ({@link receivedDraft}), which is kept in its history first
 *   ("fore-mottagning"). Refused, with nothing changed, when the draft was
 *   saved since the preview.
 * A shared file names what it is based on (`basedOn`): the identities of the
 * draft's versions shared or imported here, and those its draft carried in.
 * An imported draft is always an utkast: a file's status is a claim nobody
 * in this library made, and signing happens here (klar, then undertecknad);
 * the preview names the file's status (`fileStatus`), so the user is told.
 * Its content, dates and signatories stay as in the file. Every imported
 * draft is kept in its history as "importerad", and a shared one as
 * "delad"; those two are kept after the fact, so a failure to keep them is
 * logged, not reported. The replaced draft's version must be kept, or
 * nothing is replaced.
 */
export function createSharing(deps: SharingDeps, options: SharingOptions = {}) {
  const { store, history, exports, chooseOpenPath } = deps;
  const log = deps.log ?? ((message: string, error: unknown) => console.error(message, error));
  const pending = new PendingImports(options);
  const now = () => options.now?.() ?? new Date();
  /** Keeps a version after the fact: the file is written or the draft stored, so a failure here is logged, not reported as theirs. */
  const keepVersion = async (draft: Draft, reason: VersionReason) => {
    try {
      await history.record(draft, reason);
    } catch (error) {
      log(`Samverka: keeping a '${reason}' version failed`, error);
    }
  };

  /**
   * "Ta emot ändringar" for a file of a draft the library has. A signed draft
   * is never changed by a merge: the changes are compared with the revision
   * it would become (`intoRevision`), which they go into.
   */
  const receiveOf = async (existing: DraftSummary, theirs: Draft): Promise<ReceivePreview> => {
    const stored = await store.get(existing.id);
    // A signed draft's revision that is open (an earlier file went into it): the next file goes there too.
    const open = isLocked(stored) ? openRevisionOf(existing, store.list()) : null;
    const intoRevision = isLocked(stored) && !open;
    const ours = open ? await store.get(open.id) : intoRevision ? asRevision(stored) : stored;
    // The file itself may be a version this library holds (its own share read back): then that version is the common one.
    // A revision's common version may be in its signed draft's history, which kept the files that came before it.
    const known = [draftIdentity(theirs), ...(theirs.basedOn ?? [])];
    const found = (await history.find(ours.id, known)) ?? (ours.id === stored.id ? null : await history.find(stored.id, known));
    const sender = theirs.sharedBy ? senderName(theirs.sharedBy) : null;
    return receivePreview(ours, theirs, found && { savedAt: found.version.savedAt, draft: found.draft }, sender, intoRevision);
  };

  /** A file read for import: refused with the reader's reasons, or kept under a token for the user's choice. */
  const preview = async (fileName: string, result: DraftReadResult): Promise<ImportPreview> => {
    if (!result.ok) throw new UserError(`import-${result.error.code}`, refusal(result.error));
    const draft = { ...result.draft, status: 'utkast' as const };
    const existing = sameId(store.list(), draft.id);
    const receive = existing ? await receiveOf(existing, draft) : null;
    return { token: pending.add(draft, receive), fileName, draft: summarize(draft), fileStatus: result.draft.status, existing, receive };
  };

  /**
   * Takes the changes of a file into the library's draft as the user chose;
   * the draft before is kept in its history first. For a signed draft, into
   * a new revision of it, kept as it was made before the changes go in.
   */
  const receiveChanges = async (receive: ReceivePreview | null, choices: ReceiveChoices): Promise<Draft> => {
    if (!receive) throw new UserError('import-expired', IMPORT_MESSAGE.expired());
    // The draft the preview compared with: the library's, or the open revision of a signed one.
    const current = await store.get(receive.ours.id);
    if (current.updatedAt !== receive.ours.updatedAt) throw new UserError('import-changed', IMPORT_MESSAGE.changedSince());
    const received = receivedDraft(receive, choices);
    const target = receive.intoRevision ? await store.revise(current.id) : current;
    // Not best effort: this version is how the draft before stays restorable.
    await history.record(target, 'fore-mottagning');
    const { id, createdAt, relatedIds } = target;
    try {
      // Only over the version compared with: a save of another window or computer since is never written over.
      return await store.put({ ...received, id, createdAt, relatedIds, updatedAt: stampAfter(now(), target.updatedAt) }, { ifUpdatedAt: target.updatedAt });
    } catch (error) {
      throw error instanceof UserError && error.code === 'conflict' ? new UserError('import-changed', IMPORT_MESSAGE.changedSince()) : error;
    }
  };

  return {
    /** Writes the stored draft as `<name>.samverka.json` where the user chooses; null when cancelled. */
    shareDraft: async (id: string): Promise<ExportResult | null> => {
      const draft = await store.get(id);
      const { sharedBy: _received, ...own } = withLineage(draft, lineage(await history.exchanged(draft.id), draft.basedOn));
      // The sender is a courtesy to the receiver: a setting that cannot be read leaves it out, the file is still shared.
      const sharedBy = await deps.author?.().catch(() => null);
      const shared: Draft = sharedBy ? { ...own, sharedBy } : own;
      return exports.save({
        draft,
        kind: 'utkast',
        fileType: 'draft',
        suggestedName: sharedDraftFileName(draft),
        reason: 'delad',
        write: async (target) => {
          try {
            await writeFileAtomic(target, sharedDraftText(shared));
          } catch (error) {
            throw new UserError('share-failed', SHARE_MESSAGE.writeFailed(path.basename(target), fileSystemCause(errorCode(error))));
          }
        },
      });
    },

    /** Asks for a file and reads it fully; the library is not touched. Null when cancelled. */
    pickImport: async (): Promise<ImportPreview | null> => {
      const source = await chooseOpenPath('draft');
      if (!source) return null;
      return preview(path.basename(source), await readDraftFile(source));
    },

    /** A file dropped on the window, its bytes in base64, read as a picked file is; the library is not touched. */
    readImport: async (fileName: string, content: string): Promise<ImportPreview> => preview(fileName, readDraftBytes(Buffer.from(content, 'base64'))),

    /** Stores a picked file as the user chose (`choices`: for `receive`, none: take every change); returns the draft as stored. */
    completeImport: async (token: string, mode: 'copy' | 'replace' | 'receive', choices?: ReceiveChoices): Promise<Draft> => {
      const entry = pending.get(token);
      if (!entry) throw new UserError('import-expired', IMPORT_MESSAGE.expired());
      const { draft: imported, receive } = entry;
      const existing = sameId(store.list(), imported.id);
      let stored: Draft;
      if (!existing) {
        stored = await store.put(imported);
      } else if (mode === 'copy') {
        stored = await store.add(imported);
      } else if (mode === 'receive') {
        stored = await receiveChanges(receive, choices ?? { leave: [], conflicts: [] });
      } else {
        // Refused here, before the history is touched; the token stays, so "Behåll båda" can follow.
        if (existing.status === 'undertecknad') throw new UserError('import-signed', IMPORT_MESSAGE.replaceSigned());
        // Not best effort: without this version the replaced draft would be lost.
        await history.record(await store.get(existing.id), 'ersatt-vid-import');
        stored = await store.put({ ...imported, id: existing.id });
      }
      pending.delete(token);
      if (mode === 'receive' && existing && receive) {
        // The file as it came (under its own draft's id: a signed one's, for a revision) is what the other party has:
        // the common version of its next file, and what a granskningsversion compares with. The merge stored is one
        // nobody else has: kept, but not as a version exchanged (history.ts's isExchanged).
        await keepVersion(receive.theirs, 'importerad');
        await keepVersion(stored, 'mottagen');
      } else {
        await keepVersion(stored, 'importerad');
      }
      return stored;
    },
  };
}

/** The library's draft with this id (ids compare without case, as the store's file names do), or null. */
function sameId(summaries: readonly DraftSummary[], id: string): DraftSummary | null {
  const wanted = id.toLowerCase();
  return summaries.find((summary) => summary.id.toLowerCase() === wanted) ?? null;
}

/** Why a file is refused, in the reader's Swedish words; an invalid file lists its first problems only. */
function refusal(error: DraftReadError): string {
  if (error.code !== 'invalid' || error.problems.length === 0) return error.message;
  return IMPORT_MESSAGE.problems(error.message.split('\n')[0], error.problems);
}

interface PendingImport {
  draft: Draft;
  /** What "Ta emot ändringar" showed, so the changes taken are the ones the user saw. */
  receive: ReceivePreview | null;
  expiresAt: number;
}

/**
 * Parsed files waiting for the user's choice, each under a random token.
 * Old ones expire and the number is capped, so a window that never answers
 * cannot hold drafts in memory for ever.
 */
class PendingImports {
  private readonly entries = new Map<string, PendingImport>();
  private readonly now: () => Date;
  private readonly newToken: () => string;
  private readonly pendingMs: number;
  private readonly maxPending: number;

  constructor({ now = () => new Date(), newToken = randomUUID, pendingMs = PENDING_IMPORT_MS, maxPending = MAX_PENDING_IMPORTS }: SharingOptions) {
    this.now = now;
    this.newToken = newToken;
    this.pendingMs = pendingMs;
    this.maxPending = maxPending;
  }

  add(draft: Draft, receive: ReceivePreview | null): string {
    this.expire();
    // A Map iterates in insertion order: the first key is the oldest.
    while (this.entries.size >= this.maxPending) this.entries.delete(this.entries.keys().next().value!);
    const token = this.newToken();
    this.entries.set(token, { draft, receive, expiresAt: this.now().getTime() + this.pendingMs });
    return token;
  }

  /** The waiting draft and its receive preview (copies, so a failed attempt cannot change them), or undefined when unknown or expired. */
  get(token: string): Pick<PendingImport, 'draft' | 'receive'> | undefined {
    this.expire();
    const entry = this.entries.get(token);
    return entry ? structuredClone({ draft: entry.draft, receive: entry.receive }) : undefined;
  }

  delete(token: string): void {
    this.entries.delete(token);
  }

  private expire(): void {
    const now = this.now().getTime();
    for (const [token, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(token);
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code;
