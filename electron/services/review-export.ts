import { Packer } from 'docx';
import { buildReviewDocument, type DocumentContext } from '../../shared/documents/draft-document';
import type { Draft } from '../../shared/draft/schema';
import { UserError } from '../../shared/errors';
import { EXPORT_MESSAGE, REVIEW_EXPORT_MESSAGE, REVIEW_EXPORT_TEXT } from '../../shared/i18n/exports';
import type { VersionSummary } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';
import { isExchanged } from './history';

/** What finding the comparison version needs of the history (`DraftHistory` is one). */
export interface ExchangedHistory {
  list(draftId: string): Promise<VersionSummary[]>;
  get(draftId: string, versionId: string): Promise<Draft>;
}

/**
 * The version a granskningsversion is compared with: the newest one in the
 * draft's history that was exchanged with the other party, shared ("delad")
 * or received ("importerad"), as that is the newest text both sides have.
 * A UserError when there is none: with nothing exchanged there is nothing to
 * show as changed.
 */
export async function comparisonVersion(history: ExchangedHistory, draftId: string): Promise<Draft> {
  const exchanged = (await history.list(draftId)).find((version) => isExchanged(version.reason));
  if (!exchanged) throw new UserError('review-not-exchanged', REVIEW_EXPORT_MESSAGE.notExchanged());
  return history.get(draftId, exchanged.id);
}

/**
 * Writes a draft's granskningsversion: its Word document with what changed
 * since `before` as tracked changes by "Samverka", dated when the draft was
 * last saved (`buildReviewDocument`). Whole or not at all, as `writeDocx`.
 */
export async function writeReviewDocx(draft: Draft, before: Draft, filePath: string, context?: DocumentContext): Promise<void> {
  try {
    const document = buildReviewDocument(draft, before, { author: REVIEW_EXPORT_TEXT.author, date: draft.updatedAt }, context);
    await writeFileAtomic(filePath, await Packer.toBuffer(document));
  } catch (error) {
    throw new UserError('export-failed', EXPORT_MESSAGE.failed(error instanceof Error ? error.message : String(error)));
  }
}
