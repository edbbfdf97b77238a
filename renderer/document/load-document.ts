import type { DocumentContext } from '../../shared/documents/document-outline';
import { linksOf } from '../../shared/draft/links';
import type { Draft, DraftSummary } from '../../shared/draft/schema';
import { api } from '../api';

/** A draft as stored, with the drafts its document shows: an agreement's linked löften. */
export interface StoredDocument {
  draft: Draft;
  /** An agreement's löften, listed among its bilagor; empty for a löfte. */
  linkedPromises: readonly DraftSummary[];
  /** The löften in full, in the order of `linkedPromises`, when asked for; null otherwise. */
  appendices: readonly Draft[] | null;
}

/**
 * Reads a draft and what its document shows of other drafts, as the Node
 * side's `documentContext` (electron/services/handlers.ts) does for the Word
 * export: the links are the store's, so the PDF, the paper and the .docx
 * list and append the same löften.
 *
 * @param withAppendices read the linked löften in full too, to append them
 */
export async function loadDocument(draftId: string, withAppendices: boolean): Promise<StoredDocument> {
  const [draft, summaries] = await Promise.all([api.getDraft(draftId), api.listDrafts()]);
  const { promises } = linksOf(draft, summaries);
  const appendices = withAppendices && promises.length > 0 ? await Promise.all(promises.map((promise) => api.getDraft(promise.id))) : null;
  return { draft, linkedPromises: promises, appendices };
}

/**
 * What the document prints besides the draft: the linked löften listed, and
 * with `withPromises` appended whole (when they were read).
 */
export function documentContextOf({ linkedPromises, appendices }: StoredDocument, withPromises: boolean): DocumentContext {
  if (linkedPromises.length === 0) return {};
  if (!withPromises || !appendices) return { linkedPromises };
  return { linkedPromises, appendices };
}
