import { Low, type Adapter } from 'lowdb';
import type { z } from 'zod';
import { describeJsonError } from '../../shared/draft/json-error';
import { LIMITS } from '../../shared/draft/limits';
import { readDraftText, type DraftReadError } from '../../shared/draft/read-draft';
import type { Draft } from '../../shared/draft/schema';
import { draftFileText } from '../../shared/draft/write-draft';
import { UserError } from '../../shared/errors';
import { READ_MESSAGE } from '../../shared/i18n/draft-file';
import { writeFileAtomic } from './atomic-file';
import { readLimitedText } from './draft-file';

/** A file's checked content, or why it could not be read (Swedish, as for a draft file). */
export type JsonReadResult<T> = { ok: true; value: T } | { ok: false; error: DraftReadError };

/** Thrown by {@link DurableJsonFile.read} for a file that exists but cannot be read or fails its checks. */
export class UnreadableFileError extends Error {
  constructor(readonly error: DraftReadError) {
    super(error.message);
    this.name = 'UnreadableFileError';
  }
}

/** The text a value is written as; throws (a UserError, in Swedish) for a value that must not be written. */
export type Serialize<T> = (data: T) => string;

/** Compact JSON: the files are read by programs, and their size limits are limits of bytes. */
const compactJson: Serialize<unknown> = (data) => JSON.stringify(data);

/**
 * A lowdb adapter (the interface of lowdb's JSONFile: `read()`/`write()`)
 * whose writes survive a crash: each goes through `writeFileAtomic` (temp
 * file, fsync, rename, fsync of the folder), one after the other, so a killed
 * process leaves the old content or the new, never a torn file. Reads check
 * the size on disk before reading and then the content with `parse`, as
 * `readDraftFile` does for drafts; a write first makes its text with
 * `serialize`, which for a draft applies the same checks, so nothing is
 * acknowledged that the next read would refuse.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private writes: Promise<void> = Promise.resolve();

  constructor(
    readonly filename: string,
    private readonly parse: (text: string) => JsonReadResult<T>,
    private readonly maxBytes: number = LIMITS.fileBytes,
    private readonly serialize: Serialize<T> = compactJson,
  ) {}

  /** The checked content; a missing file is the error `not-found`. Never throws for a bad file. */
  async check(): Promise<JsonReadResult<T>> {
    const text = await readLimitedText(this.filename, this.maxBytes);
    return text.ok ? this.parse(text.text) : text;
  }

  /** The checked content, or null when the file does not exist (as lowdb expects); an {@link UnreadableFileError} otherwise. */
  async read(): Promise<T | null> {
    const result = await this.check();
    if (result.ok) return result.value;
    if (result.error.code === 'not-found') return null;
    throw new UnreadableFileError(result.error);
  }

  /**
   * Writes `data`, after the writes before it; resolves once it is on disk.
   * A value `serialize` refuses is refused here, before anything is written.
   */
  write(data: T): Promise<void> {
    let text: string;
    try {
      text = this.serialize(data);
    } catch (error) {
      return Promise.reject(error);
    }
    const done = this.writes.then(() => writeFileAtomic(this.filename, text));
    this.writes = done.catch(() => undefined);
    return done;
  }
}

/**
 * One file of the store, read and written through lowdb's `Low` over its
 * durable adapter (lowdb's documented extension point). Each read and write
 * uses a `Low` of its own: lowdb keeps a `Low`'s data when the file is
 * missing, and the store never answers from a remembered copy (another app
 * may have written the file since), so no data outlives one call.
 */
export class LowFile<T> {
  constructor(readonly adapter: DurableJsonFile<T>) {}

  get filename(): string {
    return this.adapter.filename;
  }

  /** The checked content, or why it cannot be had (`not-found` for a missing file); never throws for a bad file. */
  async read(): Promise<JsonReadResult<T>> {
    // A Low whose data is null until the file is found; a read-only Low, so its adapter never sees a null to write.
    const low = new Low<T | null>(this.adapter as Adapter<T | null>, null);
    try {
      await low.read();
    } catch (error) {
      if (error instanceof UnreadableFileError) return { ok: false, error: error.error };
      throw error;
    }
    return low.data === null ? failure('not-found', READ_MESSAGE.notFound(this.filename)) : { ok: true, value: low.data };
  }

  /** Writes `value` durably, after the writes to this file before it; refused, with nothing written, when the adapter refuses it. */
  write(value: T): Promise<void> {
    return new Low(this.adapter, value).write();
  }
}

/**
 * The adapter of one draft file: reads with every check of the file format,
 * migrations included, and writes only a text that passes the same checks
 * (shared/draft/write-draft.ts), refusing any other with a UserError.
 */
export function draftFile(filename: string): DurableJsonFile<Draft> {
  const parse = (text: string): JsonReadResult<Draft> => {
    const result = readDraftText(text);
    return result.ok ? { ok: true, value: result.draft } : result;
  };
  return new DurableJsonFile(filename, parse, LIMITS.fileBytes, checkedDraftText);
}

/** A draft's file text, or a UserError saying in Swedish why it is not written. */
export function checkedDraftText(draft: Draft): string {
  const result = draftFileText(draft);
  if (!result.ok) throw new UserError(result.code === 'too-large' ? 'too-large' : 'not-storable', result.message);
  return result.text;
}

/** The adapter of a file of the app's own (the index, the quarantine list), checked by a zod schema. */
export function schemaFile<S extends z.ZodType>(filename: string, schema: S, maxBytes?: number): DurableJsonFile<z.output<S>> {
  const parse = (text: string): JsonReadResult<z.output<S>> => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return failure('not-json', READ_MESSAGE.notJson(describeJsonError(text)));
    }
    const parsed = schema.safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : failure('invalid', READ_MESSAGE.invalid(parsed.error.issues.length));
  };
  return new DurableJsonFile(filename, parse, maxBytes);
}

const failure = (code: DraftReadError['code'], message: string): { ok: false; error: DraftReadError } => ({
  ok: false,
  error: { code, message, problems: [] },
});
