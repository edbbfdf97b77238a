import { describe, expect, it } from 'vitest';
import { isTextConflict, mergeDrafts, resolveConflict } from '../../../../shared/draft/merge';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { exampleDraft } from '../../../support/fixtures';

/** The example with its first activity's text, or without that activity. */
const withText = (draft: Draft, text: string): Draft => ({ ...draft, activities: draft.activities.map((a, i) => (i === 0 ? { ...a, text } : a)) });
const withoutFirst = (draft: Draft): Draft => ({ ...draft, activities: draft.activities.slice(1) });

describe('choosing a version for an open conflict', () => {
  const base = exampleDraft();
  const first = base.activities[0];

  it('"ours" keeps the text the draft holds and closes the conflict', () => {
    const { draft } = mergeDrafts(base, withText(base, 'Vår text.'), withText(base, 'Deras text.'));
    expect(draft.conflicts).toHaveLength(1);
    const resolved = resolveConflict(draft, 0, 'ours');
    expect(resolved.activities[0].text).toBe('Vår text.');
    expect(resolved.conflicts).toBeUndefined();
    expect(draftSchema.safeParse(resolved).success).toBe(true);
  });

  it('"theirs" puts the other version\'s text in its place', () => {
    const { draft } = mergeDrafts(base, withText(base, 'Vår text.'), withText(base, 'Deras text.'));
    const resolved = resolveConflict(draft, 0, 'theirs');
    expect(resolved.activities[0].text).toBe('Deras text.');
    expect(resolved.activities.map((a) => a.id)).toEqual(base.activities.map((a) => a.id));
    expect(resolved.conflicts).toBeUndefined();
  });

  it('an activity deleted here but changed there comes back with "theirs", and stays deleted with "ours"', () => {
    const { draft } = mergeDrafts(base, withoutFirst(base), withText(base, 'Ändrad där.'));
    expect(draft.activities.some((a) => a.id === first.id)).toBe(false);
    const back = resolveConflict(draft, 0, 'theirs');
    expect(back.activities.find((a) => a.id === first.id)?.text).toBe('Ändrad där.');
    expect(draftSchema.safeParse(back).success).toBe(true);
    expect(resolveConflict(draft, 0, 'ours').activities.some((a) => a.id === first.id)).toBe(false);
  });

  it('an activity changed here but deleted there goes with "theirs"', () => {
    const { draft } = mergeDrafts(base, withText(base, 'Ändrad här.'), withoutFirst(base));
    expect(draft.activities[0].text).toBe('Ändrad här.');
    const gone = resolveConflict(draft, 0, 'theirs');
    expect(gone.activities.some((a) => a.id === first.id)).toBe(false);
    expect(gone.conflicts).toBeUndefined();
  });

  it('closes only the chosen one of several, and leaves a draft without conflicts as it is', () => {
    const ours = { ...withText(base, 'Vår text.'), statement: 'Vår löftesmening.' };
    const theirs = { ...withText(base, 'Deras text.'), statement: 'Deras löftesmening.' };
    const { draft } = mergeDrafts(base, ours, theirs);
    expect(draft.conflicts).toHaveLength(2);
    const one = resolveConflict(draft, 0, 'theirs');
    expect(one.conflicts).toHaveLength(1);
    expect(one.conflicts![0]).toEqual(draft.conflicts![1]);
    expect(resolveConflict(base, 0, 'theirs')).toBe(base);
  });

  it('a text the user wrote settles a text field\'s conflict; an item\'s conflict takes no text', () => {
    const { draft } = mergeDrafts(base, withText(base, 'Vår text.'), withText(base, 'Deras text.'));
    expect(isTextConflict(draft.conflicts![0])).toBe(true);
    const written = resolveConflict(draft, 0, { text: 'Vår och deras text.' });
    expect(written.activities[0].text).toBe('Vår och deras text.');
    expect(written.conflicts).toBeUndefined();

    const deleted = mergeDrafts(base, withoutFirst(base), withText(base, 'Ändrad där.')).draft;
    expect(isTextConflict(deleted.conflicts![0])).toBe(false);
    expect(() => resolveConflict(deleted, 0, { text: 'x' })).toThrow();
  });
});
