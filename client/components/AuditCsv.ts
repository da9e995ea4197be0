/**
 * The audit lines shown, as a CSV file made in the browser: the server's
 * export (/api/export.csv) is of comments, not of decisions. Same rules as
 * the server's: RFC 4180 quoting, CRLF, a byte order mark for Excel, and
 * text cells a spreadsheet would run as a formula (= + - @, tab, CR first)
 * prefixed with an apostrophe — a reason or note is typed by a person.
 */
import type { AuditEntry } from '../../shared/review.js';

type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function auditCsvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS: [string, (e: AuditEntry) => Cell][] = [
  ['id', (e) => e.id],
  ['at', (e) => e.at],
  ['actor', (e) => e.actor],
  ['action', (e) => e.action],
  ['comment_id', (e) => e.commentId],
  ['previous', (e) => e.previous],
  ['reason', (e) => e.reason],
  ['note', (e) => e.note],
  ['undoes', (e) => e.undoes],
];

export function auditCsv(entries: readonly AuditEntry[]): string {
  const line = (cells: Cell[]) => cells.map(auditCsvCell).join(',') + '\r\n';
  return '\uFEFF' + line(COLUMNS.map(([name]) => name)) + entries.map((e) => line(COLUMNS.map(([, cell]) => cell(e)))).join('');
}

/** Hands the file to the browser's downloads. */
export function downloadAuditCsv(entries: readonly AuditEntry[]): void {
  const url = URL.createObjectURL(new Blob([auditCsv(entries)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `vigie-audit-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
