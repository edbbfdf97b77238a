import { z } from 'zod';
import { DRAFT_KINDS, FOLLOW_UP_STATUSES, commentAuthorSchema, conflictPathSchema, draftIdSchema, draftSchema, type CommentAuthor, type Conflict, type Draft, type DraftKind, type DraftStatus, type DraftSummary, type PartyLogo } from '../draft/schema';
import type { Change } from '../draft/changes';
import { LIMITS } from '../draft/limits';
import { START_YEARS } from '../draft/from-example';
import type { ChannelName } from './channels';
import { EMAIL_ATTACHMENTS, type BackupSummary, type FolderHolder, type ReadOnlyReason, type RecentExportKind, type VersionReason } from './vocabulary';
import type { MenuCommand } from '../i18n/menu';

/**
 * The one contract between the renderer and the Node side. Each channel has a
 * schema for its arguments (checked on the Node side for every call, whatever
 * the transport) and the type of its result.
 */
interface Channel<Args extends z.ZodTuple, Result> {
  args: Args;
  /** Type only: the value is never read. */
  result?: Result;
}

const channel = <Result>() => <Args extends z.ZodTuple>(args: Args): Channel<Args, Result> => ({ args });

export { EMAIL_ATTACHMENTS, RECENT_EXPORT_KINDS, VERSION_REASONS, READ_ONLY_REASONS } from './vocabulary';
export type { EmailAttachment, RecentExportKind, VersionReason, BackupSummary, ReadOnlyReason, FolderHolder } from './vocabulary';

const draftId = draftIdSchema;

/** What the save returns: the time the draft was written, for "Sparat 14:02". */
export interface SaveResult {
  updatedAt: string;
}

/** Where an export went. */
export interface ExportResult {
  path: string;
  fileName: string;
}

/** A bundled example the start page offers ("Starta från exempel"). */
export interface ExampleSummary {
  id: string;
  title: string;
  kind: DraftKind;
  /** Whom it is written for (resources/examples/exempel.json): a place name and a lokalpolisområde, "" when it does not say. */
  municipality: string;
  policeArea: string;
  /** Where its text comes from, in Swedish; "" when it does not say. */
  source: string;
  /** Its period, which the user's draft gets the length of. */
  period: { start: string | null; end: string | null };
}

/** "Starta från exempel": the user's municipality, lokalpolisområde and first year (shared/draft/from-example.ts). */
export const exampleChoicesSchema = z.object({
  municipality: z.string().trim().min(1).max(LIMITS.shortChars),
  policeArea: z.string().trim().min(1).max(LIMITS.shortChars),
  startYear: z.number().int().min(START_YEARS.min).max(START_YEARS.max),
});

