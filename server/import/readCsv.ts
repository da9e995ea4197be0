/**
 * CSV files of comments, one per row, with a header naming the columns (any
 * order; only article_id, author and text are required):
 *
 *   external_id, article_id, article_title, article_url, article_section,
 *   article_published_at, author, text, posted_at
 *
 * An empty cell is a missing value. A broken row is reported with its line
 * and skipped; reading resumes at the next line — except after a quote that
 * is never closed, which swallows the rest of the file.
 */
import { CsvError, parseCsvRecords, type CsvRecord } from './csv.js';
import type { ImportItem } from './readers.js';

export const CSV_COLUMNS = [
  'external_id',
  'article_id',
  'article_title',
  'article_url',
  'article_section',
  'article_published_at',
  'author',
  'text',
  'posted_at',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['article_id', 'author', 'text'];

interface Problem {
  line: number;
  message: string;
}

export function readCsvComments(file: string, text: string): ImportItem[] {
  const { records, problems } = readRecords(text);
  const errors = problems.map((p): ImportItem => ({ kind: 'error', file, ...p }));
  const [head, ...rows] = records;
  if (!head) return errors.length ? errors : [{ kind: 'error', file, line: 1, message: 'the file is empty (expected a header line)' }];
  if (problems[0] && problems[0].line < head.line) {
    return [...errors, { kind: 'error', file, line: problems[0].line, message: 'the header line could not be read, so no row was imported' }];
  }
  const header = head.fields.map((name) => name.trim());
  const headerProblem = checkHeader(header);
  if (headerProblem) return [{ kind: 'error', file, line: head.line, message: headerProblem }];

  const items: ImportItem[] = [...errors];
  for (const row of rows) {
    if (row.fields.length !== header.length) {
      items.push({ kind: 'error', file, line: row.line, message: `expected ${header.length} fields (as in the header), found ${row.fields.length}` });
      continue;
    }
    const cells = new Map(header.map((name, k) => [name as Column, row.fields[k]!]));
    items.push({ kind: 'comment', file, line: row.line, record: toCommentRecord(cells) });
  }
  return items.sort((a, b) => a.line - b.line);
}

function checkHeader(header: string[]): string | null {
  const seen = new Set<string>();
  for (const name of header) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) return `unknown column "${name}" (columns: ${CSV_COLUMNS.join(', ')})`;
    if (seen.has(name)) return `column "${name}" appears twice in the header`;
    seen.add(name);
  }
  const missing = REQUIRED.filter((name) => !seen.has(name));
  return missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in the header` : null;
}

/** A row in the API's shape; `commentInputSchema` checks it next, and its field paths map back to column names. */
function toCommentRecord(cells: Map<Column, string>): Record<string, unknown> {
  // Empty optional cells are absent values; author and text stay as given so an empty one reads "must not be empty".
  const optional = (name: Column) => {
    const v = cells.get(name);
    return v === undefined || v === '' ? undefined : v;
  };
  const article = {
    id: optional('article_id'),
    title: optional('article_title'),
    url: optional('article_url'),
    section: optional('article_section'),
    published_at: optional('article_published_at'),
  };
  return {
    external_id: optional('external_id'),
    article: Object.fromEntries(Object.entries(article).filter(([, v]) => v !== undefined)),
    author: cells.get('author'),
    text: cells.get('text'),
    posted_at: optional('posted_at'),
  };
}

/** "article.published_at" → "article_published_at": a schema path as the CSV column a person can fix. */
export function csvColumnOf(path: readonly (string | number)[]): string {
  return path.join('_');
}

/** All records the strict parser accepts, one problem per broken record, resuming after each. */
function readRecords(text: string): { records: CsvRecord[]; problems: Problem[] } {
  try {
    return { records: parseCsvRecords(text), problems: [] };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
  }
  // Slow path, only for a broken file: one record at a time, so one bad row costs only itself.
  const records: CsvRecord[] = [];
  const problems: Problem[] = [];
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    const end = endOfRecord(text, pos);
    const chunk = text.slice(pos, end);
    try {
      for (const r of parseCsvRecords(chunk)) records.push({ line: r.line + line - 1, fields: r.fields });
      line += lineBreaks(chunk);
      pos = end;
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      const detail = e.message.replace(/^line \d+: /, '');
      if (/never closed/.test(detail)) {
        problems.push({ line: line + e.line - 1, message: `${detail}; the rest of the file is inside that field and was not read` });
        break;
      }
      problems.push({ line: line + e.line - 1, message: detail });
      // Resume on the line after the one at fault.
      for (let skipped = 0; skipped < e.line && pos < text.length; pos++) {
        if (text[pos] === '\n' || (text[pos] === '\r' && text[pos + 1] !== '\n')) skipped++;
      }
      line += e.line;
    }
  }
  return { records, problems };
}

/** Index just past the line break ending the record that starts at `pos` (quotes may hold line breaks). */
function endOfRecord(text: string, pos: number): number {
  let quoted = false;
  for (let i = pos; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return text.length;
}

function lineBreaks(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) if (s[k] === '\n' || (s[k] === '\r' && s[k + 1] !== '\n')) n++;
  return n;
}
