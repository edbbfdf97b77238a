const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
];

/** "2020-01-01" → "1 januari 2020"; an empty or malformed date → "". */
export function formatDate(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return '';
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : '';
}

/**
 * A period as the documents write it: "1 januari 2020 – 31 december 2021",
 * "från 1 januari 2024, tills vidare", or "" when no start is set.
 */
export function formatPeriod(period: { start: string | null; end: string | null }): string {
  const start = formatDate(period.start);
  if (!start) return '';
  const end = formatDate(period.end);
  return end ? `${start} – ${end}` : `från ${start}, tills vidare`;
}

/** The years of a period, for titles and lists: "2020–2021", "2024", "2024–". */
export function formatPeriodYears(period: { start: string | null; end: string | null }): string {
  const start = period.start?.slice(0, 4) ?? '';
  const end = period.end?.slice(0, 4) ?? '';
  if (!start) return '';
  if (!end) return `${start}–`;
  return start === end ? start : `${start}–${end}`;
}

/** A time stamp as a clock time today ("14:02") or a date and time otherwise. */
export function formatTimestamp(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = date.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' });
  if (date.toDateString() === now.toDateString()) return time;
  return `${date.toLocaleDateString('sv-SE')} ${time}`;
}
