import { describe, expect, it } from 'vitest';
import { groupActivities } from '../../../shared/draft/activity-groups';
import { newActivity, newAttachment, newBasis, newDraft, newFocusArea, newGroup, newSignatory } from '../../../shared/draft/new-draft';
import { draftSchema, type Draft } from '../../../shared/draft/schema';
import { settleStatus } from '../../../renderer/editor/draft-status';
import {
  addAttachment,
  addGroup,
  addParty,
  addSignatory,
  moveActivity,
  moveActivityToParties,
  setOpenEnded,
} from '../../../renderer/editor/draft-updates';
import { isPresent, removeItem, restoreRemoval } from '../../../renderer/editor/removals';

const base = (): Draft => newDraft({ id: '5f0c1f6e-5b7e-4c31-9d55-0b8f0c1e2a10', kind: 'medborgarlofte', now: new Date('2025-03-01T10:00:00Z') });
const act = (id: string, partyIds: string[], text = id) => ({ ...newActivity(id, partyIds), text });
const ids = (draft: Draft) => draft.activities.map((a) => a.id);

/** A draft with activities in two groups, interleaved in the list. */
function mixed(): Draft {
  return { ...base(), activities: [act('p1', ['polis']), act('k1', ['kommun']), act('p2', ['polis']), act('p3', ['polis'])] };
}

describe('moveActivity', () => {
  it('swaps an activity with its neighbour in its group, leaving other groups alone', () => {
    expect(ids(moveActivity(mixed(), 'p2', -1))).toEqual(['p2', 'k1', 'p1', 'p3']);
    expect(ids(moveActivity(mixed(), 'p2', 1))).toEqual(['p1', 'k1', 'p3', 'p2']);
  });

  it('does nothing at either end of the group', () => {
    const draft = mixed();
    expect(moveActivity(draft, 'p1', -1)).toBe(draft);
    expect(moveActivity(draft, 'p3', 1)).toBe(draft);
    expect(moveActivity(draft, 'k1', 1)).toBe(draft);
  });
});

describe('moveActivityToParties', () => {
  it('gives an activity to another group, last there', () => {
    const draft = { ...mixed(), activities: [...mixed().activities, act('k2', ['kommun'])] };
    const moved = moveActivityToParties(draft, 'p1', ['kommun']);
    expect(ids(moved)).toEqual(['k1', 'p2', 'p3', 'k2', 'p1']);
    const kommun = groupActivities(moved).find((g) => g.lead === 'Kommunen lovar att')!;
    expect(kommun.items.map((i) => i.activity.id)).toEqual(['k1', 'k2', 'p1']);
  });

  it('keeps the place in the list when the new group is empty', () => {
    const moved = moveActivityToParties(mixed(), 'p2', ['polis', 'kommun']);
    expect(ids(moved)).toEqual(ids(mixed()));
    expect(moved.activities[2].partyIds).toEqual(['polis', 'kommun']);
  });
});

describe('addSignatory', () => {
  it('keeps signatories in the order of the parties', () => {
    let draft = base();
    draft = addSignatory(draft, { ...newSignatory('polis'), name: 'P1' });
    draft = addSignatory(draft, { ...newSignatory('kommun'), name: 'K1' });
    draft = addSignatory(draft, { ...newSignatory('polis'), name: 'P2' });
    draft = addSignatory(draft, { ...newSignatory('kommun'), name: 'K2' });
    expect(draft.signatories.map((s) => s.name)).toEqual(['K1', 'K2', 'P1', 'P2']);
  });
});

