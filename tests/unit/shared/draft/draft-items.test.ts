import { describe, expect, it } from 'vitest';
import { indexPath, keyedItems, same, valueAt } from '../../../../shared/draft/draft-items';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { exampleDraft } from '../../../support/fixtures';

const lofte = (): Draft => draftSchema.parse(exampleDraft());

describe('keyedItems', () => {
  it('keys each list by its key field, numbering a key that repeats', () => {
    const signatories = [
      { partyId: 'kommun', name: 'A', title: '' },
      { partyId: 'polis', name: 'B', title: '' },
      { partyId: 'kommun', name: 'C', title: '' },
    ];
    expect([...keyedItems('signatories', signatories).keys()]).toEqual(['kommun', 'polis', 'kommun#2']);
    expect([...keyedItems('attachments', [{ title: 'Karta' }, { title: 'Plan' }]).keys()]).toEqual(['Karta', 'Plan']);
    expect([...keyedItems('activities', lofte().activities).keys()]).toEqual(['a1', 'a2', 'a3', 'a4']);
  });
});

describe('valueAt and indexPath', () => {
  it('follow a path of keys to the value and to the indexes the editor uses', () => {
    const draft = lofte();
    expect(valueAt(draft, ['activities', { id: 'a3' }, 'place'])).toBe('Söderhamns centrum');
    expect(valueAt(draft, ['signatories', { id: 'polis' }, 'name'])).toBe(draft.signatories[1].name);
    expect(indexPath(draft, ['activities', { id: 'a3' }, 'place'])).toEqual(['activities', 2, 'place']);
    expect(indexPath(draft, ['statement'])).toEqual(['statement']);
  });

  it('find nothing for an item that is gone, the path ending at its list', () => {
    const draft = lofte();
    expect(valueAt(draft, ['activities', { id: 'borta' }, 'text'])).toBeUndefined();
    expect(indexPath(draft, ['activities', { id: 'borta' }, 'text'])).toEqual(['activities']);
  });
});

describe('same', () => {
  it.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[1, 2], [2, 1], false],
    [{ a: null }, { a: undefined }, false],
    ['1', 1, false],
  ])('compares %j and %j as JSON: %s', (a, b, equal) => {
    expect(same(a, b)).toBe(equal);
  });
});
