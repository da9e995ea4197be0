/**
 * CSV as spreadsheets read it, for every export: RFC 4180 (CRLF line ends,
 * fields quoted when they hold a quote, comma or line break), a byte order
 * mark so Excel reads UTF-8, and text cells a spreadsheet would run as a
 * formula (starting with = + - @, tab or CR) prefixed with an apostrophe —
 * an author name or a moderator's note is typed by a person. Numbers are
 * Vigie's own and stay numbers, negative tones included.
 */
export type CsvCell = string | number | boolean | null;

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly CsvCell[]) => cells.map(csvCell).join(',') + '\r\n';

/** One column of an export: its header and how a row fills it. */
export type CsvColumns<T> = readonly (readonly [string, (row: T) => CsvCell])[];
