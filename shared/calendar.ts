import { PERIOD_TEXT } from './i18n/calendar';

/**
 * Calendar days and times, in one place: ISO dates (YYYY-MM-DD) as the draft
 * file holds them, read and moved in UTC so no time zone or daylight-saving
 * change can move a day; "today" on this computer's calendar and in Sweden;
 * and dates, times and periods as the app writes them in Swedish, through
 * `Intl.DateTimeFormat('sv-SE', …)`. Pure: no Node, no DOM.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO date as midnight UTC, or null when it is not one (wrong shape, or a day the month does not have). */
export function parseIsoDate(iso: string): Date | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years below 100 as they are.
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return isoDateOf(date) === iso ? date : null;
}

/**
 * Orders two ISO 8601 times of one format (UTC, as the app writes them)
 * newest first. They sort as text: by code unit, not through the locale's
 * collation, whose first call starts ICU (about 10 ms before a list of
 * 2,000 drafts can be shown).
 */
export const newestFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

/** Whether text is an ISO date of a day that exists ("2024-02-29" yes, "2023-02-29" no). */
export const isIsoDate = (text: string): boolean => parseIsoDate(text) !== null;

/** A time's calendar day in UTC, as an ISO date. */
export const isoDateOf = (date: Date): string => date.toISOString().slice(0, 10);

/** The time `days` days later (earlier when negative). */
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

/** Whole days from `from` to `to` (both midnight UTC). */
export const daysBetween = (from: Date, to: Date): number => Math.round((to.getTime() - from.getTime()) / DAY_MS);

/**
 * The same day `months` later; a day the month does not have runs over into
 * the next (31 January + 1 month = 2 or 3 March, 29 February + 12 months =
 * 1 March), as "the day after the last day of a period" needs.
 */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate());
  return result;
}

/** The same day `years` later, as an ISO date (29 February becomes 1 March when the year has none); null for anything but an ISO date. */
export function addYears(iso: string, years: number): string | null {
  const date = parseIsoDate(iso);
  return date && isoDateOf(addMonths(date, 12 * years));
}

/** The last day of a period of `years` years from `start` (ISO dates): 2024-01-01 and 4 give 2027-12-31; null for anything but an ISO date. */
export function lastDayAfterYears(start: string, years: number): string | null {
  const date = parseIsoDate(start);
  return date && isoDateOf(addDays(addMonths(date, 12 * years), -1));
}

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The year of an ISO date as written ("2020" of "2020-01-01"); "" when there is no date. */
export const yearOf = (iso: string | null | undefined): string => iso?.slice(0, 4) ?? '';

const pad = (n: number) => String(n).padStart(2, '0');

/** A time's date on this computer's calendar, as an ISO date ("2026-03-05"): what "today" is for the user. */
export function localIsoDate(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day of a time in Sweden, as an ISO date: a follow-up set at
 * 00:30 on 1 December is dated 1 December, not 30 November (UTC). Null for
 * a time that does not parse.
 */
export function swedishDay(time: Date | string): string | null {
  const date = typeof time === 'string' ? new Date(time) : time;
  if (Number.isNaN(date.getTime())) return null;
  const parts = Object.fromEntries(SWEDISH_DAY.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const LONG_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const CLOCK = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' });
const CLOCK_SECONDS = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** A time on this computer's clock: "14:02", or "14:02:33" with seconds. */
export const clockTime = (date: Date, { seconds = false } = {}): string => (seconds ? CLOCK_SECONDS : CLOCK).format(date);

/** An ISO time as a Date, or null when it does not parse. */
function parseTime(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2020-01-01" → "1 januari 2020"; an empty or malformed date → "". */
export function formatDate(iso: string | null | undefined): string {
  const date = parseIsoDate(iso ?? '');
  return date ? LONG_DATE.format(date) : '';
}

/**
 * A period as the documents write it: "1 januari 2020 – 31 december 2021",
 * "från 1 januari 2024, tills vidare", or "" when no start is set.
 */
export function formatPeriod(period: { start: string | null; end: string | null }): string {
  const start = formatDate(period.start);
  if (!start) return '';
  const end = formatDate(period.end);
  return end ? PERIOD_TEXT.range(start, end) : PERIOD_TEXT.openEnded(start);
}

/** The years of a period, for titles and lists: "2020–2021", "2024", "2024–". */
export function formatPeriodYears(period: { start: string | null; end: string | null }): string {
  const start = yearOf(period.start);
  const end = yearOf(period.end);
  if (!start) return '';
  if (!end) return `${start}–`;
  return start === end ? start : `${start}–${end}`;
}

/** A time stamp as a clock time today ("14:02") or a date and time otherwise ("2026-03-05 14:02"); "" when malformed. */
export function formatTimestamp(iso: string, now: Date = new Date()): string {
  const date = parseTime(iso);
  if (!date) return '';
  const time = clockTime(date);
  return date.toDateString() === now.toDateString() ? time : `${localIsoDate(date)} ${time}`;
}

/** An ISO time as this computer's date and clock time ("2026-03-05", "14:02"); null when malformed. */
export function localDateAndTime(iso: string): { date: string; time: string } | null {
  const date = parseTime(iso);
  return date && { date: localIsoDate(date), time: clockTime(date) };
}
