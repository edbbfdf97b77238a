import { describe, expect, it } from 'vitest';
import { checkReadiness } from '../../../../shared/draft/readiness';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { nextPeriodDraft, titleForPeriod } from '../../../../shared/draft/status';
import { exampleDraft } from '../../../support/fixtures';

const NOW = new Date('2026-11-21T10:00:00.000Z');
const NEW_ID = '7c1e2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';

/** The example, signed, with its activities followed up. */
function signedWithFollowUp(): Draft {
  const draft = draftSchema.parse(exampleDraft());
  const statuses = ['genomford', 'genomford', 'ej-genomford', 'pagar'] as const;
  return {
    ...draft,
    status: 'undertecknad',
    activities: draft.activities.map((activity, i) => ({
      ...activity,
      followUp: { status: statuses[i], outcome: i, comment: `kommentar ${i}`, updatedAt: '2021-12-01T10:00:00.000Z' },
      // A review mark left from an earlier period goes; only this period's finished activities get one.
      ...(i === 2 ? { review: true } : {}),
    })),
    signatories: draft.signatories.map((s) => ({ ...s, date: '2020-01-15' })),
  };
}

describe('nextPeriodDraft', () => {
  it('is a new utkast for the next period: follow-up cleared, finished activities marked for review, signing dates cleared, linked back', () => {
    const draft = signedWithFollowUp();
    const next = nextPeriodDraft(draft, { id: NEW_ID, now: NOW });

    expect(next).toMatchObject({
      id: NEW_ID,
      status: 'utkast',
      title: 'Medborgarlöfte för Söderhamn 2022–2023',
      period: { start: '2022-01-01', end: '2023-12-31' },
      relatedIds: [draft.id],
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(next.activities.map((a) => ({ id: a.id, followUp: a.followUp, review: a.review }))).toEqual([
      { id: 'a1', followUp: undefined, review: true },
      { id: 'a2', followUp: undefined, review: true },
      { id: 'a3', followUp: undefined, review: undefined },
      { id: 'a4', followUp: undefined, review: undefined },
    ]);
    expect(next.activities.every((a) => !('followUp' in a))).toBe(true);
    expect(next.activities.map((a) => a.text)).toEqual(draft.activities.map((a) => a.text));
    expect(next.signatories.map((s) => [s.name, s.date])).toEqual([
      ['Sven-Erik Lindestam', null],
      ['Anna Berglund', null],
    ]);
    expect(draftSchema.safeParse(next).success).toBe(true);
  });

  it('does not change the draft it starts from', () => {
    const draft = signedWithFollowUp();
    const copy = structuredClone(draft);
    nextPeriodDraft(draft, { id: NEW_ID, now: NOW });
    expect(draft).toEqual(copy);
  });

  it('the readiness check warns (never blocks) while activities are marked for review, and stops once they are looked at', () => {
    const next = nextPeriodDraft(signedWithFollowUp(), { id: NEW_ID, now: NOW });
    const findings = checkReadiness(next).filter((f) => f.message.includes('förra perioden'));
    expect(findings).toEqual([
      {
        severity: 'warning',
        field: ['activities', 0],
        message: expect.stringMatching(/^2 aktiviteter genomfördes förra perioden, först Polisens aktivitet 1 \(”.+”\)\. Se över dem: behövs de igen, och med samma mål\? Välj sedan ”Markera som genomgången” vid var och en\.$/),
      },
    ]);
    const one = { ...next, activities: next.activities.map((a, i) => (i === 0 ? { ...a, review: false } : a)) };
    expect(checkReadiness(one).find((f) => f.message.includes('förra perioden'))).toMatchObject({ field: ['activities', 1], message: expect.stringMatching(/ aktivitet 2 \(”.+”\) genomfördes förra perioden\. Se över den: behövs den igen/) });
    const reviewed = { ...next, activities: next.activities.map(({ review: _r, ...a }) => a) };
    expect(checkReadiness(reviewed).some((f) => f.message.includes('förra perioden'))).toBe(false);
  });

  it('the warning is there for an agreement too', () => {
    const draft = { ...signedWithFollowUp(), kind: 'samverkansoverenskommelse' as const };
    const next = nextPeriodDraft(draft, { id: NEW_ID, now: NOW });
    expect(checkReadiness(next).some((f) => f.severity === 'warning' && f.message.startsWith('2 åtaganden genomfördes'))).toBe(true);
  });
});

describe('titleForPeriod', () => {
  const twoYears = { start: '2020-01-01', end: '2021-12-31' };
  const nextTwo = { start: '2022-01-01', end: '2023-12-31' };

  it.each([
    ['Medborgarlöfte för Söderhamn 2020–2021', 'Medborgarlöfte för Söderhamn 2022–2023'],
    ['Medborgarlöfte 2020-2021', 'Medborgarlöfte 2022-2023'],
    ['Medborgarlöfte 2020 – 2021, Söderhamn', 'Medborgarlöfte 2022 – 2023, Söderhamn'],
    ['Medborgarlöfte 2020–21', 'Medborgarlöfte 2022–23'],
    ['Medborgarlöfte 2020/2021', 'Medborgarlöfte 2022/2023'],
    ['Trygg i Söderhamn', 'Trygg i Söderhamn'],
    // Other years are left alone: only the period's range is the period's.
    ['Medborgarlöfte 2020–2021 (dnr KS 2019/512)', 'Medborgarlöfte 2022–2023 (dnr KS 2019/512)'],
    ['Vision 2030: medborgarlöfte', 'Vision 2030: medborgarlöfte'],
    ['Medborgarlöfte 12020–20215', 'Medborgarlöfte 12020–20215'],
    ['', ''],
  ])('%j → %j', (title, expected) => {
    expect(titleForPeriod(title, twoYears, nextTwo)).toBe(expected);
  });

  it('a one-year period: the year alone, when the title names it once', () => {
    const year = { start: '2024-01-01', end: '2024-12-31' };
    const nextYear = { start: '2025-01-01', end: '2025-12-31' };
    expect(titleForPeriod('Medborgarlöfte Tanum 2024', year, nextYear)).toBe('Medborgarlöfte Tanum 2025');
    expect(titleForPeriod('Medborgarlöfte 2024 – uppföljt 2024', year, nextYear)).toBe('Medborgarlöfte 2024 – uppföljt 2024');
    expect(titleForPeriod('Medborgarlöfte 2023–2024', year, nextYear)).toBe('Medborgarlöfte 2023–2024');
  });

  it('a year within the period that moves into two years, and an open-ended agreement', () => {
    expect(titleForPeriod('Löfte 2024', { start: '2024-07-01', end: '2024-12-31' }, { start: '2025-01-01', end: '2025-06-30' })).toBe('Löfte 2025');
    expect(titleForPeriod('Löfte 2024', { start: '2024-03-01', end: '2024-08-31' }, { start: '2024-09-01', end: '2025-02-28' })).toBe('Löfte 2024–2025');
    expect(titleForPeriod('Samverkansöverenskommelse Tanum från 2024', { start: '2024-01-01', end: null }, { start: '2025-01-01', end: null })).toBe(
      'Samverkansöverenskommelse Tanum från 2025',
    );
  });

  it('leaves the title when the years do not change or there is no start', () => {
    expect(titleForPeriod('Löfte 2024', { start: '2024-01-01', end: '2024-03-31' }, { start: '2024-04-01', end: '2024-06-30' })).toBe('Löfte 2024');
    expect(titleForPeriod('Löfte 2024', { start: null, end: null }, { start: null, end: null })).toBe('Löfte 2024');
  });
});
