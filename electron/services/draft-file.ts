import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { LIMITS } from '../../shared/draft/limits';
import { readDraftText, type DraftReadError, type DraftReadResult } from '../../shared/draft/read-draft';
import { READ_MESSAGE, type NotAFileKind } from '../../shared/i18n/draft-file';
import { fileSystemCause } from '../../shared/i18n/file-system';

/** The text of a file, or why it could not be had. */
export type TextReadResult = { ok: true; text: string } | { ok: false; error: DraftReadError };

/**
 * Opened without waiting: a FIFO opened for reading would otherwise wait for
 * a writer for ever. It has no meaning for a regular file, and Windows has
 * neither the flag nor FIFOs.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file as UTF-8 text, refusing one over `maxBytes` by its size on
 * disk before a byte is read, so a huge file costs nothing. Only a regular
 * file is read: a folder, FIFO or device named like a draft is refused by
 * its type before it is opened. Bytes that are not UTF-8 are refused with
 * where they are, never read as U+FFFD (the next save would write that over
 * the original bytes), unless `replaceInvalid`. The file is never changed.
 */
export async function readLimitedText(
  filePath: string,
  maxBytes: number = LIMITS.fileBytes,
  { replaceInvalid = false }: { replaceInvalid?: boolean } = {},
): Promise<TextReadResult> {
  try {
    const kind = notAFileKind(await stat(filePath));
    if (kind) return failure('not-a-file', READ_MESSAGE.notAFile(kind));
  } catch (error) {
    return isMissing(error) ? failure('not-found', READ_MESSAGE.notFound(filePath)) : failure('unreadable', READ_MESSAGE.unreadable(describe(error)));
  }
  let handle: FileHandle;
  try {
    handle = await open(filePath, OPEN_FLAGS);
  } catch (error) {
    if (errorCode(error) === 'EISDIR') return failure('not-a-file', READ_MESSAGE.notAFile('folder'));
    return isMissing(error) ? failure('not-found', READ_MESSAGE.notFound(filePath)) : failure('unreadable', READ_MESSAGE.unreadable(describe(error)));
  }
  try {
    // Size, type and bytes come from the same open file: a rename over it (an atomic save) cannot mix two versions.
    const info = await handle.stat();
    const kind = notAFileKind(info);
    if (kind) return failure('not-a-file', READ_MESSAGE.notAFile(kind));
    if (info.size > maxBytes) return failure('too-large', READ_MESSAGE.tooLarge(info.size));
    const bytes = Buffer.alloc(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // A list of the app's own that a crash may cut mid-character is read leniently; its torn line is skipped anyway.
    if (replaceInvalid) return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(0, filled)) };
    return decodeUtf8(bytes.subarray(0, filled));
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

/**
 * Reads and validates a draft file's bytes that the page already has (a
 * file dropped on the window) as {@link readDraftFile} reads one from disk:
 * the same size limit, the same UTF-8 check, the same reader.
 */
export function readDraftBytes(bytes: Uint8Array, maxBytes: number = LIMITS.fileBytes): DraftReadResult {
  if (bytes.length > maxBytes) return failure('too-large', READ_MESSAGE.tooLarge(bytes.length));
  const text = decodeUtf8(bytes);
  return text.ok ? readDraftText(text.text) : text;
}

/**
 * The text of UTF-8 bytes, without a byte-order mark; for bytes that are
 * not UTF-8, a refusal saying where the first invalid byte is. Bytes that
 * would not be JSON either (a Word file, a zip picked by mistake) are
 * returned as read, invalid bytes as U+FFFD, for the JSON reader to refuse
 * saying where: that they are no JSON is what tells the user what is wrong.
 */
function decodeUtf8(bytes: Uint8Array): TextReadResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    if (!parsesAsJson(lenient)) return { ok: true, text: lenient };
    const offset = invalidUtf8Offset(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    return failure('not-utf8', READ_MESSAGE.notUtf8(line, offset - lineStart + 1));
  }
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8
 * sequence (Unicode's table 3-7: no overlong forms, no surrogates, nothing
 * above U+10FFFF), or the length when the bytes end inside a sequence.
 */
function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i];
    if (first < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (first >= 0xc2 && first <= 0xdf) length = 2;
    else if (first >= 0xe0 && first <= 0xef) {
      length = 3;
      if (first === 0xe0) low = 0xa0;
      if (first === 0xed) high = 0x9f;
    } else if (first >= 0xf0 && first <= 0xf4) {
      length = 4;
      if (first === 0xf0) low = 0x90;
      if (first === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What a path is when it is not a regular file (following a symbolic link), or null when it is one. */
function notAFileKind(info: Stats): NotAFileKind | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

const failure = (code: DraftReadError['code'], message: string): { ok: false; error: DraftReadError } => ({
  ok: false,
  error: { code, message, problems: [] },
});

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code;

// ENOTDIR: a path through a file that is not a folder; as missing as a file can be.
const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes(errorCode(error) ?? '');

/** The cause of a failed read in Swedish (the system's own message is English). */
const describe = (error: unknown) => `${fileSystemCause(errorCode(error))}.`;
