import { describe, expect, it } from 'vitest';
import { groupActivities, partyDisplayName, promiseLead, sameGrouping } from '../../../../shared/draft/activity-groups';
import { draftSchema, type Activity, type Draft } from '../../../../shared/draft/schema';
import fixture from '../../../../resources/examples/medborgarlofte-soderhamn-2020-2021.samverka.json';

const soderhamn: Draft = draftSchema.parse(fixture);

function activity(id: string, partyIds: string[]): Activity {
  return { id, partyIds, text: `aktivitet ${id}` };
}

/** Police, two municipalities and a housing company. */
const fourParties: Draft = {
  ...soderhamn,
  parties: [
    { id: 'ljusdal', role: 'kommun', name: 'Ljusdals kommun' },
    { id: 'bolag', role: 'annan', name: 'AB Ljusdalshem' },
    { id: 'polis', role: 'polis', name: 'Polismyndigheten, lokalpolisområde Hälsingland' },
    { id: 'soderhamn', role: 'kommun', name: 'Söderhamns kommun' },
  ],
  activities: [
    activity('1', ['soderhamn', 'polis']),
    activity('2', ['bolag']),
    activity('3', ['soderhamn']),
    activity('4', ['polis']),
    activity('5', ['ljusdal']),
    activity('6', ['bolag', 'polis', 'ljusdal']),
    activity('7', []),
    activity('8', ['ljusdal', 'soderhamn']),
    activity('9', ['polis', 'soderhamn']),
    activity('10', ['okänd']),
  ],
};

describe('groupActivitiesByParty', () => {
  it('groups the Söderhamn promise as it was published: police, municipality, then together', () => {
    const groups = groupActivities(soderhamn);
    expect(groups.map((g) => [g.lead, g.items.map(({ activity }) => activity.id)])).toEqual([
      ['Polisen lovar att', ['a1', 'a2']],
      ['Kommunen lovar att', ['a3']],
      ['Polisen och kommunen lovar gemensamt att', ['a4']],
    ]);
  });

  it('names municipalities when there are several, and other parties always', () => {
    const groups = groupActivities(fourParties);
    expect(groups.map((g) => [g.lead, g.items.map(({ activity }) => activity.id)])).toEqual([
      ['Polisen lovar att', ['4']],
      ['Ljusdals kommun lovar att', ['5']],
      ['Söderhamns kommun lovar att', ['3']],
      ['AB Ljusdalshem lovar att', ['2']],
      ['Polisen och Söderhamns kommun lovar gemensamt att', ['1', '9']],
      ['Polisen, Ljusdals kommun och AB Ljusdalshem lovar gemensamt att', ['6']],
      ['Ljusdals kommun och Söderhamns kommun lovar gemensamt att', ['8']],
      ['Aktiviteter där ansvarig part inte är angiven', ['7', '10']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupActivities({ ...soderhamn, activities: [] })).toEqual([]);
    expect(groupActivities({ ...soderhamn, activities: [activity('x', ['kommun'])] }).map((g) => g.lead)).toEqual([
      'Kommunen lovar att',
    ]);
  });
});

describe('promiseLead', () => {
  it('ignores the order and repetition of ids', () => {
    expect(promiseLead(['kommun', 'polis', 'kommun'], soderhamn)).toBe('Polisen och kommunen lovar gemensamt att');
  });

  it('calls an unnamed party by its role when it is the only one of it, else by its number', () => {
    const unnamed: Draft = {
      ...soderhamn,
      parties: [
        { id: 'k1', role: 'kommun', name: '' },
        { id: 'k2', role: 'kommun', name: 'Bollnäs kommun' },
        { id: 'x', role: 'annan', name: ' ' },
      ],
    };
    expect(promiseLead(['k1'], unnamed)).toBe('Part 1 lovar att');
    expect(promiseLead(['x'], unnamed)).toBe('Annan part lovar att');
    expect(promiseLead(['k1', 'k2', 'x'], unnamed)).toBe('Part 1, Bollnäs kommun och annan part lovar gemensamt att');
  });
});

describe('partyDisplayName', () => {
  it('prints the name, or what the party is', () => {
    expect(partyDisplayName(soderhamn.parties[0])).toBe('Söderhamns kommun');
    expect(partyDisplayName({ id: 'p', role: 'polis', name: '' })).toBe('polisen');
    expect(partyDisplayName(undefined)).toBe('okänd part');
  });
});

describe('sameGrouping', () => {
  const typed = (draft: Draft, index: number, text: string): Draft => ({
    ...draft,
    activities: draft.activities.map((a, i) => (i === index ? { ...a, text } : a)),
  });

  it('holds when an activity is typed in: a new activity and list, the same partyIds', () => {
    expect(sameGrouping(fourParties, typed(fourParties, 2, 'ny text'))).toBe(true);
  });

  it('fails when the grouping may change: an activity given to others, moved or removed, the parties or the kind changed', () => {
    const changes: Draft[] = [
      { ...fourParties, activities: fourParties.activities.map((a, i) => (i === 2 ? { ...a, partyIds: [...a.partyIds] } : a)) },
      { ...fourParties, activities: [fourParties.activities[1], fourParties.activities[0], ...fourParties.activities.slice(2)] },
      { ...fourParties, activities: fourParties.activities.slice(1) },
      { ...fourParties, parties: fourParties.parties.map((p) => ({ ...p })) },
      { ...fourParties, kind: 'samverkansoverenskommelse' },
    ];
    for (const changed of changes) expect(sameGrouping(fourParties, changed)).toBe(false);
  });
});
