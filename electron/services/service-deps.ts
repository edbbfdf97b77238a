import type { DocumentTarget } from '../../shared/documents/document-route';
import type { Draft } from '../../shared/draft/schema';
import type { MenuCommand } from '../../shared/i18n/menu';
import type { ExportResult, LibraryStatus, RecentExport, RecentExportKind, VersionReason } from '../../shared/ipc/contract';
import type { DraftStore } from './draft-store';
import type { DraftHistory } from './history';

/*
 * What the services are given: by the shell (HandlerDeps) and by handlers.ts
 * to each group of handlers (ServiceDeps). Kept apart from handlers.ts, which
 * only composes the groups, so that no group imports the module that imports it.
 */

/** The kinds of file the app saves and opens through a dialog. */
export type FileType = 'docx' | 'draft' | 'pdf' | 'csv' | 'image';

/**
 * Prints a draft's document from the renderer's own HTML (the document page,
 * `shared/documents/document-route.ts`, the same markup as the preview).
 * Electron loads it in a hidden window; the e2e host in Chromium.
 */
export interface DocumentPrinter {
  /** The document as a tagged A4 PDF (title, sv-SE), its pages as the preview shows them. */
  pdf(target: DocumentTarget): Promise<Uint8Array>;
  /** Prints it through the system's print dialog with `copies` preset; false when the user cancels. */
  print(target: DocumentTarget, copies: number): Promise<boolean>;
}

/**
 * The library as the handlers use it: the DraftStore's public face, which
 * the read-only view of a data folder that cannot be written
 * (read-only-library.ts) has too.
 */
export type LibraryStore = Pick<DraftStore, keyof DraftStore>;

/** Whether the library may be written, and how this window becomes its writer (library.ts). */
export interface LibraryAccess {
  /** Read-only or not, why, and what can be done. */
  status(): LibraryStatus;
  /** Throws a UserError saying why (in Swedish) when the library may not be written now; runs before every writing channel. */
  assertWritable(): Promise<void>;
  /** "Ta över" or "Försök igen"; resolves to the status after it. */
  takeOver(): Promise<LibraryStatus>;
}

/** An open data folder whose store is replaced when it turns writable or read-only (library.ts's `Library`). */
export interface OpenLibrary extends LibraryAccess {
  readonly store: LibraryStore;
  onStoreChange(listener: () => void): () => void;
}

/** One file to write for a draft, through the save dialog. */
export interface ExportJob {
  /** The draft as stored: its version is kept in the history after the file is written. */
  draft: Draft;
  kind: RecentExportKind;
  fileType: FileType;
  /** The SKR-style name the dialog suggests (`medborgarlofte-soderhamn-2020-2021.pdf`); the user may change it. */
  suggestedName: string;
  /** Why the version is kept in the history. */
  reason: VersionReason;
  /** Writes the file at `target`, whole or not at all (atomically). */
  write: (target: string) => Promise<void>;
}

/** What a listed file is now, against what the app wrote there: the same bytes, gone, or changed (or replaced by something that is not a plain file). */
export type WrittenState = 'unchanged' | 'missing' | 'changed';

/**
 * The one way a file is written for a draft from the save dialog (Word, PDF,
 * shared draft, follow-up report and CSV): asks where (in the last export
 * folder), writes, keeps the version in the history and lists the file among
 * the draft's recent exports. Files the app names itself (the email outbox)
 * are listed with `remember`.
 */
export interface Exports {
  /** Null when the user cancels the dialog. */
  save(job: ExportJob): Promise<ExportResult | null>;
  /** Lists a file the app has just written for a draft without the dialog (an email draft), first among its recent exports. */
  remember(draftId: string, file: { kind: RecentExportKind; path: string }): Promise<void>;
  /** A draft's recent exports, newest first, as the app wrote them; no listed file is looked at (see {@link verify}). */
  recent(draftId: string): Promise<RecentExport[]>;
  /**
   * One of a draft's recent exports, with what its file is now against what
   * the app wrote (size and SHA-256), read only now; null when it is not in
   * that draft's list.
   */
  verify(draftId: string, exportId: string): Promise<{ entry: RecentExport; state: WrittenState } | null>;
}

/** What the handlers need from the shell they run in (Electron, the e2e host, tests). */
export interface HandlerDeps {
  store: LibraryStore;
  /** The application menu's next command for the page (electron/menu.ts); absent where there is no menu. */
  nextMenuCommand?: () => Promise<MenuCommand>;
  /** What the page should say from the app's start: the policy file's problems, what was recovered of a restore; none by default. */
  startupNotices?: () => readonly string[];
  /** Whether the library may be written now; always, unless given (the app gives its Library). */
  access?: LibraryAccess;
  /**
   * Asks where to save a file of a type, suggesting a name (in `folder`, the
   * last export folder, when given); resolves to a path or null when the user
   * cancels. Electron shows a save dialog, which asks before it replaces a
   * file; the e2e host answers with a folder chosen by the test and never
   * replaces a file.
   */
  chooseSavePath: (suggestedName: string, fileType: FileType, folder?: string | null) => Promise<string | null>;
  /** Asks for a file of a type to open; resolves to a path or null when the user cancels. */
  chooseOpenPath: (fileType: FileType) => Promise<string | null>;
  /** Opens a folder in the system's file manager, or a file in its program (Electron's `shell.openPath`); throws when that fails. */
  openPath: (folder: string) => Promise<void>;
  /** Shows a file in the system's file manager, selected (Electron's `shell.showItemInFolder`). */
  revealPath: (file: string) => Promise<void>;
  /** Prints documents and makes PDFs from the renderer's HTML. */
  documents: DocumentPrinter;
  /** Where "Skicka med e-post" writes its `.eml` files and their attachments (created when needed). */
  outboxDir: string;
  /** The folder of bundled examples (resources/examples). */
  examplesDir: string;
  /** Where backups of the data folder are kept: beside it, not in it, so a backup survives the folder. */
  backupDir: string;
  /** The clock of the history (versions' times, snapshot interval, pruning); the system's by default. */
  now?: () => Date;
  /** Reports a failure that does not fail the call, e.g. a version that could not be kept; console.error by default. */
  log?: (message: string, error: unknown) => void;
}

/** What the groups of handlers (history, sharing, backups …) get: the shell's deps and the services shared by all. */
export type ServiceDeps = HandlerDeps & {
  /** The one history of the store's data folder. */
  history: DraftHistory;
  /** The one way a file is written for a draft from the save dialog. */
  exports: Exports;
  /** Runs a step whose failure must not fail the call it belongs to: it is logged and the call carries on. */
  bestEffort: (what: string, step: () => Promise<unknown>) => Promise<void>;
};
