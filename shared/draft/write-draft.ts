import { WRITE_MESSAGE } from '../i18n/draft-file';
import { LIMITS } from './limits';
import { readDraftText, utf8ByteLength, type DraftReadError } from './read-draft';
import type { Draft } from './schema';

/** The text of a draft's file, or why it must not be written (Swedish, saying what to do). */
export type DraftTextResult = { ok: true; text: string; bytes: number } | { ok: false; code: DraftReadError['code']; message: string };

/**
 * The text a draft is written as, checked as the reader will check it. A
 * writer that acknowledged what its reader refuses would lose the draft at
 * the next start (the file moved to karantan/), so the text runs the
 * reader's own checks (readDraftText: size, nesting, forbidden keys,
 * schema) before a byte is written, and a refusal says what is too big or
 * wrong. The text is compact JSON: the size limit is the file's, and
 * indenting would make a draft within the schema's limits (or a shared file
 * under 5 MB) larger than the reader accepts. Every draft file goes through
 * here: the library's, a shared `.samverka.json`, a kept version.
 */
export function draftFileText(draft: Draft): DraftTextResult {
  let text: string;
  try {
    text = JSON.stringify(draft);
  } catch {
    // A cycle or a BigInt, which no draft read from JSON has.
    return { ok: false, code: 'not-json', message: WRITE_MESSAGE.notJson() };
  }
  const bytes = utf8ByteLength(text);
  if (bytes > LIMITS.fileBytes) return { ok: false, code: 'too-large', message: WRITE_MESSAGE.tooLarge(bytes) };
  const read = readDraftText(text);
  if (read.ok) return { ok: true, text, bytes };
  return { ok: false, code: read.error.code, message: refusal(read.error) };
}

/** The reader's refusal as the writer's: what is wrong with the draft, and that it was not saved. */
function refusal(error: DraftReadError): string {
  switch (error.code) {
    case 'too-deep':
      return WRITE_MESSAGE.tooDeep();
    case 'hostile':
      return WRITE_MESSAGE.hostileKey(error.key ?? '');
    case 'invalid':
      return WRITE_MESSAGE.invalid(error.problems);
    default:
      return WRITE_MESSAGE.other(error.message);
  }
}
