import path from 'node:path';
import type { DocumentContext } from '../../shared/documents/draft-document';
import { suggestFileName } from '../../shared/draft/file-name';
import { linksOf } from '../../shared/draft/links';
import type { Draft } from '../../shared/draft/schema';
import type { Handlers } from '../../shared/ipc/contract';
import { writeDocx } from './docx-export';
import type { DraftStore } from './draft-store';
import { listExamples, readExample } from './examples';
import { createBackupHandlers } from './backup-handlers';
import { DraftHistory } from './history';
import { createHistoryHandlers } from './history-handlers';
import { createSharingHandlers } from './sharing-handlers';

/** The kinds of file the app saves and opens through a dialog. */
export type FileType = 'docx' | 'draft';

/** What the handlers need from the shell they run in (Electron, the e2e host, tests). */
export interface HandlerDeps {
  store: DraftStore;
  /**
   * Asks where to save a file of a type, suggesting a name; resolves to a
   * path or null when the user cancels. Electron shows a save dialog; the e2e
   * host answers with a folder chosen by the test.
   */
  chooseSavePath: (suggestedName: string, fileType: FileType) => Promise<string | null>;
  /** Asks for a file of a type to open; resolves to a path or null when the user cancels. */
  chooseOpenPath: (fileType: FileType) => Promise<string | null>;
  /** Opens a folder in the system's file manager (Electron's `shell.openPath`). */
  openPath: (folder: string) => Promise<void>;
  /** The folder of bundled examples (resources/examples). */
  examplesDir: string;
  /** Where backups of the data folder are kept: beside it, not in it, so a backup survives the folder. */
  backupDir: string;
  /** The clock of the history (versions' times, snapshot interval, pruning); the system's by default. */
  now?: () => Date;
  /** Reports a failure that does not fail the call, e.g. a version that could not be kept; console.error by default. */
  log?: (message: string, error: unknown) => void;
}

/** What the groups of handlers (history, sharing, backups) get: the shell's deps and the services shared by all. */
export type ServiceDeps = HandlerDeps & {
  /** The one history of the store's data folder. */
  history: DraftHistory;
};

/** The Node side of the contract: one function per channel, all transports share it. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { store, chooseSavePath, examplesDir } = deps;
  const history = new DraftHistory(store.dataDir, { now: deps.now });
  const services: ServiceDeps = { ...deps, history };
  const log = deps.log ?? ((message: string, error: unknown) => console.error(message, error));
  /** Runs a step whose failure must not fail the call it belongs to: it is logged and the call carries on. */
  const bestEffort = async (what: string, step: () => Promise<unknown>) => {
    try {
      await step();
    } catch (error) {
      log(`Samverka: ${what} failed`, error);
    }
  };
  return {
    ...createHistoryHandlers(services),
    ...createSharingHandlers(services),
    ...createBackupHandlers(services),
    listDrafts: async () => store.list(),
    createDraft: (kind) => store.create(kind),
    getDraft: (id) => store.get(id),
    saveDraft: async (draft) => {
      const previous = store.summary(draft.id);
      await bestEffort('keeping the end of an editing session', () => history.beforeSave(previous, () => store.get(draft.id)));
      const result = await store.save(draft);
      const saved = { ...draft, relatedIds: previous?.relatedIds ?? draft.relatedIds, updatedAt: result.updatedAt };
      await bestEffort('keeping a version after a save', () => history.afterSave(previous, saved));
      return result;
    },
    exportDocx: async (id, { withPromises }) => {
      const draft = await store.get(id);
      const context = await documentContext(store, draft, withPromises);
      const target = await chooseSavePath(suggestFileName(draft, 'docx', { withPromises: (context.appendices?.length ?? 0) > 0 }), 'docx');
      if (!target) return null;
      await writeDocx(draft, target, context);
      await bestEffort('keeping the exported version', () => history.record(draft, 'export'));
      return { path: target, fileName: path.basename(target) };
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
  };
}

/**
 * What a draft's Word document shows of the drafts linked to it: an
 * agreement lists its löften among its bilagor and, with `withPromises`,
 * carries them whole after itself. A löfte's document shows no other draft.
 */
async function documentContext(store: DraftStore, draft: Draft, withPromises: boolean): Promise<DocumentContext> {
  const { promises } = linksOf(draft, store.list());
  if (promises.length === 0) return {};
  if (!withPromises) return { linkedPromises: promises };
  return { linkedPromises: promises, appendices: await Promise.all(promises.map((promise) => store.get(promise.id))) };
}
