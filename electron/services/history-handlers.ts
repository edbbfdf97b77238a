import { isLocked } from '../../shared/draft/status';
import type { Draft } from '../../shared/draft/schema';
import { UserError } from '../../shared/errors';
import { VERSIONS_MESSAGE } from '../../shared/i18n/versions';
import type { Handlers } from '../../shared/ipc/contract';
import type { ServiceDeps } from './service-deps';
import { writeGateOf } from './write-gate';

/**
 * The draft history ("Versioner") and the files that could not be read.
 * Restoring keeps the current draft first ('fore-aterstallning') and the
 * result after ('aterstalld'), so a restore is undone by restoring the version
 * kept before it. The three steps pass the data folder's write gate as one,
 * so a restore of a backup comes before or after all of them, never between.
 */
export function createHistoryHandlers({ store, history }: ServiceDeps): Pick<Handlers, 'listVersions' | 'getVersion' | 'restoreVersion' | 'listUnreadable'> {
  return {
    listVersions: (id) => history.list(id),
    getVersion: (id, versionId) => history.get(id, versionId),
    restoreVersion: (id, versionId) =>
      writeGateOf(store.dataDir).pass(async () => {
        const current = await store.get(id);
        if (isLocked(current)) throw new UserError('locked', VERSIONS_MESSAGE.restoreSigned());
        const version = await history.get(id, versionId);
        await history.record(current, 'fore-aterstallning');
        await store.save(restoredDraft(current, version));
        const stored = await store.get(id);
        await history.record(stored, 'aterstalld');
        return stored;
      }),
    listUnreadable: async () => store.unreadable(),
  };
}

/**
 * A kept version made the draft again: its content, as an utkast, under the
 * current draft's id and creation time, with the current links (the store's),
 * saved as a change of the current draft (based on its `updatedAt`, which the
 * store checks and then stamps anew).
 */
export function restoredDraft(current: Draft, version: Draft): Draft {
  return { ...version, id: current.id, status: 'utkast', createdAt: current.createdAt, updatedAt: current.updatedAt, relatedIds: [...current.relatedIds] };
}