export const exportOptionsSchema = z.object({
  /** An agreement's löften as bilagor in the same file. */
  withPromises: z.boolean(),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;
const exportOptions = exportOptionsSchema;

/** Printing: which document, and how many copies the print dialog starts with (the draft's originals by default). */
export const printOptionsSchema = exportOptionsSchema.extend({
  copies: z.number().int().min(1).max(20),
});
export type PrintOptions = z.infer<typeof printOptionsSchema>;

/** "Skicka med e-post": what the user chose and wrote. */
export const emailRequestSchema = z.object({
  subject: z.string().trim().min(1).max(LIMITS.shortChars),
  body: z.string().max(LIMITS.textChars),
  attachments: z
    .array(z.enum(EMAIL_ATTACHMENTS))
    .min(1)
    .max(EMAIL_ATTACHMENTS.length)
    .refine((list) => new Set(list).size === list.length, 'each attachment once'),
  /** An agreement's löften as bilagor in its .docx and .pdf. */
  withPromises: z.boolean(),
});
export type EmailRequest = z.infer<typeof emailRequestSchema>;

/** The email draft that was made. */
export interface EmailResult {
  /** The `.eml` file (RFC 5322, `X-Unsent: 1`), in the app's outbox folder beside its attachments. */
  path: string;
  fileName: string;
  /** The attached files' names, in order. */
  attachments: string[];
  /** True: opened in the system's mail program; false: that failed and the file was shown in the file manager instead. */
  opened: boolean;
}

/** One file written for a draft ("Senaste exporter"), newest first. */
export interface RecentExport {
  /** Unique among the draft's recent exports. */
  id: string;
  kind: RecentExportKind;
  path: string;
  fileName: string;
  /** When it was written (ISO time). */
  at: string;
  /** Whether the file is still there. */
  exists: boolean;
}

/** Follow-up of one activity as the user sets it; the Node side stamps `updatedAt`. */
export const followUpInputSchema = z.object({
  status: z.enum(FOLLOW_UP_STATUSES),
  outcome: z.number().min(0).max(1e9).nullable(),
  comment: z.string().max(LIMITS.textChars),
});
export type FollowUpInput = z.infer<typeof followUpInputSchema>;

/** One kept version of a draft, as "Versioner" lists it. */
export interface VersionSummary {
  /** Unique within the draft's history; sortable by time. */
  id: string;
  /** When the version was kept (ISO time). */
  savedAt: string;
  reason: VersionReason;
  title: string;
  status: DraftStatus;
  /** Exported, shared or signed versions are never pruned. */
  kept: boolean;
}

/** A draft file that could not be read, as the start page lists it ("Kunde inte läsas"). */
export interface UnreadableFile {
  /** The file's name in the data folder's drafts/. */
  fileName: string;
  /** Why, in Swedish. */
  reason: string;
  /** Where its original bytes were moved (quarantine), or null when it was left in place (a newer format version). */
  movedTo: string | null;
  /** When it was found (ISO time). */
  foundAt: string;
}

/** A draft file chosen for import, read and validated, waiting for the user's choice. */
export interface ImportPreview {
  /** Names the parsed file on the Node side for `completeImport`; nothing else. */
  token: string;
  fileName: string;
  /** The file's draft as it will be stored: always an utkast. */
  draft: DraftSummary;
  /** The status the file was saved with; the preview says so when it is not utkast. */
  fileStatus: DraftStatus;
  /** The library's draft with the same id, when there is one: then the user chooses to keep both or replace. */
  existing: DraftSummary | null;
  /**
   * "Ta emot ändringar": what the other party changed, when the library has a
   * draft with this id (into a new revision of it when it is signed); null
   * otherwise (a new draft).
   */
  receive: ReceivePreview | null;
}

/** A file of a draft the library has, compared with it ("Ta emot ändringar"). */
export interface ReceivePreview {
  /**
   * 'three-way': the common version (one the file names as based on, found
   * in this draft's own history, never taken from the file) was found, and
   * `changes` are what the other party changed since. 'two-way': it was not
   * (an unknown base, an old file): every difference between the library's
   * draft and the file is listed, and the page says it cannot tell who made it.
   */
  comparison: 'three-way' | 'two-way';
  /** When the common version was kept in this library (ISO time); null for two-way. */
  commonSavedAt: string | null;
  /** The common version (two-way: the library's draft). */
  base: Draft;
  /**
   * The library's draft as it is now; for a signed draft, the revision the
   * changes go into (an open one an earlier file started, or as a new one
   * will be made: `intoRevision`).
   */
  ours: Draft;
  /** The file's draft (an utkast, as an import always is). */
  theirs: Draft;
  /**
   * The library's draft is signed, and a signed draft is never changed by a
   * merge: the changes go into a new revision of it (`startRevision`), and
   * `ours` is that revision as it will be made (an utkast, no signing dates).
   */
  intoRevision: boolean;
  /** Who sent it, as the file names its sender (`sharedBy`: "Polisen (Anna Svensson)"); null when it does not. */
  sender: string | null;
  /** The other party's changes since `base` (shared/draft/changes.ts `describeChanges(base, theirs)`), in its order. */
  changes: Change[];
  /** One line: "Polisen har ändrat 2 aktiviteter, lagt till 1 och bytt undertecknare". */
  summary: string;
  /** Where taking every change would meet a change of ours (`mergeDrafts(base, ours, theirs).conflicts`). */
  conflicts: Conflict[];
}

/** How one conflict of a receive is settled: either side, a text the user wrote, or left open in the draft ("Bestäm senare"). */
export const receiveChoiceSchema = z.union([z.enum(['ours', 'theirs', 'later']), z.object({ text: z.string().max(LIMITS.textChars) })]);
export type ReceiveChoice = z.infer<typeof receiveChoiceSchema>;

/** The user's choices in "Ta emot ändringar". */
export const receiveChoicesSchema = z.object({
  /** Indexes into `ReceivePreview.changes` the user left (not taken); every other change is taken. */
  leave: z.array(z.number().int().min(0)).max(LIMITS.listItems * 8),
  /** A choice per conflict, by its path (JSON of `Conflict.path`); a conflict with none stays open ('later'). */
  conflicts: z.array(z.object({ path: conflictPathSchema, choice: receiveChoiceSchema })).max(LIMITS.listItems * 8),
});
export type ReceiveChoices = z.infer<typeof receiveChoicesSchema>;

/** The data folder and the backups' folder, as full paths ("\\\\fs01.soderhamn.se\\samverka\\bibliotek"). */
export interface DataFolders {
  dataFolder: string;
  backupFolder: string;
}

/** Whether this window may change the library, and if not, why and what can be done. */
export interface LibraryStatus {
  readOnly: boolean;
  /** Null when the library can be changed. */
  reason: ReadOnlyReason | null;
  /** Who has the folder open, when that is why (`locked`). */
  holder: FolderHolder | null;
  /**
   * Whether the window may offer to become the writer now: "Ta över" once the
   * holder is gone (their lock is no longer refreshed), "Försök igen" after a
   * disk problem.
   */
  canTakeOver: boolean;
  /** What is wrong and what to do, in Swedish; null when the library can be changed. */
  message: string | null;
}

const activityId = z.string().min(1).max(LIMITS.idChars);
const recentExportId = z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/);

const versionId = z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/);
const token = z.string().regex(/^[A-Za-z0-9-]{1,100}$/);
/** A dropped file's own name, as the page got it from the drop: shown to the user, never used as a path. */
const droppedFileName = z.string().min(1).max(255).regex(/^[^\\/\u0000-\u001f]+$/);

