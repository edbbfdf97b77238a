import { z } from 'zod';
import { describeField } from '../i18n/terms';
import { FIELD_ISSUE_MESSAGE as ISSUE, READ_MESSAGE } from '../i18n/draft-file';
import { describeJsonError } from './json-error';
import { FORMAT, FORMAT_VERSION, LIMITS } from './limits';
import { migrateDraft } from './migrations';
import { draftSchema, type Draft } from './schema';

/** Why a draft file could not be read; `message` is Swedish and names the field. */
export interface DraftReadError {
  code:
    | 'not-found'
    | 'unreadable'
    | 'too-large'
    | 'empty'
    /** A path that is a folder, a FIFO, a device: refused before it is opened (a FIFO would block the reader). */
    | 'not-a-file'
    /** Bytes that are not UTF-8 (a file saved as Windows-1252): refused rather than read as U+FFFD. */
    | 'not-utf8'
    | 'not-json'
    /** Nesting deeper than `LIMITS.jsonDepth`. */
    | 'too-deep'
    | 'not-samverka'
    /** A key that could reach an object's prototype (`__proto__`, `constructor`, `prototype`). */
    | 'hostile'
    | 'newer-version'
    | 'invalid';
  message: string;
  /** One line per problem, for `invalid`. */
  problems: string[];
  /** For `hostile`: the key. */
  key?: string;
}

export type DraftReadResult = { ok: true; draft: Draft } | { ok: false; error: DraftReadError };

const fail = (code: DraftReadError['code'], message: string, problems: string[] = []): DraftReadResult => ({
  ok: false,
  error: { code, message, problems },
});

/** How many problems a message lists; the rest are counted. `problems` keeps them all. */
const PROBLEMS_SHOWN = 20;

/**
 * The number of bytes `text` takes as UTF-8, as it is written to disk: the
 * size limit is one of bytes, and a Swedish text takes more bytes than
 * characters. Counted without encoding, so a large text costs no copy.
 */
export function utf8ByteLength(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two code units, four bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

// Everything but tab, newline and carriage return; U+FEFF is a stray byte-order mark.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g;
const HAS_CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/;

/**
 * Removes control characters other than tab and newline from user text.
 * Looked for first: a text has none nearly always, and finding that is many
 * times faster than a replace that builds the same text anew (every save
 * runs this over the whole draft, see write-draft.ts).
 */
export function cleanText(text: string): string {
  return HAS_CONTROL_CHAR.test(text) ? text.replace(CONTROL_CHARS, '') : text;
}

/** Keys that reach an object's prototype when a careless program copies them; no draft has them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class TooDeep extends Error {}

class HostileKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/**
 * Copies parsed JSON into fresh plain objects, stripping control characters
 * from strings. Throws on nesting deeper than any draft needs and on a key
 * that could reach an object's prototype: such a file was made to attack a
 * program, so it is refused whole rather than cleaned.
 */
function sanitize(value: unknown, depth: number): unknown {
  if (depth > LIMITS.jsonDepth) throw new TooDeep();
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map((item) => sanitize(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new HostileKey(key);
      copy[key] = sanitize(item, depth + 1);
    }
    return copy;
  }
  return value;
}

/**
 * Checks parsed JSON against the file format: no hostile keys or absurd
 * nesting, `format`, then `formatVersion` (a newer one is refused, an older
 * one migrated in memory by shared/draft/migrations.ts), then the whole
 * schema with its cross-references.
 */
export function validateDraft(raw: unknown): DraftReadResult {
  // A newer Samverka's file is not this version's to judge: refused before anything else looks at it.
  const newer = newerVersionOf(raw);
  if (newer !== null) return fail('newer-version', READ_MESSAGE.newerVersion(newer));
  let value: unknown;
  try {
    value = sanitize(raw, 0);
  } catch (error) {
    if (error instanceof TooDeep) return fail('too-deep', READ_MESSAGE.tooDeep());
    if (error instanceof HostileKey) return { ok: false, error: { code: 'hostile', message: READ_MESSAGE.hostileKey(error.key), problems: [], key: error.key } };
    throw error;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('not-samverka', READ_MESSAGE.notObject());
  }
  const record = value as Record<string, unknown>;
  if (record.format !== FORMAT) return fail('not-samverka', READ_MESSAGE.wrongFormat(record.format));
  const migrated = migrateDraft(record);
  if (!migrated.ok) return fail(migrated.code, migrated.message);

  const parsed = draftSchema.safeParse(migrated.raw, { error: swedishIssue });
  if (!parsed.success) {
    const problems = withoutFollowUps(parsed.error.issues).map((issue) => `${capitalize(describeField(issue.path))}: ${issue.message}`);
    const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => `  – ${p}`);
    if (problems.length > PROBLEMS_SHOWN) shown.push(`  ${READ_MESSAGE.moreProblems(problems.length - PROBLEMS_SHOWN)}`);
    return fail('invalid', `${READ_MESSAGE.invalid(problems.length)}\n${shown.join('\n')}`, problems);
  }
  return { ok: true, draft: parsed.data };
}

/** The `formatVersion` of a Samverka file newer than this app's, or null. */
function newerVersionOf(raw: unknown): number | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const { format, formatVersion } = raw as Record<string, unknown>;
  return format === FORMAT && typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > FORMAT_VERSION
    ? formatVersion
    : null;
}

/**
 * Reads a draft from the text of a file: size in UTF-8 bytes first (before
 * parsing), then JSON, then {@link validateDraft}. Never throws for bad
 * input. The writer runs the same on the text it is about to write
 * (write-draft.ts), so what is acknowledged is what will read.
 */
export function readDraftText(text: string): DraftReadResult {
  // Every character is at least one byte and at most three (four for two UTF-16 units): count only where it matters.
  const bytes = text.length > LIMITS.fileBytes || text.length * 3 <= LIMITS.fileBytes ? text.length : utf8ByteLength(text);
  if (bytes > LIMITS.fileBytes) return fail('too-large', READ_MESSAGE.tooLarge(bytes));
  if (text.trim() === '') return fail('empty', READ_MESSAGE.empty());
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not-json', READ_MESSAGE.notJson(describeJsonError(text)));
  }
  return validateDraft(raw);
}

/** The issues without those zod adds about a field already reported as of the wrong type (a text checked as a list's length). */
function withoutFollowUps(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const mistyped = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((issue) => JSON.stringify(issue.path)));
  return issues.filter((issue) => issue.code === 'invalid_type' || !mistyped.has(JSON.stringify(issue.path)));
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** zod's issues in Swedish; the field is named by the caller. */
function swedishIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? ISSUE.missing : ISSUE.wrongType(issue.expected);
    case 'invalid_value':
      if (issue.input === undefined) return ISSUE.missing;
      return ISSUE.notAllowed(issue.input, issue.values);
    case 'too_big':
      return issue.origin === 'array'
        ? ISSUE.tooMany(issue.maximum)
        : issue.origin === 'string'
          ? ISSUE.tooLong(issue.maximum)
          : ISSUE.tooLarge(issue.maximum);
    case 'too_small':
      return issue.origin === 'string' ? ISSUE.empty : ISSUE.tooSmall(issue.minimum);
    case 'invalid_format':
      return issue.format === 'date'
        ? ISSUE.badDate
        : issue.format === 'datetime'
          ? ISSUE.badTimestamp
          : issue.format === 'guid'
            ? ISSUE.badId
            : ISSUE.badFormat(issue.format);
    case 'custom':
      return issue.message;
    default:
      // zod's own words are English: never shown to a Swedish user.
      return ISSUE.invalid;
  }
}
