import { suggestFileName } from '../../shared/draft/file-name';
import { UserError } from '../../shared/errors';
import { RECENT_EXPORT_MESSAGE } from '../../shared/i18n/exports';
import type { Handlers } from '../../shared/ipc/contract';
import { writeDocx } from './docx-export';
import { documentContext } from './document-context';
import type { ServiceDeps } from './service-deps';

/** "Exportera till Word" and the draft's recent exports. */
export function createExportHandlers(deps: ServiceDeps): Pick<Handlers, 'exportDocx' | 'listRecentExports' | 'openRecentExport'> {
  const { store, exports } = deps;
  return {
    exportDocx: async (id, { withPromises }) => {
      const draft = await store.get(id);
      const context = await documentContext(store, draft, withPromises);
      return exports.save({
        draft,
        kind: 'docx',
        fileType: 'docx',
        suggestedName: suggestFileName(draft, 'docx', { withPromises: (context.appendices?.length ?? 0) > 0 }),
        reason: 'export',
        write: (target) => writeDocx(draft, target, context),
      });
    },
    listRecentExports: (id) => exports.recent(id),
    /**
     * Opens or reveals a file by its id in the draft's own list, never by a
     * path from the renderer: nothing else on the disk can be opened this
     * way. The file must still be what the app wrote there (size and
     * SHA-256, read now): one that was changed or replaced is not opened, nor
     * shown, as it may not be the file the list names.
     */
    openRecentExport: async (id, exportId, action) => {
      const found = await exports.verify(id, exportId);
      if (!found) throw new UserError('recent-export-not-found', RECENT_EXPORT_MESSAGE.notFound());
      const { entry, state } = found;
      if (state === 'missing') throw new UserError('recent-export-missing', RECENT_EXPORT_MESSAGE.missing(entry.fileName));
      if (state === 'changed') throw new UserError('recent-export-changed', RECENT_EXPORT_MESSAGE.changed(entry.fileName));
      if (action === 'reveal') {
        await deps.revealPath(entry.path);
        return null;
      }
      try {
        await deps.openPath(entry.path);
      } catch {
        throw new UserError('recent-export-open-failed', RECENT_EXPORT_MESSAGE.openFailed(entry.fileName));
      }
      return null;
    },
  };
}
