import { z } from 'zod';
import { describeField } from '../i18n/terms';
import { READ_MESSAGE } from '../i18n/messages';
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
    | 'not-json'
    | 'not-samverka'
    /** A key that could reach an object's prototype (`__proto__`, `constructor`, `prototype`). */
    | 'hostile'
    | 'newer-version'
    | 'invalid';
  message: string;
  /** One line per problem, for `invalid`. */
  problems: string[];
}

export type DraftReadResult = { ok: true; draft: Draft } | { ok: false; error: DraftReadError };

const fail = (code: DraftReadError['code'], message: string, problems: string[] = []): DraftReadResult => ({
  ok: false,
  error: { code, message, problems },
});

// Everything but tab, newline and carriage return; U+FEFF is a stray byte-order mark.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g;

/** Removes control characters other than tab and newline from user text. */
export function cleanText(text: string): string {
  return text.replace(CONTROL_CHARS, '');
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
    if (error instanceof TooDeep) return fail('not-json', READ_MESSAGE.tooDeep());
    if (error instanceof HostileKey) return fail('hostile', READ_MESSAGE.hostileKey(error.key));
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
    return fail('invalid', `${READ_MESSAGE.invalid(problems.length)}\n${problems.map((p) => `  – ${p}`).join('\n')}`, problems);
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
 * Reads a draft from the text of a file: size first (before parsing), then
 * JSON, then {@link validateDraft}. Never throws for bad input.
 */
export function readDraftText(text: string): DraftReadResult {
  if (text.length > LIMITS.fileBytes) return fail('too-large', READ_MESSAGE.tooLarge(text.length));
  if (text.trim() === '') return fail('empty', READ_MESSAGE.empty());
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('not-json', READ_MESSAGE.notJson(error instanceof Error ? error.message : String(error)));
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
      return issue.input === undefined ? 'saknas' : `har fel typ (väntat ${TYPE_WORD[issue.expected] ?? issue.expected})`;
    case 'invalid_value':
      if (issue.input === undefined) return 'saknas';
      return `ogiltigt värde ${JSON.stringify(issue.input)}; tillåtna: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `för många (högst ${issue.maximum})`
        : issue.origin === 'string'
          ? `för lång text (högst ${issue.maximum} tecken)`
          : `för stort (högst ${issue.maximum})`;
    case 'too_small':
      return issue.origin === 'string' ? 'får inte vara tom' : `för litet (minst ${issue.minimum})`;
    case 'invalid_format':
      return issue.format === 'date'
        ? 'ogiltigt datum (väntat ÅÅÅÅ-MM-DD)'
        : issue.format === 'datetime'
          ? 'ogiltig tidpunkt (väntat ISO 8601)'
          : issue.format === 'guid'
            ? 'ogiltigt id (väntat ett UUID)'
            : `ogiltigt format (${issue.format})`;
    case 'custom':
      return issue.message;
    default:
      return undefined;
  }
}

const TYPE_WORD: Record<string, string> = {
  string: 'text',
  number: 'tal',
  int: 'heltal',
  boolean: 'sant/falskt',
  array: 'lista',
  object: 'objekt',
  null: 'inget värde',
};
