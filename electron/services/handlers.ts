import type { DocumentContext } from '../../shared/documents/draft-document';
import type { DocumentTarget } from '../../shared/documents/document-route';
import { linksOf } from '../../shared/draft/links';
import type { Draft } from '../../shared/draft/schema';
import { UserError } from '../../shared/errors';
import { DATA_FOLDER_MESSAGE } from '../../shared/i18n/data-folder';
import type { MenuCommand } from '../../shared/i18n/menu';
import { PRINT_MESSAGE } from '../../shared/i18n/print';
import { fileSystemCause, fileSystemCode } from '../../shared/i18n/sharing';
import { CHANNEL_NAMES, CHANNEL_WRITES, type ChannelName } from '../../shared/ipc/channels';
import type { Handlers, LibraryStatus } from '../../shared/ipc/contract';
import type { DraftStore } from './draft-store';
import { listExamples, readExample } from './examples';
import { createBackupHandlers } from './backup-handlers';
import { DraftHistory } from './history';
import { createHistoryHandlers } from './history-handlers';
import { createSharingHandlers } from './sharing-handlers';
import { createExports, type Exports } from './exports';
import { createDocumentHandlers } from './document-handlers';
import { createEmailHandlers } from './email-handlers';
import { createExportHandlers } from './export-handlers';
import { createLogoHandlers } from './logo-handlers';
import { createFollowUpHandlers } from './follow-up-handlers';
import { pdfPublishing, publishPdf } from './pdf-publish';

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

/** A library no other app shares and whose disk is never refused: what tests and tools get unless they say otherwise. */
export const ALWAYS_WRITABLE: LibraryAccess = {
  status: () => ({ readOnly: false, reason: null, holder: null, canTakeOver: false, message: null }),
  assertWritable: async () => undefined,
  takeOver: async () => ALWAYS_WRITABLE.status(),
};

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

/** The Node side of the contract: one function per channel, all transports share it. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { store, examplesDir } = deps;
  const history = new DraftHistory(store.dataDir, { now: deps.now });
  const log = deps.log ?? ((message: string, error: unknown) => console.error(message, error));
  const bestEffort = async (what: string, step: () => Promise<unknown>) => {
    try {
      await step();
    } catch (error) {
      log(`Samverka: ${what} failed`, error);
    }
  };
  const exports = createExports({ ...deps, history, bestEffort });
  const documents = publishingPrinter(deps.documents, store, log);
  const services: ServiceDeps = { ...deps, documents, history, exports, bestEffort };
  const access = deps.access ?? ALWAYS_WRITABLE;
  return guardWrites(access, {
    ...createHistoryHandlers(services),
    ...createSharingHandlers(services),
    ...createBackupHandlers(services),
    ...createExportHandlers(services),
    ...createDocumentHandlers(services),
    ...createEmailHandlers(services),
    ...createLogoHandlers(services),
    ...createFollowUpHandlers(services),
    listDrafts: async () => store.list(),
    createDraft: (kind) => store.create(kind),
    getDraft: (id) => store.get(id),
    saveDraft: async (draft) => {
      const previous = store.summary(draft.id);
      await bestEffort('keeping the end of an editing session', () => history.beforeSave(previous, () => store.get(draft.id)));
      const result = await store.save(draft);
      // The store keeps links and (for a klar draft) the follow-up as stored, whatever the editor sent; the version kept must too.
      const saved =
        draft.status === 'utkast' ? { ...draft, relatedIds: previous?.relatedIds ?? draft.relatedIds, updatedAt: result.updatedAt } : await store.get(draft.id);
      await bestEffort('keeping a version after a save', () => history.afterSave(previous, saved));
      return result;
    },
    listExamples: () => listExamples(examplesDir),
    createFromExample: async (id) => store.add(await readExample(examplesDir, id)),
    startRevision: (id) => store.revise(id),
    deleteDraft: async (id) => {
      await store.delete(id);
      return null;
    },
    setAgreement: (promiseId, agreementId) => store.setAgreement(promiseId, agreementId),
    createPromise: (agreementId) => store.createPromise(agreementId),
    libraryStatus: async () => access.status(),
    takeOverLibrary: () => access.takeOver(),
    waitForMenuCommand: async () => (deps.nextMenuCommand ? deps.nextMenuCommand() : null),
    startupNotices: async () => [...(deps.startupNotices?.() ?? [])],
  });
}

/**
 * The one guard of a read-only library: every channel that writes
 * (`CHANNEL_WRITES` in shared/ipc/channels.ts) first asks `access`, which
 * refuses with a Swedish message while another computer has the data folder
 * open or its disk refuses writes, so no service runs and nothing is
 * written. Channels that only read pass as they are.
 */