const exampleId = z.string().regex(/^[a-z0-9-]{1,100}$/);

export const CONTRACT = {
  /** The drafts of the library, newest first. */
  listDrafts: channel<DraftSummary[]>()(z.tuple([])),
  /** Creates and stores an empty draft of a kind. */
  createDraft: channel<Draft>()(z.tuple([z.enum(DRAFT_KINDS)])),
  /** One draft, read from disk. */
  getDraft: channel<Draft>()(z.tuple([draftId])),
  /** Stores a draft (whole); refuses one that does not follow the file format. */
  saveDraft: channel<SaveResult>()(z.tuple([draftSchema])),
  /**
   * Asks where to save and writes the stored draft as .docx; null when the
   * user cancels. With `withPromises`, an agreement's linked löften follow it
   * in the same file as its bilagor, each from a new page.
   */
  exportDocx: channel<ExportResult | null>()(z.tuple([draftId, exportOptions])),
  /**
   * "Exportera granskningsversion": asks where and writes the stored draft
   * as .docx in which what changed since the newest version exchanged with
   * the other party (shared or received) is Word's tracked changes; null
   * when the user cancels; refused when the draft was never exchanged.
   */
  exportReviewDocx: channel<ExportResult | null>()(z.tuple([draftId])),
  /** The bundled examples. */
  listExamples: channel<ExampleSummary[]>()(z.tuple([])),
  /**
   * Stores a bundled example as a new draft: with the user's choices, made
   * theirs (`draftFromExample`: their parties, title, period and place, no
   * signatory names); without, a copy as it is (for tests and scripts).
   */
  createFromExample: channel<Draft>()(z.tuple([exampleId, exampleChoicesSchema.optional()])),
  /** Stores a new revision (status utkast) of a draft, e.g. of a signed one; the original is untouched. */
  startRevision: channel<Draft>()(z.tuple([draftId])),
  /**
   * Takes a draft out of the library: its file is moved to the data folder's
   * `borttagna/` (never destroyed) and every link to it is removed from the others.
   */
  deleteDraft: channel<null>()(z.tuple([draftId])),
  /**
   * Makes a löfte belong to an agreement (or to none, with null), keeping both
   * directions of the link consistent; returns the löfte as stored.
   */
  setAgreement: channel<Draft>()(z.tuple([draftId, draftId.nullable()])),
  /** "Nytt medborgarlöfte" in an agreement: stores a new löfte pre-filled from it and linked to it. */
  createPromise: channel<Draft>()(z.tuple([draftId])),
  /** The kept versions of a draft, newest first. */
  listVersions: channel<VersionSummary[]>()(z.tuple([draftId])),
  /** One kept version. */
  getVersion: channel<Draft>()(z.tuple([draftId, versionId])),
  /** Makes a kept version the draft again (the current one is kept first, so it can be undone); returns the draft as stored. */
  restoreVersion: channel<Draft>()(z.tuple([draftId, versionId])),
  /** Draft files that could not be read when the library was opened. */
  listUnreadable: channel<UnreadableFile[]>()(z.tuple([])),
  /** "Dela utkast": asks where and writes the draft as one `.samverka.json` file; null when cancelled. */
  shareDraft: channel<ExportResult | null>()(z.tuple([draftId])),
  /** "Importera": asks for a file, reads and validates it fully; null when cancelled. Never changes the library. */
  pickImport: channel<ImportPreview | null>()(z.tuple([])),
  /**
   * A draft file dropped on the window: its name (shown, never opened) and
   * its bytes in base64, read and validated exactly as `pickImport` reads a
   * picked file (size, UTF-8, JSON, migration, schema) and kept for
   * `completeImport`. Never changes the library. The page hands over only
   * the bytes the user dropped; no path crosses, so the Node side opens
   * nothing it is told to.
   */
  readImport: channel<ImportPreview>()(z.tuple([droppedFileName, z.base64().max(Math.ceil(LIMITS.fileBytes / 3) * 4)])),
  /**
   * Stores a picked file: as a new draft (`copy`), over the draft with its id
   * (`replace`, which is kept in history first), or, for a file with a
   * `receive` preview, the other party's changes taken into the draft as the
   * user chose (`receive`, one new version; the one before is kept).
   */
  completeImport: channel<Draft>()(z.tuple([token, z.enum(['copy', 'replace', 'receive']), receiveChoicesSchema.optional()])),
  /** The backups of the data folder, newest first. */
  listBackups: channel<BackupSummary[]>()(z.tuple([])),
  /** Makes a backup now. */
  createBackup: channel<BackupSummary>()(z.tuple([])),
  /** Restores the drafts from a backup (the current state is backed up first). */
  restoreBackup: channel<null>()(z.tuple([versionId])),
  /** Opens the data folder in the system's file manager. */
  openDataFolder: channel<null>()(z.tuple([])),
  /** Where the data folder and its backups are on this computer (or the network), as full paths, for the data folder page to show. */
  dataFolders: channel<DataFolders>()(z.tuple([])),
  /**
   * "Exportera PDF": asks where and writes the draft's document as a tagged
   * A4 PDF (title and sv-SE set), printed from the same HTML as the preview;
   * null when the user cancels.
   */
  exportPdf: channel<ExportResult | null>()(z.tuple([draftId, exportOptions])),
  /**
   * "Skriv ut": prints the draft's document (the same HTML as the preview)
   * through the system's print dialog, `copies` preset; false when the user
   * cancels the dialog.
   */
  printDocument: channel<boolean>()(z.tuple([draftId, printOptionsSchema])),
  /**
   * "Skicka med e-post": writes the chosen files and an `.eml` draft carrying
   * them to the outbox folder, opens it in the system's mail program (or shows
   * it in the file manager), and keeps the version that was sent.
   */
  createEmail: channel<EmailResult>()(z.tuple([draftId, emailRequestSchema])),
  /** The files recently written for a draft, newest first. */
  listRecentExports: channel<RecentExport[]>()(z.tuple([draftId])),
  /** Opens one of a draft's recent exports (`open`) or shows it in the file manager (`reveal`); nothing else can be opened. */
  openRecentExport: channel<null>()(z.tuple([draftId, recentExportId, z.enum(['open', 'reveal'])])),
  /** Asks for a PNG or JPEG and returns it validated as a party's logo (alt text empty); null when cancelled. */
  pickLogo: channel<PartyLogo | null>()(z.tuple([])),
  /**
   * Sets the follow-up of one activity of a klar or undertecknad draft (the
   * only change a signed draft accepts; its text stays as signed); returns the
   * draft as stored.
   */
  saveFollowUp: channel<Draft>()(z.tuple([draftId, activityId, followUpInputSchema])),
  /** Asks where and writes the follow-up report (.docx: every activity beside its status, summary and chart); null when cancelled. */
  exportFollowUpReport: channel<ExportResult | null>()(z.tuple([draftId])),
  /** Asks where and writes the follow-up as CSV (UTF-8 with BOM, `;`-separated); null when cancelled. */
  exportFollowUpCsv: channel<ExportResult | null>()(z.tuple([draftId])),
  /**
   * "Starta nästa period": stores a new utkast from a draft, the period moved
   * forward by its length, follow-up cleared, finished activities marked for
   * review, signing dates cleared, linked to the draft it revises.
   */
  startNextPeriod: channel<Draft>()(z.tuple([draftId])),
  /**
   * Whether the library can be changed now: read-only while another computer
   * has the data folder open or while its disk refuses writes, with the
   * reason in Swedish and whether "Ta över" or "Försök igen" may be offered.
   */
  libraryStatus: channel<LibraryStatus>()(z.tuple([])),
  /**
   * "Ta över" or "Försök igen": tries to open the data folder for writing
   * again (taking over the lock of a holder that is gone, or after a disk
   * problem); returns the status after the attempt, read-only still when it failed.
   */
  takeOverLibrary: channel<LibraryStatus>()(z.tuple([])),
  /**
   * The next command of the application menu for the page (Ny, Importera,
   * Exportera, Skriv ut, Ångra …; electron/menu.ts): answered when one is
   * chosen; null where there is no menu (the browser host), so the page stops asking.
   */
  waitForMenuCommand: channel<MenuCommand | null>()(z.tuple([])),
  /**
   * What the user should know from the app's start, in Swedish, one message
   * each: what was wrong with IT's policy file (electron/policy.ts) and what
   * was recovered of an interrupted restore or backup (recoverDataFolder); [] when nothing.
   */
  startupNotices: channel<string[]>()(z.tuple([])),
  // Kommentarer: "Jag företräder", kept in the data folder (electron/services/author.ts).
  /** Whom this computer's comments are written by ("Polisen, Anna Svensson"); null until it is set. */
  getAuthor: channel<CommentAuthor | null>()(z.tuple([])),
  /** Sets "Jag företräder" (a role and a name, not blank); returns it as kept. */
  setAuthor: channel<CommentAuthor>()(z.tuple([commentAuthorSchema.extend({ name: z.string().trim().min(1).max(LIMITS.shortChars) })])),
} satisfies { [K in ChannelName]: Channel<z.ZodTuple, unknown> };

export type Contract = typeof CONTRACT;
export type ChannelArgs<K extends ChannelName> = z.input<Contract[K]['args']>;
export type ParsedArgs<K extends ChannelName> = z.output<Contract[K]['args']>;
export type ChannelResult<K extends ChannelName> = NonNullable<Contract[K]['result']> | Extract<Contract[K]['result'], null>;

/** What crosses the boundary: a value, or an error with a Swedish message. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** The Node side's implementation of the contract. */
export type Handlers = { [K in ChannelName]: (...args: ParsedArgs<K>) => Promise<ChannelResult<K>> };

/** What preload exposes on `window.samverka` (and the e2e host's bridge imitates). */
export type Bridge = { [K in ChannelName]: (...args: ChannelArgs<K>) => Promise<Reply<ChannelResult<K>>> };

/** What the renderer calls: the bridge with replies unwrapped into values or thrown errors. */
export type Api = { [K in ChannelName]: (...args: ChannelArgs<K>) => Promise<ChannelResult<K>> };