describe('removing and restoring', () => {
  it('puts an activity back at its place, even after other changes', () => {
    const draft = mixed();
    const { draft: without, removal } = removeItem(draft, { kind: 'activity', id: 'p2' })!;
    expect(ids(without)).toEqual(['p1', 'k1', 'p3']);
    const later = { ...without, title: 'Medborgarlöfte för Tanum 2025' };
    const restored = restoreRemoval(later, removal);
    expect(ids(restored)).toEqual(['p1', 'k1', 'p2', 'p3']);
    expect(restored.title).toBe('Medborgarlöfte för Tanum 2025');
    expect(isPresent(restored, removal)).toBe(true);
    // Only once.
    expect(restoreRemoval(restored, removal)).toBe(restored);
  });

  it('gives a new party its own original while there is one per party, and leaves a chosen number alone', () => {
    expect(addParty({ ...base(), originals: 2 }, 'bo').originals).toBe(3);
    expect(addParty({ ...base(), originals: 4 }, 'bo').originals).toBe(4);
    expect(addParty({ ...base(), originals: null }, 'bo').originals).toBeNull();
  });

  it('drops references to what was removed meanwhile when an activity comes back', () => {
    let draft = addParty(base(), 'bo');
    draft = { ...draft, focusAreas: [newFocusArea('f1')], activities: [{ ...act('a', ['bo', 'kommun']), focusAreaId: 'f1' }] };
    const { draft: without, removal } = removeItem(draft, { kind: 'activity', id: 'a' })!;
    const changed = { ...without, parties: without.parties.filter((p) => p.id !== 'bo'), focusAreas: [] };
    const restored = restoreRemoval(changed, removal);
    expect(restored.activities[0]).toMatchObject({ partyIds: ['kommun'], focusAreaId: null });
    expect(draftSchema.safeParse(restored).success).toBe(true);
  });

  it('restores a party with its signatories and its place in activities', () => {
    let draft = addParty(base(), 'bo');
    draft = {
      ...draft,
      activities: [act('joint', ['kommun', 'bo']), act('own', ['bo'])],
      signatories: [{ ...newSignatory('kommun'), name: 'K' }, { ...newSignatory('bo'), name: 'B' }, { ...newSignatory('polis'), name: 'P' }],
    };
    const { draft: without, removal } = removeItem(draft, { kind: 'party', id: 'bo' })!;
    expect(without.signatories.map((s) => s.name)).toEqual(['K', 'P']);
    expect(without.activities.map((a) => a.partyIds)).toEqual([['kommun'], []]);
    const restored = restoreRemoval(without, removal);
    expect(restored.parties.map((p) => p.id)).toEqual(['kommun', 'polis', 'bo']);
    expect(restored.signatories.map((s) => s.name)).toEqual(['K', 'B', 'P']);
    expect(restored.activities.map((a) => [...a.partyIds].sort())).toEqual([['bo', 'kommun'], ['bo']]);
  });

  it('restores a fokusområde and the activities that pointed at it', () => {
    const draft = { ...base(), focusAreas: [newFocusArea('f1'), newFocusArea('f2')], activities: [{ ...act('a', ['polis']), focusAreaId: 'f2' }] };
    const { draft: without, removal } = removeItem(draft, { kind: 'focusArea', id: 'f2' })!;
    expect(without.activities[0].focusAreaId).toBeNull();
    expect(draftSchema.safeParse(without).success).toBe(true);
    const restored = restoreRemoval(without, removal);
    expect(restored.focusAreas.map((f) => f.id)).toEqual(['f1', 'f2']);
    expect(restored.activities[0].focusAreaId).toBe('f2');
  });

  it('restores an underlag and a signatory at their index', () => {
    const draft = { ...base(), basis: [newBasis('enkat'), newBasis('lagesbild')], signatories: [newSignatory('kommun'), newSignatory('polis')] };
    const basis = removeItem(draft, { kind: 'basis', index: 0 })!;
    expect(restoreRemoval(basis.draft, basis.removal).basis.map((b) => b.type)).toEqual(['enkat', 'lagesbild']);
    const signatory = removeItem(draft, { kind: 'signatory', index: 1 })!;
    expect(restoreRemoval(signatory.draft, signatory.removal).signatories.map((s) => s.partyId)).toEqual(['kommun', 'polis']);
  });

  it('does not remove the second to last party', () => {
    expect(removeItem(base(), { kind: 'party', id: 'kommun' })).toBeNull();
  });
});

describe('an agreement’s period', () => {
  const agreement = (): Draft =>
    newDraft({ id: '5f0c1f6e-5b7e-4c31-9d55-0b8f0c1e2a11', kind: 'samverkansoverenskommelse', now: new Date('2025-03-01T10:00:00Z') });

  it('runs "tills vidare" without an end, keeps its interval, and gets a mandatperiod back', () => {
    const draft = { ...agreement(), period: { start: '2025-01-01', end: '2028-12-31', revisionMonths: 24 } };
    const open = setOpenEnded(draft, true, '2030-01-01');
    expect(open.period).toEqual({ start: '2025-01-01', end: null, revisionMonths: 24 });
    expect(setOpenEnded(open, true, '2030-01-01')).toBe(open);
    expect(setOpenEnded(open, false, '2030-01-01').period).toEqual({ start: '2025-01-01', end: '2028-12-31', revisionMonths: 24 });
    expect(setOpenEnded(draft, false, '2030-01-01')).toBe(draft);
    // Without a start, the period starts on the day given.
    const startless = { ...draft, period: { start: null, end: null } };
    expect(setOpenEnded(startless, false, '2026-01-01').period).toEqual({ start: '2026-01-01', end: '2029-12-31' });
    expect(draftSchema.safeParse(open).success).toBe(true);
  });

  it('removes and restores groups and bilagor at their places', () => {
    let draft = addGroup(agreement(), newGroup('g3'));
    draft = addAttachment(addAttachment(draft, { title: 'Lägesbild' }), newAttachment());
    expect(draft.groups?.map((g) => g.id)).toEqual(['styrgrupp', 'beredningsgrupp', 'g3']);
    const group = removeItem(draft, { kind: 'group', id: 'beredningsgrupp' })!;
    expect(group.draft.groups?.map((g) => g.id)).toEqual(['styrgrupp', 'g3']);
    expect(isPresent(group.draft, group.removal)).toBe(false);
    expect(restoreRemoval(group.draft, group.removal).groups?.map((g) => g.id)).toEqual(['styrgrupp', 'beredningsgrupp', 'g3']);
    const attachment = removeItem(draft, { kind: 'attachment', index: 0 })!;
    expect(attachment.draft.attachments).toEqual([{ title: '' }]);
    expect(restoreRemoval(attachment.draft, attachment.removal).attachments).toEqual([{ title: 'Lägesbild' }, { title: '' }]);
    expect(removeItem(draft, { kind: 'group', id: 'nope' })).toBeNull();
    expect(removeItem(draft, { kind: 'attachment', index: 5 })).toBeNull();
  });
});

describe('settleStatus', () => {
  it('turns a "klar" draft with errors into an utkast, and leaves others', () => {
    const draft = base();
    expect(settleStatus({ ...draft, status: 'klar' })).toMatchObject({ draft: { status: 'utkast' }, reverted: true });
    const utkast = settleStatus(draft);
    expect(utkast.draft).toBe(draft);
    expect(utkast.reverted).toBe(false);
  });
});
