import { describe, expect, it } from 'vitest';
import { readDraftText } from '../../../../shared/draft/read-draft';
import { exampleDraft } from '../../../support/fixtures';

/**
 * A refusal is read by a person, and kept in karantan/'s list: it says in
 * Swedish what is wrong and where, and quotes a refused value only so far as
 * it helps (about 80 characters), never a hostile file's megabytes.
 */

const HUGE = 'x'.repeat(3 * 1024 * 1024);
const messageOf = (text: string) => {
  const result = readDraftText(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.error.message;
};

/** The longest run of one refused value a message quotes. */
const longestQuote = (message: string) => Math.max(0, ...(message.match(/x+/g) ?? []).map((run) => run.length));

// V8's own words for JSON.parse's failures, which once reached the user in parentheses.
const ENGLISH = /Unexpected|JSON at position|token|is not valid JSON|end of JSON input|Bad control|after JSON|Expected/;

describe('refusal messages', () => {
  it.each([
    ['a 3 MB "format"', { format: HUGE }],
    ['a 3 MB "formatVersion"', { formatVersion: HUGE }],
    ['a 3 MB "kind"', { kind: HUGE }],
    ['a 3 MB activity status', { activities: [{ ...exampleDraft().activities[0], followUp: { status: HUGE, outcome: null, comment: '' } }] }],
  ])('quote %s at most about 80 characters', (_label, overrides) => {
    const message = messageOf(JSON.stringify({ ...exampleDraft(), ...overrides }));
    expect(longestQuote(message)).toBeGreaterThan(0);
    expect(longestQuote(message)).toBeLessThanOrEqual(80);
    expect(message.length).toBeLessThan(600);
  });

  it.each([
    ['a missing value', '{"format": "samverka", "title": }', 1, 33, /oväntat tecken ”}”/],
    ['a file cut off', '{\n  "format": "samverka",\n  "title": "Medborgarl', 3, 23, /tar slut/],
    ['a comma too many', '{\n  "format": "samverka",\n}', 3, 1, /oväntat tecken ”}”/],
    ['text after the object', '{"format": "samverka"} och mer', 1, 24, /efter JSON-objektet/],
    ['a raw line break in a text', '{"format": "samverka", "title": "rad ett\nrad två"}', 1, 41, /radbrytning/],
    ['binary garbage', '\u0001\u0002PK\u0003\u0004', 1, 1, /oväntat tecken/],
  ])('say in Swedish where the JSON breaks (%s), with no English detail', (_label, text, line, column, what) => {
    const message = messageOf(text);
    expect(message).toMatch(/^Filen är inte giltig JSON och kan inte läsas; den kan vara avkortad eller skadad \(/);
    expect(message).toContain(`rad ${line}, kolumn ${column}`);
    expect(message).toMatch(what);
    expect(message).not.toMatch(ENGLISH);
  });

  it('quote a broken character of a huge line briefly', () => {
    const message = messageOf(`{"format": "samverka", "title": "${'x'.repeat(100_000)}" ${'x'.repeat(100_000)}}`);
    expect(longestQuote(message)).toBeLessThanOrEqual(80);
    expect(message).not.toMatch(ENGLISH);
  });
});
