import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Draft } from '../../shared/draft/schema';
import type { ExportResult, RecentExport, RecentExportKind, VersionReason, VersionSummary } from '../../shared/ipc/contract';
import { ExportLog } from './export-log';
import type { FileType, HandlerDeps } from './handlers';

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
  /** Lists a file written for a draft without the dialog (an email draft), first among its recent exports. */
  remember(draftId: string, file: { kind: RecentExportKind; path: string }): Promise<void>;
  /** A draft's recent exports, newest first, each checked on disk. */
  recent(draftId: string): Promise<RecentExport[]>;
  /** One of a draft's recent exports, or null when it is not in that draft's list. */
  find(draftId: string, exportId: string): Promise<RecentExport | null>;
}

/** What the exports need: the dialog, the history, the data folder (for the export log) and a way to carry on past a failure. */
export interface ExportsDeps {
  store: { readonly dataDir: string };
  history: { record(draft: Draft, reason: VersionReason): Promise<VersionSummary> };
  chooseSavePath: HandlerDeps['chooseSavePath'];
  bestEffort: (what: string, step: () => Promise<unknown>) => Promise<void>;
  now?: () => Date;
  log?: (message: string, error: unknown) => void;
}

/**
 * The exports of one data folder. Keeping the version and listing the file
 * happen after the file is written, so their failure is logged, not
 * reported: the user has the file. A last folder that no longer exists is
 * not offered, so the dialog opens in its default place instead.
 */
export function createExports(deps: ExportsDeps): Exports {
  const log = new ExportLog(deps.store.dataDir, { now: deps.now, log: deps.log });

  const checked = async (entry: { id: string; kind: RecentExportKind; path: string; fileName: string; at: string }): Promise<RecentExport> => ({
    id: entry.id,
    kind: entry.kind,
    path: entry.path,
    fileName: entry.fileName,
    at: entry.at,
    exists: await isFile(entry.path),
  });

  return {
    async save({ draft, kind, fileType, suggestedName, reason, write }) {
      const folder = await log.lastFolder().then(
        async (last) => (last && (await isFolder(last)) ? last : null),
        () => null,
      );
      const target = await deps.chooseSavePath(suggestedName, fileType, folder);
      if (!target) return null;
      await write(target);
      await deps.bestEffort(`keeping a '${reason}' version`, () => deps.history.record(draft, reason));
      await deps.bestEffort('listing a recent export', () => log.add(draft.id, { kind, path: target }, { folder: path.dirname(target) }));
      return { path: target, fileName: path.basename(target) };
    },
    async remember(draftId, file) {
      await deps.bestEffort('listing a recent export', () => log.add(draftId, file));
    },
    async recent(draftId) {
      return Promise.all((await log.recent(draftId)).map(checked));
    },
    async find(draftId, exportId) {
      const entry = (await log.recent(draftId)).find((candidate) => candidate.id === exportId);
      return entry ? checked(entry) : null;
    },
  };
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

async function isFolder(folder: string): Promise<boolean> {
  return stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
