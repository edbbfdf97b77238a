import { suggestFileName } from '../../shared/draft/file-name';
import { UserError } from '../../shared/errors';
import { FILE_NAME_TEXT, RECENT_EXPORT_MESSAGE } from '../../shared/i18n/exports';
import type { Handlers } from '../../shared/ipc/contract';
import { writeDocx } from './docx-export';
import { documentContext } from './document-context';
import { comparisonVersion, writeReviewDocx } from './review-export';
import type { ServiceDeps } from './service-deps';

/** "Exportera till Word", "Exportera granskningsversion" and the draft's recent exports. */
export function createExportHandlers(deps: ServiceDeps): Pick<Handlers, 'exportDocx' | 'exportReviewDocx' | 'listRecentExports' | 'openRecentExport'> {
  const { store, exports, history } = deps;
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
    /**
     * Refused before the dialog opens when the draft was never exchanged, so
     * the user is not asked where to save a file that cannot be made. The
     * version written is kept as 'granskning', not as shared: the colleague
     * answers in Word, so the text both parties have in Samverka is still the
     * one exchanged before, which the next granskningsversion compares with.
     */
    exportReviewDocx: async (id) => {
      const draft = await store.get(id);
      const before = await comparisonVersion(history, id);
      const context = await documentContext(store, draft, false);
      return exports.save({
        draft,
        kind: 'granskning-docx',
        fileType: 'docx',
        suggestedName: suggestFileName(draft, 'docx', { addition: FILE_NAME_TEXT.review }),
        reason: 'granskning',
        write: (target) => writeReviewDocx(draft, before, target, context),
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
