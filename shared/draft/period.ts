import { addDays, addMonths, daysBetween, isIsoDate, isLeapYear, isoDateOf, parseIsoDate } from '../calendar';
import type { Draft, DraftSummary } from './schema';

/**
 * Period arithmetic for follow-up and "Starta nästa period": pure calendar
 * arithmetic on ISO dates (YYYY-MM-DD), computed in UTC so no time zone or
 * daylight-saving change can move a day.
 */

type Period = Draft['period'];

/** How far an open-ended agreement's start moves when its revision interval is not stated: a year. */
export const DEFAULT_REVISION_MONTHS = 12;

/**
 * How many whole months a period from `start` to the day before `next` is,
 * or null when it is not whole months: `next` is the start's day of month N
 * months on (running over as {@link addMonths} does).
 */
function wholeMonths(start: Date, next: Date): number | null {
  const months = (next.getUTCFullYear() - start.getUTCFullYear()) * 12 + next.getUTCMonth() - start.getUTCMonth();
  // A start on the 29th–31st runs over into the next month, so the count may be one less than the months between.
  for (const n of [months, months - 1]) {
    if (n >= 1 && addMonths(start, n).getTime() === next.getTime()) return n;
  }
  return null;
}

/**
 * The period after `period`, moved forward by its own length:
 *
 * - whole calendar years and whole months stay whole: 2020-01-01–2021-12-31 →
 *   2022-01-01–2023-12-31, 2024-07-01–2025-06-30 → 2025-07-01–2026-06-30, a
 *   year from the 15th (2023-03-15–2024-03-14) → 2024-03-15–2025-03-14;
 * - leap days: a year from 29 February 2024 (to 28 February 2025) is followed
 *   by 1 March 2025–28 February 2026; a period that ends on 28 February of a
 *   leap year where whole months would end on the 29th (2023-03-01–2024-02-28,
 *   the leap day forgotten) is taken as the whole months it was meant to be;
 * - any other period: the same number of days, from the day after its end;
 * - open-ended ("tills vidare", no end): the start moves forward by the
 *   revision interval (a year when not stated), the end stays open;
 * - without a start, or with dates that are not valid ISO dates or end
 *   before they start, the period is returned unchanged: there is no length to move by.
 *
 * Other fields of the period (its revision interval, fields a newer writer
 * added) are kept.
 */
export function nextPeriod(period: Period): Period {
  const start = period.start ? parseIsoDate(period.start) : null;
  if (!start) return { ...period };
  if (period.end === null) {
    const months = period.revisionMonths ?? DEFAULT_REVISION_MONTHS;
    return { ...period, start: isoDateOf(addMonths(start, months)) };
  }
  const end = parseIsoDate(period.end);
  if (!end || end < start) return { ...period };

  const months = wholeMonths(start, addDays(end, 1)) ?? forgottenLeapDay(start, end);
  if (months !== null) {
    // Whole months: the next starts the day after the (intended) end and runs as many months.
    const next = addMonths(start, months);
    return { ...period, start: isoDateOf(next), end: isoDateOf(addDays(addMonths(next, months), -1)) };
  }
  const days = daysBetween(start, end);
  const next = addDays(end, 1);
  return { ...period, start: isoDateOf(next), end: isoDateOf(addDays(next, days)) };
}

/** The whole months of a period that ends on 28 February of a leap year but would be whole months to the 29th; else null. */
function forgottenLeapDay(start: Date, end: Date): number | null {
  const year = end.getUTCFullYear();
  if (!isLeapYear(year) || end.getUTCMonth() !== 1 || end.getUTCDate() !== 28) return null;
  return wholeMonths(start, addDays(end, 2));
}

/** A day as an ISO date: a string is taken as it is, a time as its calendar day in UTC. */
const dayOf = (today: Date | string) => (typeof today === 'string' ? today.slice(0, 10) : isoDateOf(today));

/**
 * Whether the period is over on `today` (the day after its last day or
 * later). An open-ended period never ends; one without dates has not ended.
 *
 * @param today an ISO date, or a time (its UTC calendar day)
 */
export function periodHasEnded(period: Pick<Period, 'end'>, today: Date | string): boolean {
  return period.end != null && isIsoDate(period.end) && period.end < dayOf(today);
}

/**
 * The start page's "Perioden är slut men uppföljning saknas": a draft that is
 * klar or undertecknad (only those are followed up), whose period has ended,
 * and which has activities not yet followed up (`followedUp`, see
 * shared/follow-up/summary.ts).
 *
 * @param today an ISO date, or a time (its UTC calendar day)
 */
export function followUpOverdue(summary: Pick<DraftSummary, 'status' | 'period' | 'followUp'>, today: Date | string): boolean {
  if (summary.status === 'utkast') return false;
  const { total, followedUp } = summary.followUp;
  return periodHasEnded(summary.period, today) && followedUp < total;
}
