import { UserError } from '../../shared/errors';
import { DATA_FOLDER_MESSAGE } from '../../shared/i18n/data';
import { PRINT_MESSAGE } from '../../shared/i18n/print';
import { fileSystemCause, fileSystemCode } from '../../shared/i18n/file-system';
import { CHANNEL_NAMES, CHANNEL_WRITES, type ChannelName } from '../../shared/ipc/channels';
import type { Handlers, LibraryStatus } from '../../shared/ipc/contract';
import { listExamples, readExampleWithOrigin } from './examples';
import { draftFromExample } from '../../shared/draft/from-example';
import { createBackupHandlers } from './backup-handlers';
import { DraftHistory } from './history';
import { createHistoryHandlers } from './history-handlers';
import { createSharingHandlers } from './sharing-handlers';
import { createExports } from './exports';
import { createDocumentHandlers } from './document-handlers';
import { createEmailHandlers } from './email-handlers';
import { createExportHandlers } from './export-handlers';
import { createLogoHandlers } from './logo-handlers';
import { createFollowUpHandlers } from './follow-up-handlers';
import { createAuthorHandlers } from './author';
import { pdfPublishing, publishPdf } from './pdf-publish';
import { documentContext } from './document-context';
import type { DocumentPrinter, HandlerDeps, LibraryAccess, LibraryStore, OpenLibrary, ServiceDeps } from './service-deps';

/** A library no other app shares and whose disk is never refused: what tests and tools get unless they say otherwise. */
export const ALWAYS_WRITABLE: LibraryAccess = {
  status: () => ({ readOnly: false, reason: null, holder: null, canTakeOver: false, message: null }),
  assertWritable: async () => undefined,
  takeOver: async () => ALWAYS_WRITABLE.status(),
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
    ...createAuthorHandlers(services),
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
    createFromExample: async (id, choices) => {
      const { draft, origin } = await readExampleWithOrigin(examplesDir, id);
      return store.add(choices ? draftFromExample(draft, origin, choices) : draft);
    },
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
