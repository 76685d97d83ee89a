/**
 * CSV as spreadsheets read it (RFC 4180): every field quoted when it needs to be, CRLF line
 * ends, and a leading byte-order mark so that accented names open correctly. A text field
 * that starts like a formula (=, +, -, @, tab, return) is prefixed with an apostrophe, so
 * that a name typed by a member can never run as a formula in an administrator's spreadsheet.
 */

export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);

  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const quoted = /[",\r\n]/.test(safe) || safe !== safe.trim();
  return quoted ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(
  headers: readonly string[],
  rows: ReadonlyArray<readonly CsvValue[]>,
): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** An ISO 8601 date and time in UTC for a timestamp, or empty. */
export function csvTime(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}