export function guardWrites(access: LibraryAccess, handlers: Handlers): Handlers {
  const guarded = CHANNEL_NAMES.map((name) => {
    const handler = handlers[name] as (...args: unknown[]) => Promise<unknown>;
    if (!CHANNEL_WRITES[name]) return [name, handler];
    return [
      name,
      async (...args: unknown[]) => {
        await access.assertWritable();
        return handler(...args);
      },
    ];
  });
  return Object.fromEntries(guarded) as Handlers;
}

/**
 * The handlers of an open data folder (library.ts), for the app and the e2e
 * host: built on the library's store, and built again whenever that store
 * is replaced (the folder taken over, or turned read-only), so every call
 * goes to the store of the moment. Files picked for import but not yet
 * stored are forgotten then, as the library they were picked for is gone.
 */
export function createLibraryHandlers(library: OpenLibrary, deps: Omit<HandlerDeps, 'store' | 'access'>): Handlers {
  const build = () => createHandlers({ ...deps, store: library.store, access: library });
  let current = build();
  library.onStoreChange(() => {
    current = build();
  });
  const delegate = (name: ChannelName) => (...args: unknown[]) => (current[name] as (...a: unknown[]) => Promise<unknown>)(...args);
  return Object.fromEntries(CHANNEL_NAMES.map((name) => [name, delegate(name)])) as Handlers;
}

/**
 * The shell's printer with every PDF it makes finished for publishing
 * (artifacts, bookmarks, metadata: `publishPdf`) before a service gets it, so
 * "Exportera PDF" and the email's PDF are the same file. A failure is the
 * printer's failure, in Swedish; the cause is logged.
 */
function publishingPrinter(printer: DocumentPrinter, store: LibraryStore, log: (message: string, error: unknown) => void): DocumentPrinter {
  return {
    pdf: async (target) => {
      const bytes = await printer.pdf(target);
      const draft = await store.get(target.draftId);
      const meta = pdfPublishing(draft, await documentContext(store, draft, target.withPromises));
      try {
        return await publishPdf(bytes, meta);
      } catch (error) {
        log('Samverka: finishing the PDF for publishing failed', error);
        throw new Error(PRINT_MESSAGE.notPublished);
      }
    },
    print: (target, copies) => printer.print(target, copies),
  };
}

/**
 * What a draft's document shows of the drafts linked to it: an agreement
 * lists its löften among its bilagor and, with `withPromises`, carries them
 * whole after itself. A löfte's document shows no other draft.
 */
export async function documentContext(store: LibraryStore, draft: Draft, withPromises: boolean): Promise<DocumentContext> {
  const { promises } = linksOf(draft, store.list());
  if (promises.length === 0) return {};
  if (!withPromises) return { linkedPromises: promises };
  return { linkedPromises: promises, appendices: await Promise.all(promises.map((promise) => store.get(promise.id))) };
}

/**
 * The handlers of an app whose data folder could not be opened at all (a
 * failure no disk problem explains; those open read-only): the window still
 * opens, its banner says so, and every other channel refuses in Swedish.
 */
export function unavailableHandlers(error: unknown): Handlers {
  const code = fileSystemCode(error);
  const message = DATA_FOLDER_MESSAGE.failed(code ? fileSystemCause(code) : error instanceof Error ? error.message : String(error));
  const status: LibraryStatus = { readOnly: true, reason: 'failed', holder: null, canTakeOver: false, message };
  const refuse = async () => {
    throw new UserError('unavailable', message);
  };
  const handlers = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, refuse])) as unknown as Handlers;
  return { ...handlers, libraryStatus: async () => status, takeOverLibrary: async () => status, waitForMenuCommand: async () => null, startupNotices: async () => [] };
}
