import { open, type FileHandle } from 'node:fs/promises';
import { LIMITS } from '../../shared/draft/limits';
import { readDraftText, type DraftReadError, type DraftReadResult } from '../../shared/draft/read-draft';
import { READ_MESSAGE } from '../../shared/i18n/messages';

/** The text of a file, or why it could not be had. */
export type TextReadResult = { ok: true; text: string } | { ok: false; error: DraftReadError };

/**
 * Reads a file as UTF-8 text, refusing one over `maxBytes` by its size on
 * disk before a byte is read, so a huge file costs nothing. The file is never changed.
 */
export async function readLimitedText(filePath: string, maxBytes: number = LIMITS.fileBytes): Promise<TextReadResult> {
  let handle: FileHandle;
  try {
    handle = await open(filePath, 'r');
  } catch (error) {
    return isMissing(error) ? failure('not-found', READ_MESSAGE.notFound(filePath)) : failure('unreadable', READ_MESSAGE.unreadable(describe(error)));
  }
  try {
    // Size and bytes come from the same open file: a rename over it (an atomic save) cannot mix two versions.
    const info = await handle.stat();
    if (!info.isFile()) return failure('not-found', READ_MESSAGE.notFound(filePath));
    if (info.size > maxBytes) return failure('too-large', READ_MESSAGE.tooLarge(info.size));
    const bytes = Buffer.alloc(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // TextDecoder drops a byte-order mark; invalid bytes become U+FFFD and then fail JSON or the schema.
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(0, filled)) };
  } catch (error) {
    return failure('unreadable', READ_MESSAGE.unreadable(describe(error)));
  } finally {
    await handle.close();
  }
}

/**
 * Reads and validates a draft file from disk (size, JSON, migration to the
 * current format version, schema). The file is never changed.
 */
export async function readDraftFile(filePath: string): Promise<DraftReadResult> {
  const text = await readLimitedText(filePath);
  return text.ok ? readDraftText(text.text) : text;
}

const failure = (code: DraftReadError['code'], message: string): { ok: false; error: DraftReadError } => ({
  ok: false,
  error: { code, message, problems: [] },
});

// EISDIR: Windows cannot open a folder as a file; a folder is no draft file.
const isMissing = (error: unknown) => ['ENOENT', 'EISDIR'].includes((error as NodeJS.ErrnoException)?.code ?? '');

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
