import type { Handlers } from '../../shared/ipc/contract';
import type { ServiceDeps } from './service-deps';
import { AuthorSetting } from './author';
import { createSharing } from './sharing';

/**
 * "Dela utkast" and "Importera utkast" (electron/services/sharing.ts). The
 * files picked for import wait in these handlers' memory until the user
 * chooses, so one set of handlers serves one window's session.
 */
export function createSharingHandlers(deps: ServiceDeps): Pick<Handlers, 'shareDraft' | 'pickImport' | 'readImport' | 'completeImport'> {
  const setting = new AuthorSetting(deps.store.dataDir);
  const { shareDraft, pickImport, readImport, completeImport } = createSharing({ ...deps, author: () => setting.get() });
  return { shareDraft, pickImport, readImport, completeImport };
}
