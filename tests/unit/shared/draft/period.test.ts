import { describe, expect, it } from 'vitest';
import { followUpOverdue, nextPeriod, periodHasEnded } from '../../../../shared/draft/period';

const next = (start: string | null, end: string | null, revisionMonths?: number | null) => {
  const { start: s, end: e } = nextPeriod({ start, end, revisionMonths });
  return [s, e];
};

describe('nextPeriod', () => {
  it.each([
    ['one calendar year', '2024-01-01', '2024-12-31', '2025-01-01', '2025-12-31'],
    ['two calendar years', '2020-01-01', '2021-12-31', '2022-01-01', '2023-12-31'],
    ['three calendar years', '2022-01-01', '2024-12-31', '2025-01-01', '2027-12-31'],
    ['a mandatperiod of four years', '2023-01-01', '2026-12-31', '2027-01-01', '2030-12-31'],
  ])('%s stay whole calendar years', (_label, start, end, nextStart, nextEnd) => {
    expect(next(start, end)).toEqual([nextStart, nextEnd]);
  });

  it.each([
    ['a school year', '2024-07-01', '2025-06-30', '2025-07-01', '2026-06-30'],
    ['two years from the autumn', '2023-09-01', '2025-08-31', '2025-09-01', '2027-08-31'],
    ['a quarter', '2025-01-01', '2025-03-31', '2025-04-01', '2025-06-30'],
    ['six months to a month end with fewer days', '2025-03-01', '2025-08-31', '2025-09-01', '2026-02-28'],
    ['a year from the 15th', '2023-03-15', '2024-03-14', '2024-03-15', '2025-03-14'],
    ['a year from the 15th, across a leap day', '2024-02-15', '2025-02-14', '2025-02-15', '2026-02-14'],
    ['three months from the 31st', '2024-01-31', '2024-04-30', '2024-05-01', '2024-07-31'],
  ])('%s stays whole months', (_label, start, end, nextStart, nextEnd) => {
    expect(next(start, end)).toEqual([nextStart, nextEnd]);
  });

  it.each([
    ['ending on a leap day', '2022-03-01', '2024-02-29', '2024-03-01', '2026-02-28'],
    ['ending on the 29th in a leap year, a year from 1 March', '2023-03-01', '2024-02-29', '2024-03-01', '2025-02-28'],
    ['starting on a leap day (a year to 28 February)', '2024-02-29', '2025-02-28', '2025-03-01', '2026-02-28'],
    ['ending on 28 February of a leap year, the leap day forgotten', '2023-03-01', '2024-02-28', '2024-03-01', '2025-02-28'],
    ['ending on 28 February of a common year', '2024-03-01', '2025-02-28', '2025-03-01', '2026-02-28'],
    ['into a leap year: a year from 1 March 2023', '2023-03-01', '2024-02-29', '2024-03-01', '2025-02-28'],
    ['whole months ending before a leap day', '2027-03-01', '2028-02-29', '2028-03-01', '2029-02-28'],
  ])('leap days: a period %s', (_label, start, end, nextStart, nextEnd) => {
    expect(next(start, end)).toEqual([nextStart, nextEnd]);
  });

  it.each([
    ['ten weeks', '2025-03-03', '2025-05-11', '2025-05-12', '2025-07-20'],
    ['one day', '2025-06-06', '2025-06-06', '2025-06-07', '2025-06-07'],
    ['a period over a leap day keeps its number of days', '2024-02-10', '2024-03-05', '2024-03-06', '2024-03-30'],
    ['a period ending on a leap day', '2024-01-10', '2024-02-29', '2024-03-01', '2024-04-20'],
    ['a month and a day, to 28 February of a leap year', '2024-01-28', '2024-02-28', '2024-02-29', '2024-03-31'],
  ])('any other period keeps its number of days: %s', (_label, start, end, nextStart, nextEnd) => {
    expect(next(start, end)).toEqual([nextStart, nextEnd]);
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(days(nextStart, nextEnd)).toBe(days(start, end));
    expect(days(end, nextStart)).toBe(1);
  });

  it('open-ended agreements: the start moves by the revision interval, a year when it is not stated; the end stays open', () => {
    expect(next('2024-01-01', null, 12)).toEqual(['2025-01-01', null]);
    expect(next('2024-01-01', null, 24)).toEqual(['2026-01-01', null]);
    expect(next('2024-09-01', null, 6)).toEqual(['2025-03-01', null]);
    expect(next('2024-01-01', null, null)).toEqual(['2025-01-01', null]);
    expect(next('2024-01-01', null)).toEqual(['2025-01-01', null]);
    expect(next('2024-02-29', null, 12)).toEqual(['2025-03-01', null]);
    expect(nextPeriod({ start: '2024-01-01', end: null, revisionMonths: 12 }).revisionMonths).toBe(12);
  });

  it('without a start, or with dates it cannot use, the period is returned unchanged', () => {
    expect(next(null, null)).toEqual([null, null]);
    expect(next(null, '2025-12-31')).toEqual([null, '2025-12-31']);
    expect(next('2025-12-31', '2025-01-01')).toEqual(['2025-12-31', '2025-01-01']);
    expect(next('2025-02-30', '2025-12-31')).toEqual(['2025-02-30', '2025-12-31']);
  });

  it('keeps the fields of the period it does not move, and does not change its input', () => {
    const period = { start: '2020-01-01', end: '2021-12-31', revisionMonths: null, note: 'kept' };
    const frozen = structuredClone(period);
    expect(nextPeriod(period)).toEqual({ start: '2022-01-01', end: '2023-12-31', revisionMonths: null, note: 'kept' });
    expect(period).toEqual(frozen);
  });

  it('years before 100 and far ahead are computed as they are', () => {
    expect(next('0099-01-01', '0099-12-31')).toEqual(['0100-01-01', '0100-12-31']);
    expect(next('2099-01-01', '2100-12-31')).toEqual(['2101-01-01', '2102-12-31']);
    // 2100 is not a leap year.
    expect(next('2099-03-01', '2100-02-28')).toEqual(['2100-03-01', '2101-02-28']);
  });
});

