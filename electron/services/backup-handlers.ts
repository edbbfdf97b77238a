import type { Handlers } from '../../shared/ipc/contract';
import { createBackup, listBackups, restoreBackup } from './backups';
import type { ServiceDeps } from './handlers';

/**
 * Backups of the data folder (electron/services/backups.ts) and "Öppna
 * datamappen". The library writes what is pending before a backup is made,
 * and the library and the history are read again from disk after a restore.
 */
export function createBackupHandlers(deps: ServiceDeps): Pick<Handlers, 'listBackups' | 'createBackup' | 'restoreBackup' | 'openDataFolder'> {
  const { store, history, backupDir, openPath } = deps;
  const folders = () => ({ dataDir: store.dataDir, backupDir });
  return {
    listBackups: () => listBackups(backupDir),
    createBackup: async () => {
      await store.flush();
      return createBackup(folders(), 'manuell');
    },
    restoreBackup: async (id) => {
      await store.flush();
      try {
        await restoreBackup(folders(), id);
      } finally {
        // Also after a failure: the library shows what the data folder holds, whatever got done.
        history.forget();
        await store.reload();
      }
      return null;
    },
    openDataFolder: async () => {
      await openPath(store.dataDir);
      return null;
    },
  };
}
