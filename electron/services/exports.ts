import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Draft } from '../../shared/draft/schema';
import type { RecentExport, RecentExportKind, VersionReason, VersionSummary } from '../../shared/ipc/contract';
import { EXPORT_KEY_FILE, ExportLog, type ExportLogEntry } from './export-log';
import type { Exports, HandlerDeps, WrittenState } from './service-deps';

/** What the exports need: the dialog, the history, the data folder (for the export log) and a way to carry on past a failure. */
export interface ExportsDeps {
  store: { readonly dataDir: string };
  history: { record(draft: Draft, reason: VersionReason): Promise<VersionSummary> };
  chooseSavePath: HandlerDeps['chooseSavePath'];
  bestEffort: (what: string, step: () => Promise<unknown>) => Promise<void>;
  /**
   * The app's own folder beside the data folder (the backups'), where the
   * key that seals the export log's entries is kept: never in the data
   * folder, which others may write. Without it the key lasts as long as the process.
   */
  backupDir?: string;
  now?: () => Date;
  log?: (message: string, error: unknown) => void;
}

/**
 * The exports of one data folder. Keeping the version and listing the file
 * happen after the file is written, so their failure is logged, not
 * reported: the user has the file. The file is listed with the size and
 * hash of what was written, read back at once, so that it is opened later
 * only while it is still that file. The last folder is offered only as the
 * app wrote it, and only when it still exists; otherwise the dialog opens in
 * its default place.
 */
export function createExports(deps: ExportsDeps): Exports {
  const keyFile = deps.backupDir ? path.join(deps.backupDir, EXPORT_KEY_FILE) : undefined;
  const log = new ExportLog(deps.store.dataDir, { now: deps.now, log: deps.log, keyFile });

  const list = async (draftId: string, kind: RecentExportKind, file: string, folder?: string) => {
    const written = await fingerprint(file);
    await log.add(draftId, { kind, path: file, ...written }, { folder });
  };

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
      await deps.bestEffort('listing a recent export', () => list(draft.id, kind, target, path.dirname(target)));
      return { path: target, fileName: path.basename(target) };
    },
    async remember(draftId, file) {
      await deps.bestEffort('listing a recent export', () => list(draftId, file.kind, file.path));
    },
    async recent(draftId) {
      return (await log.recent(draftId)).map(listed);
    },
    async verify(draftId, exportId) {
      const entry = (await log.recent(draftId)).find((candidate) => candidate.id === exportId);
      return entry ? { entry: listed(entry), state: await stateOf(entry) } : null;
    },
  };
}

/**
 * A log entry as the window lists it. `exists` stays true: whether the file
 * is still there is found out only when it is opened, so listing never
 * touches a path (a network path would be connected to).
 */
function listed({ id, kind, path: file, fileName, at }: ExportLogEntry): RecentExport {
  return { id, kind, path: file, fileName, at, exists: true };
}

/** The size and SHA-256 of a file the app has just written. */
async function fingerprint(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

/** What a listed file is now: the same bytes as written, gone, or changed; a link or folder in its place is a change, never followed. */
async function stateOf(entry: ExportLogEntry): Promise<WrittenState> {
  const info = await lstat(entry.path).catch(() => null);
  if (!info) return 'missing';
  if (!info.isFile() || info.size !== entry.size) return 'changed';
  const now = await fingerprint(entry.path).catch(() => null);
  if (!now) return 'missing';
  return now.size === entry.size && now.sha256 === entry.sha256 ? 'unchanged' : 'changed';
}

async function isFolder(folder: string): Promise<boolean> {
  return stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
