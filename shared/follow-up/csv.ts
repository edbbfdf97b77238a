import type { Draft } from '../draft/schema';
import { FOLLOW_UP_REPORT_TEXT as T } from '../i18n/follow-up';
import { followUpRows, type FollowUpRow } from './rows';

/**
 * The follow-up as CSV, as Swedish Excel opens it with a double click: UTF-8
 * with a byte order mark (or Excel reads å, ä, ö as Latin-1), `;` between
 * fields (the comma is the Swedish decimal sign), CRLF line ends, a field
 * quoted when it holds `;`, `"`, CR or LF (quotes doubled), numbers with a
 * decimal comma, dates ISO. The same rows as the report (`followUpRows`), one
 * per activity, after a header row.
 *
 * A text cell that starts with `=`, `+`, `-`, `@` (or a tab or CR, which
 * Excel skips before them) would be run as a formula by the spreadsheet: a
 * comment "=HYPERLINK(…)" is a known way to attack whoever opens the file. It
 * is written with a leading `'`, which Excel shows as text.
 */
export function followUpCsv(draft: Draft): string {
  const rows = followUpRows(draft).flatMap((group) => group.rows);
  const lines = [T.csvColumns(draft.kind).map(textCell), ...rows.map(csvRow)];
  return `\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}

function csvRow(row: FollowUpRow): string[] {
  return [
    textCell(row.parties),
    textCell(row.responsible),
    textCell(row.focusArea),
    textCell(row.activity),
    numberCell(row.quantity),
    textCell(row.unit),
    textCell(row.statusLabel),
    numberCell(row.outcome),
    textCell(row.comment),
    row.updated ?? '',
  ];
}

/** A number as Swedish Excel reads one: a decimal comma, no thousands separator; empty for none. */
function numberCell(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(value).replace('.', ',');
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text as a CSV field: defused when a spreadsheet would take it as a formula, quoted when it must be. */
export function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
