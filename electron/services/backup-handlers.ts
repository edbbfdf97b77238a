import type { Handlers } from '../../shared/ipc/contract';
import type { HandlerDeps } from './handlers';

/** Backups of the data folder: placeholder until they are built. */
export function createBackupHandlers(deps: HandlerDeps): Pick<Handlers, 'listBackups' | 'createBackup' | 'restoreBackup' | 'openDataFolder'> {
  void deps;
  const later = () => Promise.reject(new Error('not yet'));
  return { listBackups: later, createBackup: later, restoreBackup: later, openDataFolder: later };
}
