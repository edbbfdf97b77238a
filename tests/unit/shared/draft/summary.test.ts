import { describe, expect, it } from 'vitest';
import { draftSchema, type Draft, type FollowUpStatus } from '../../../../shared/draft/schema';
import { followUpRows } from '../../../../shared/follow-up/rows';
import { countFollowUp, followUpStatusOf, followUpSummary, isDone, isFollowedUp, summarize } from '../../../../shared/draft/summary';
import { exampleDraft, fourPartyAgreement } from '../../../support/fixtures';

/** The example with the given statuses (null: no follow-up at all). */
function withStatuses(statuses: (FollowUpStatus | null)[], draft: Draft = draftSchema.parse(exampleDraft())): Draft {
  return {
    ...draft,
    activities: draft.activities.map(({ followUp: _old, ...activity }, i) =>
      statuses[i] ? { ...activity, followUp: { status: statuses[i]!, outcome: null, comment: '', updatedAt: '2026-11-21T10:00:00.000Z' } } : activity,
    ),
  };
}

describe('follow-up summaries', () => {
  it('an activity nobody followed up is "ej påbörjad" and not done', () => {
    expect(followUpStatusOf({})).toBe('ej-paborjad');
    expect(isDone({})).toBe(false);
    expect(isDone({ followUp: { status: 'genomford', outcome: null, comment: '' } })).toBe(true);
    expect(isDone({ followUp: { status: 'delvis-genomford', outcome: null, comment: '' } })).toBe(false);
  });

  it('an empty follow-up in a file (ej påbörjad, nothing else, as the example has) is not a follow-up; anything said or set in the app is', () => {
    expect(isFollowedUp({})).toBe(false);
    expect(isFollowedUp({ followUp: { status: 'ej-paborjad', outcome: null, comment: '' } })).toBe(false);
    expect(isFollowedUp({ followUp: { status: 'ej-paborjad', outcome: null, comment: ' ' } })).toBe(false);
    expect(isFollowedUp({ followUp: { status: 'ej-paborjad', outcome: null, comment: '', updatedAt: '2026-01-01T00:00:00Z' } })).toBe(true);
    expect(isFollowedUp({ followUp: { status: 'ej-paborjad', outcome: 0, comment: '' } })).toBe(true);
    expect(isFollowedUp({ followUp: { status: 'ej-paborjad', outcome: null, comment: 'Startar i mars' } })).toBe(true);
    expect(isFollowedUp({ followUp: { status: 'pagar', outcome: null, comment: '' } })).toBe(true);
  });

  it('counts every status, done and followed up', () => {
    const counts = countFollowUp(withStatuses(['genomford', 'genomford', 'installd', null]).activities);
    expect(counts).toEqual({
      total: 4,
      done: 2,
      followedUp: 3,
      byStatus: { 'ej-paborjad': 1, pagar: 0, genomford: 2, 'delvis-genomford': 0, 'ej-genomford': 0, installd: 1 },
    });
    expect(countFollowUp(draftSchema.parse(exampleDraft()).activities)).toMatchObject({ total: 4, done: 0, followedUp: 0 });
  });

  it('per party, in the order of the parties; a joint activity counts for each of its parties', () => {
    // Example: a1, a2 police; a3 municipality; a4 both.
    const summary = followUpSummary(withStatuses(['genomford', 'pagar', 'genomford', 'genomford']));
    expect(summary).toMatchObject({ total: 4, done: 3 });
    expect(summary.byParty.map(({ partyId, total, done }) => ({ partyId, total, done }))).toEqual([
      { partyId: 'kommun', total: 2, done: 2 },
      { partyId: 'polis', total: 3, done: 2 },
    ]);
  });

  it('a party without activities is listed with total 0', () => {
    const agreement = fourPartyAgreement();
    const summary = followUpSummary({ ...agreement, activities: agreement.activities.filter((a) => !a.partyIds.includes('bolag')) });
    expect(summary.byParty.find((p) => p.partyId === 'bolag')).toMatchObject({ total: 0, done: 0, followedUp: 0 });
  });

  it('the start page\'s summary of a draft carries the counts', () => {
    expect(summarize(withStatuses(['genomford', null, 'pagar', null])).followUp).toEqual({ total: 4, done: 1, followedUp: 2 });
  });
});

describe('followUpRows', () => {
  it('one row per activity, in the groups and order the document prints them, each with its target, outcome and day', () => {
    const draft = withStatuses(['genomford', 'delvis-genomford', null, 'ej-genomford']);
    draft.activities[1].followUp = { status: 'delvis-genomford', outcome: 1, comment: ' En insats i maj. ', updatedAt: '2026-11-21T23:30:00.000Z' };
    draft.activities[3].followUp = { status: 'ej-genomford', outcome: 2.5, comment: '', updatedAt: '2026-06-01T08:00:00.000Z' };
    draft.activities[0].followUp = { status: 'genomford', outcome: 12, comment: '', updatedAt: '2026-06-01T08:00:00.000Z' };
    draft.activities[0].unit = 'pass';
    const groups = followUpRows(draft);
    expect(groups.map((g) => [g.lead, g.rows.map((r) => r.activityId)])).toEqual([
      ['Polisen lovar att', ['a1', 'a2']],
      ['Kommunen lovar att', ['a3']],
      ['Polisen och kommunen lovar gemensamt att', ['a4']],
    ]);
    const [a1, a2] = groups[0].rows;
    expect(a2).toMatchObject({
      parties: 'Polismyndigheten, lokalpolisområde Hälsingland',
      responsible: 'lokalpolisområdet',
      focusArea: 'Trygghet i centrum',
      activity: 'genomföra minst 2 riktade insatser mot ungdomar och narkotikamissbruk per år, vardera minst två dagar, i Söderhamn',
      quantity: 2,
      unit: 'insatser',
      status: 'delvis-genomford',
      statusLabel: 'Delvis genomförd',
      outcome: 1,
      outcomeText: '1 av 2 insatser',
      comment: 'En insats i maj.',
      // 23:30 UTC is half past midnight the next day in Sweden.
      updated: '2026-11-22',
    });
    expect(a1).toMatchObject({ quantity: null, outcomeText: '12 pass' });
    expect(groups[1].rows[0]).toMatchObject({ status: 'ej-paborjad', statusLabel: 'Ej påbörjad', outcome: null, outcomeText: '', comment: '', updated: null });
    expect(groups[2].rows[0]).toMatchObject({
      parties: 'Söderhamns kommun och Polismyndigheten, lokalpolisområde Hälsingland',
      outcomeText: '2,5 av 2 trygghetsvandringar',
    });
  });

  it('a draft without activities has no rows', () => {
    expect(followUpRows({ ...draftSchema.parse(exampleDraft()), activities: [] })).toEqual([]);
  });
});
