import { Packer } from 'docx';
import { buildDraftDocument, type DocumentContext } from '../../shared/documents/draft-document';
import type { Draft } from '../../shared/draft/schema';
import { UserError } from '../../shared/errors';
import { EXPORT_MESSAGE } from '../../shared/i18n/exports';
import { writeFileAtomic } from './atomic-file';

/**
 * Writes a draft as a Word document, with what it shows of other drafts in
 * `context` (an agreement's löften, listed or appended). The file appears
 * whole or not at all, so a failed export never leaves a half-written .docx
 * where the user expects one.
 */
export async function writeDocx(draft: Draft, filePath: string, context?: DocumentContext): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await Packer.toBuffer(buildDraftDocument(draft, context));
    await writeFileAtomic(filePath, bytes);
  } catch (error) {
    throw new UserError('export-failed', EXPORT_MESSAGE.failed(error instanceof Error ? error.message : String(error)));
  }
}
