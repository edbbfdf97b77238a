/** How a period is written in Swedish (shared/calendar.ts fills in the dates). */
export const PERIOD_TEXT = {
  /** "1 januari 2020 – 31 december 2021" */
  range: (start: string, end: string) => `${start} – ${end}`,
  /** "från 1 januari 2024, tills vidare": no end date. */
  openEnded: (start: string) => `från ${start}, tills vidare`,
};
