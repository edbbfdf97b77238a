import { describe, expect, it } from 'vitest';
import { groupActivities } from '../../../shared/draft/activity-groups';
import { getIn, setIn } from '../../../renderer/editor/draft-paths';
import { addActivity, addParty, removeParty } from '../../../renderer/editor/draft-updates';
import { newActivity } from '../../../shared/draft/new-draft';
import { newDraft } from '../../../shared/draft/new-draft';
import { draftSchema, type Draft } from '../../../shared/draft/schema';

const base = (): Draft => newDraft({ id: '5f0c1f6e-5b7e-4c31-9d55-0b8f0c1e2a10', kind: 'medborgarlofte', now: new Date('2025-03-01T10:00:00Z') });

describe('setIn', () => {
  it('changes one field and keeps fields the editor does not know', () => {
    const draft = { ...base(), futureField: { keep: true } } as Draft;
    const next = setIn(draft, ['parties', 1, 'name'], 'Polismyndigheten, lokalpolisområde Hälsingland');
    expect(getIn(next, ['parties', 1, 'name'])).toBe('Polismyndigheten, lokalpolisområde Hälsingland');
    expect((next as Record<string, unknown>).futureField).toEqual({ keep: true });
    expect(next.parties[0]).toBe(draft.parties[0]);
    expect(draft.parties[1].name).toBe('');
  });

  it('returns the same object when nothing changes', () => {
    const draft = base();
    expect(setIn(draft, ['title'], '')).toBe(draft);
  });
});

describe('groupActivities', () => {
  it('groups as the document prints: police, municipality, together, other parties', () => {
    let draft = addParty(base(), 'bo');
    draft = setIn(draft, ['parties', 2, 'name'], 'AB Söderhamnshem');
    draft = addActivity(draft, newActivity('a1', ['kommun']));
    draft = addActivity(draft, newActivity('a2', ['polis']));
    draft = addActivity(draft, newActivity('a3', ['polis', 'kommun']));
    draft = addActivity(draft, newActivity('a4', ['bo']));
    draft = addActivity(draft, newActivity('a5', ['bo', 'kommun']));
    const groups = groupActivities(draft, { includeEmpty: true });
    expect(groups.map((g) => g.lead)).toEqual([
      'Polisen lovar att',
      'Kommunen lovar att',
      'Polisen och kommunen lovar gemensamt att',
      'AB Söderhamnshem lovar att',
      'Kommunen och AB Söderhamnshem lovar gemensamt att',
    ]);
    expect(groups.map((g) => g.items.map((i) => i.activity.id))).toEqual([['a2'], ['a1'], ['a3'], ['a4'], ['a5']]);
    expect(groups[2].partyIds.sort()).toEqual(['kommun', 'polis']);
  });

  it('names municipalities when there are several', () => {
    let draft = addParty(base(), 'k2', 'kommun');
    draft = setIn(draft, ['parties', 0, 'name'], 'Ljusdals kommun');
    draft = setIn(draft, ['parties', 2, 'name'], 'Hudiksvalls kommun');
    expect(groupActivities(draft, { includeEmpty: true }).map((g) => g.lead)).toEqual([
      'Polisen lovar att',
      'Ljusdals kommun lovar att',
      'Hudiksvalls kommun lovar att',
      'Polisen och kommunerna lovar gemensamt att',
    ]);
  });

  it('uses the agreement’s verb for a samverkansöverenskommelse', () => {
    const draft = { ...base(), kind: 'samverkansoverenskommelse' as const };
    expect(groupActivities(draft, { includeEmpty: true })[0].lead).toBe('Polisen åtar sig att');
  });
});

describe('removeParty', () => {
  it('removes the party from activities and signatories, keeping the activities', () => {
    let draft = addParty(base(), 'bo');
    draft = addActivity(draft, newActivity('joint', ['kommun', 'polis', 'bo']));
    draft = addActivity(draft, newActivity('own', ['bo']));
    draft = { ...draft, signatories: [{ partyId: 'bo', name: 'Anna Berg', title: 'VD', place: '', date: null }] };
    const next = removeParty(draft, 'bo');
    expect(next.parties.map((p) => p.id)).toEqual(['kommun', 'polis']);
    expect(next.activities.map((a) => [a.id, a.partyIds])).toEqual([
      ['joint', ['kommun', 'polis']],
      ['own', []],
    ]);
    expect(next.signatories).toEqual([]);
    // Still a valid file: no reference to a removed party.
    expect(draftSchema.safeParse(next).success).toBe(true);
    expect(groupActivities(next, { includeEmpty: true }).at(-1)).toMatchObject({ kind: 'orphan', items: [{ index: 1 }] });
  });

  it('keeps at least two parties', () => {
    const draft = base();
    expect(removeParty(draft, 'kommun')).toBe(draft);
  });
});
