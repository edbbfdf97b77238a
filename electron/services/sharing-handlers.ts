import type { Handlers } from '../../shared/ipc/contract';
import type { ServiceDeps } from './handlers';
import { createSharing } from './sharing';

/**
 * "Dela utkast" and "Importera utkast" (electron/services/sharing.ts). The
 * files picked for import wait in these handlers' memory until the user
 * chooses, so one set of handlers serves one window's session.
 */
export function createSharingHandlers(deps: ServiceDeps): Pick<Handlers, 'shareDraft' | 'pickImport' | 'completeImport'> {
  const { shareDraft, pickImport, completeImport } = createSharing(deps);
  return { shareDraft, pickImport, completeImport };
}
