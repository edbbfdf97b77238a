import { describe, expect, it } from 'vitest';
import { identityText } from '../../../../shared/draft/identity';
import type { Draft } from '../../../../shared/draft/schema';
import { exampleDraft } from '../../../support/fixtures';

/** The text a version's identity is the hash of (electron/services/history.ts `draftIdentity`). */

/** The same draft with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

describe('identityText', () => {
  const draft = exampleDraft();

  it('is the same whatever the order of the keys, with undefined fields as absent ones', () => {
    const reordered = reversedKeys(draft) as Draft;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(draft));
    expect(identityText(reordered)).toBe(identityText(draft));
    expect(identityText({ ...draft, geographicFocus: undefined })).toBe(identityText((({ geographicFocus: _, ...rest }) => rest as Draft)(draft)));
  });

  it('leaves out the status, the lineage, the sender and the links to drafts of one library', () => {
    const other: Draft = { ...draft, status: 'klar', basedOn: ['a'.repeat(64)], sharedBy: { role: 'polis', name: 'Anna Svensson' }, relatedIds: ['11111111-2222-4333-8444-555555555555'] };
    expect(identityText(other)).toBe(identityText(draft));
  });

  it('changes with the content, a date or an open conflict', () => {
    const texts = [
      draft,
      { ...draft, statement: `${draft.statement} ` },
      { ...draft, activities: [...draft.activities].reverse() },
      { ...draft, updatedAt: '2030-01-01T00:00:00.000Z' },
      { ...draft, conflicts: [{ path: ['statement'], ours: 'a', theirs: 'b' }] },
    ].map(identityText);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
