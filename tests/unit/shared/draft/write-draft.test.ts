import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../shared/draft/limits';
import { readDraftText, utf8ByteLength } from '../../../../shared/draft/read-draft';
import type { Draft } from '../../../../shared/draft/schema';
import { draftFileText } from '../../../../shared/draft/write-draft';
import { exampleDraft } from '../../../support/fixtures';

/** The example with 300 activities whose texts ("å", two bytes each, and an "a" where odd) make its file exactly `bytes` long. */
function draftOfBytes(bytes: number): Draft {
  const base = exampleDraft();
  const empty = { ...base, activities: Array.from({ length: 300 }, (_, i) => ({ ...base.activities[i % 4], id: `t${i}`, text: '' })) };
  let left = bytes - utf8ByteLength(JSON.stringify(empty));
  const activities = empty.activities.map((activity) => {
    const chars = Math.min(LIMITS.textChars, Math.floor(left / 2));
    const text = left - chars * 2 === 1 && chars < LIMITS.textChars ? `${'å'.repeat(chars)}a` : 'å'.repeat(chars);
    left -= utf8ByteLength(text);
    return { ...activity, text };
  });
  expect(left).toBe(0);
  return { ...empty, activities };
}

describe('draftFileText', () => {
  it('is the draft as compact JSON, which the reader reads back as it was', () => {
    const result = draftFileText(exampleDraft());
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toBe(JSON.stringify(exampleDraft()));
    expect(readDraftText(result.text)).toMatchObject({ ok: true, draft: exampleDraft() });
  });

  it('counts the limit in bytes as written: exactly 5 MB is written, one byte more is refused', () => {
    const atLimit = draftOfBytes(LIMITS.fileBytes);
    expect(draftFileText(atLimit)).toMatchObject({ ok: true, bytes: LIMITS.fileBytes });
    expect(draftFileText(draftOfBytes(LIMITS.fileBytes + 1))).toEqual({
      ok: false,
      code: 'too-large',
      message: 'Utkastet blir 5,1 MB, mer än 5 MB. Ta bort en logotyp eller korta texterna. Ändringen har inte sparats.',
    });
  });

  it('refuses what the reader refuses, saying so as a refusal to save', () => {
    expect(draftFileText({ ...exampleDraft(), statement: 42 } as unknown as Draft)).toMatchObject({
      ok: false,
      code: 'invalid',
      message: expect.stringMatching(/^Utkastet följer inte Samverkas filformat och har inte sparats:\n {2}– Löftesmening: har fel typ/),
    });
    const cyclic: Record<string, unknown> = { ...exampleDraft() };
    cyclic.self = cyclic;
    expect(draftFileText(cyclic as Draft)).toMatchObject({ ok: false, code: 'not-json' });
  });
});

describe('utf8ByteLength', () => {
  it('counts as UTF-8 does', () => {
    for (const text of ['', 'abc', 'åäö', '€', '🏠', 'a\u{10FFFF}b', '\uD800x']) expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text));
  });
});
