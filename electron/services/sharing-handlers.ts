import type { Handlers } from '../../shared/ipc/contract';
import type { HandlerDeps } from './handlers';

/** "Dela utkast" and "Importera": placeholder until they are built. */
export function createSharingHandlers(deps: HandlerDeps): Pick<Handlers, 'shareDraft' | 'pickImport' | 'completeImport'> {
  void deps;
  const later = () => Promise.reject(new Error('not yet'));
  return { shareDraft: later, pickImport: later, completeImport: later };
}
