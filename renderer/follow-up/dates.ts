/** A moment's date on this computer's calendar, as an ISO date ("2026-03-05"): what "today" is for the user. */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An ISO time as this computer's date and clock time ("2026-03-05", "14:02"); null when malformed. */
export function localDateAndTime(iso: string): { date: string; time: string } | null {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return null;
  return { date: localIsoDate(moment), time: moment.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' }) };
}
