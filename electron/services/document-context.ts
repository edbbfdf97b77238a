import type { DocumentContext } from '../../shared/documents/draft-document';
import { linksOf } from '../../shared/draft/links';
import type { Draft } from '../../shared/draft/schema';
import type { LibraryStore } from './service-deps';

/**
 * What a draft's document shows of the drafts linked to it: an agreement
 * lists its löften among its bilagor and, with `withPromises`, carries them
 * whole after itself. A löfte's document shows no other draft.
 */
export async function documentContext(store: LibraryStore, draft: Draft, withPromises: boolean): Promise<DocumentContext> {
  const { promises } = linksOf(draft, store.list());
  if (promises.length === 0) return {};
  if (!withPromises) return { linkedPromises: promises };
  return { linkedPromises: promises, appendices: await Promise.all(promises.map((promise) => store.get(promise.id))) };
}
