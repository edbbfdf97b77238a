import type { Handlers } from '../../shared/ipc/contract';
import type { HandlerDeps } from './handlers';

/** The draft history ("Versioner"): placeholder until it is built. */
export function createHistoryHandlers(deps: HandlerDeps): Pick<Handlers, 'listVersions' | 'getVersion' | 'restoreVersion' | 'listUnreadable'> {
  void deps;
  const later = () => Promise.reject(new Error('not yet'));
  return { listVersions: later, getVersion: later, restoreVersion: later, listUnreadable: later };
}
