import type { Handlers } from '../../shared/ipc/contract';
import { createBackup, listBackups, restoreBackup } from './backups';
import type { ServiceDeps } from './service-deps';
import { writeGateOf } from './write-gate';

/**
 * Backups of the data folder (electron/services/backups.ts) and "Öppna
 * datamappen" with the folders' paths. The library writes what is pending before a backup is made.
 *
 * A restore is one step for every writer of the data folder: it passes the
 * folder's write gate alone (the history and the export log wait) and runs
 * inside the store's `replaceLibrary` (saves wait, and the library is read
 * again from disk afterwards, also after a failure). A save acknowledged
 * before it began is in the backup it makes first; one made while it runs
 * waits and is written to the restored library.
 */
export function createBackupHandlers(deps: ServiceDeps): Pick<Handlers, 'listBackups' | 'createBackup' | 'restoreBackup' | 'openDataFolder' | 'dataFolders'> {
  const { store, history, backupDir, openPath } = deps;
  const folders = () => ({ dataDir: store.dataDir, backupDir });
  return {
    listBackups: () => listBackups(backupDir),
    createBackup: async () => {
      await store.flush();
      return createBackup(folders(), 'manuell');
    },
    restoreBackup: async (id) => {
      await writeGateOf(store.dataDir).alone(() =>
        store.replaceLibrary(async () => {
          try {
            await restoreBackup(folders(), id);
          } finally {
            // The history's decisions are read again from the restored folder.
            history.forget();
          }
        }),
      );
      return null;
    },
    openDataFolder: async () => {
      await openPath(store.dataDir);
      return null;
    },
    dataFolders: async () => ({ dataFolder: store.dataDir, backupFolder: backupDir }),
  };
}
