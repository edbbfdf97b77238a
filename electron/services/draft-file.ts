import { readFile, stat } from 'node:fs/promises';
import { LIMITS } from '../../shared/draft/limits';
import { readDraftText, type DraftReadError, type DraftReadResult } from '../../shared/draft/read-draft';
import { READ_MESSAGE } from '../../shared/i18n/messages';

/**
 * Reads and validates a draft file from disk. The size is checked before a
 * byte is read, so a huge file is refused cheaply; the file is never changed.
 */
export async function readDraftFile(filePath: string): Promise<DraftReadResult> {
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return failure('not-found', READ_MESSAGE.notFound(filePath));
    size = info.size;
  } catch (error) {
    return isMissing(error)
      ? failure('not-found', READ_MESSAGE.notFound(filePath))
      : failure('unreadable', READ_MESSAGE.unreadable(describe(error)));
  }
  if (size > LIMITS.fileBytes) {
    return failure('too-large', READ_MESSAGE.tooLarge(size));
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    return failure('unreadable', READ_MESSAGE.unreadable(describe(error)));
  }
  // TextDecoder drops a byte-order mark; invalid bytes become U+FFFD and then fail JSON or the schema.
  return readDraftText(new TextDecoder('utf-8').decode(bytes));
}

const failure = (code: DraftReadError['code'], message: string): DraftReadResult => ({
  ok: false,
  error: { code, message, problems: [] },
});

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