describe('periodHasEnded', () => {
  it('is true from the day after the last day', () => {
    const period = { end: '2021-12-31' };
    expect(periodHasEnded(period, '2021-12-30')).toBe(false);
    expect(periodHasEnded(period, '2021-12-31')).toBe(false);
    expect(periodHasEnded(period, '2022-01-01')).toBe(true);
    expect(periodHasEnded(period, new Date('2021-12-31T23:59:59Z'))).toBe(false);
    expect(periodHasEnded(period, new Date('2022-01-01T00:00:00Z'))).toBe(true);
  });

  it('is false for an open-ended period and for one without an end', () => {
    expect(periodHasEnded({ end: null }, '2099-01-01')).toBe(false);
  });
});

describe('followUpOverdue', () => {
  const summary = (status: 'utkast' | 'klar' | 'undertecknad', followedUp: number, total = 4) => ({
    status,
    period: { start: '2020-01-01', end: '2021-12-31' },
    followUp: { total, done: 0, followedUp },
  });

  it('flags a klar or signed draft whose period has ended with activities not followed up', () => {
    expect(followUpOverdue(summary('undertecknad', 0), '2022-01-01')).toBe(true);
    expect(followUpOverdue(summary('klar', 3), '2022-03-01')).toBe(true);
  });

  it('does not flag one fully followed up, one still running, an utkast, or one without activities', () => {
    expect(followUpOverdue(summary('undertecknad', 4), '2022-01-01')).toBe(false);
    expect(followUpOverdue(summary('undertecknad', 0), '2021-12-31')).toBe(false);
    expect(followUpOverdue(summary('utkast', 0), '2022-01-01')).toBe(false);
    expect(followUpOverdue(summary('undertecknad', 0, 0), '2022-01-01')).toBe(false);
    expect(followUpOverdue({ ...summary('undertecknad', 0), period: { start: '2020-01-01', end: null } }, '2030-01-01')).toBe(false);
  });
});
