import { describe, expect, it } from 'vitest';
import {
  newestFirst,
  addDays,
  addMonths,
  addYears,
  clockTime,
  daysBetween,
  formatDate,
  formatPeriod,
  formatPeriodYears,
  formatTimestamp,
  isIsoDate,
  isLeapYear,
  isoDateOf,
  lastDayAfterYears,
  localDateAndTime,
  localIsoDate,
  parseIsoDate,
  swedishDay,
  yearOf,
} from '../../../shared/calendar';

/** The calendar module: ISO dates, days and times, and how the app writes them in Swedish. */

const day = (iso: string) => parseIsoDate(iso)!;

describe('ISO dates', () => {
  it('reads a day that exists as midnight UTC, and nothing else', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    // Years below 100 are taken as they are, not as 19xx.
    expect(parseIsoDate('0099-12-31')?.toISOString()).toBe('0099-12-31T00:00:00.000Z');
    for (const text of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-1-01', '2024-01-01T00:00:00Z', ' 2024-01-01', '']) {
      expect(parseIsoDate(text), text).toBeNull();
      expect(isIsoDate(text), text).toBe(false);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('writes a time as its UTC day', () => {
    expect(isoDateOf(new Date('2026-06-30T23:59:59.999Z'))).toBe('2026-06-30');
  });

  it('moves by days and whole months, running a missing day over into the next month', () => {
    expect(isoDateOf(addDays(day('2024-02-28'), 1))).toBe('2024-02-29');
    expect(isoDateOf(addDays(day('2024-03-01'), -1))).toBe('2024-02-29');
    expect(daysBetween(day('2024-01-01'), day('2025-01-01'))).toBe(366);
    expect(isoDateOf(addMonths(day('2023-01-31'), 1))).toBe('2023-03-03');
    expect(isoDateOf(addMonths(day('2024-01-31'), 1))).toBe('2024-03-02');
    expect(isoDateOf(addMonths(day('2024-07-01'), 12))).toBe('2025-07-01');
  });

  it('moves by years: 29 February becomes 1 March when the year has none; anything but an ISO date is null', () => {
    expect(addYears('2020-01-01', 5)).toBe('2025-01-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('0098-06-01', 1)).toBe('0099-06-01');
    expect(addYears('2024-02', 1)).toBeNull();
  });

  it('gives the last day of a period of whole years: the day before the same date some years on', () => {
    expect(lastDayAfterYears('2024-01-01', 4)).toBe('2027-12-31');
    expect(lastDayAfterYears('2024-07-01', 2)).toBe('2026-06-30');
    expect(lastDayAfterYears('2024-03-01', 4)).toBe('2028-02-29');
    expect(lastDayAfterYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(lastDayAfterYears('', 4)).toBeNull();
  });

  it('knows leap years and the year of a date', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(yearOf('2020-01-01')).toBe('2020');
    expect(yearOf(null)).toBe('');
    expect(yearOf(undefined)).toBe('');
  });
});

describe('days on a calendar', () => {
  it('takes "today" from this computer’s calendar', () => {
    expect(localIsoDate(new Date(2026, 2, 5, 23, 59))).toBe('2026-03-05');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('dates a time by the day it is in Sweden, summer and winter time', () => {
    expect(swedishDay('2026-06-30T22:30:00.000Z')).toBe('2026-07-01');
    expect(swedishDay('2026-06-30T21:30:00.000Z')).toBe('2026-06-30');
    expect(swedishDay('2026-12-31T23:00:00.000Z')).toBe('2027-01-01');
    expect(swedishDay(new Date('2026-12-31T22:59:00.000Z'))).toBe('2026-12-31');
    expect(swedishDay('inte en tid')).toBeNull();
  });
});

describe('in Swedish', () => {
  it('writes a date with the month’s name, and nothing for an empty or malformed one', () => {
    const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
    months.forEach((month, index) => expect(formatDate(`2020-${String(index + 1).padStart(2, '0')}-01`)).toBe(`1 ${month} 2020`));
    expect(formatDate('2021-12-31')).toBe('31 december 2021');
    for (const iso of [null, undefined, '', '2020-13-01', '2023-02-29', '1 januari 2020']) expect(formatDate(iso), String(iso)).toBe('');
  });

  it('writes a period, closed or "tills vidare", and its years', () => {
    expect(formatPeriod({ start: '2020-01-01', end: '2021-12-31' })).toBe('1 januari 2020 – 31 december 2021');
    expect(formatPeriod({ start: '2024-01-01', end: null })).toBe('från 1 januari 2024, tills vidare');
    expect(formatPeriod({ start: null, end: '2021-12-31' })).toBe('');
    expect(formatPeriodYears({ start: '2020-01-01', end: '2021-12-31' })).toBe('2020–2021');
    expect(formatPeriodYears({ start: '2024-01-01', end: '2024-12-31' })).toBe('2024');
    expect(formatPeriodYears({ start: '2024-01-01', end: null })).toBe('2024–');
    expect(formatPeriodYears({ start: null, end: '2024-12-31' })).toBe('');
  });

  it('writes a time stamp as a clock time today, with its date on another day', () => {
    const now = new Date(2026, 2, 5, 16, 30);
    expect(formatTimestamp(new Date(2026, 2, 5, 9, 5).toISOString(), now)).toBe('09:05');
    expect(formatTimestamp(new Date(2026, 2, 4, 14, 2).toISOString(), now)).toBe('2026-03-04 14:02');
    expect(formatTimestamp('inte en tid', now)).toBe('');
    expect(clockTime(new Date(2026, 2, 4, 0, 2, 33), { seconds: true })).toBe('00:02:33');
  });

  it('splits a time into this computer’s date and clock time', () => {
    expect(localDateAndTime(new Date(2026, 2, 5, 14, 2).toISOString())).toEqual({ date: '2026-03-05', time: '14:02' });
    expect(localDateAndTime('inte en tid')).toBeNull();
  });
});

describe('newestFirst', () => {
  it('orders the app\'s times newest first, across days, months and years, and keeps equal ones', () => {
    const times = ['2025-12-31T23:59:59.999Z', '2026-01-01T00:00:00.000Z', '2026-03-05T14:02:00.000Z', '2026-03-05T09:15:30.250Z'];
    expect([...times].sort(newestFirst)).toEqual(['2026-03-05T14:02:00.000Z', '2026-03-05T09:15:30.250Z', '2026-01-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z']);
    expect(newestFirst(times[0], times[0])).toBe(0);
  });
});
