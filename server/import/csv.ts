/**
 * A strict RFC 4180 CSV reader: quoted fields, "" escapes, commas and line
 * breaks inside quotes, CRLF or LF line ends, a leading UTF-8 BOM.
 *
 * Strict on purpose: a file that does not follow the format is refused with
 * the line to fix, rather than read into silently shifted columns. Each
 * record keeps the line it starts on, so the importer can report errors by
 * the line a person sees in their editor.
 */

export interface CsvRecord {
  /** 1-based line where the record starts (a record can span several lines). */
  line: number;
  fields: string[];
}

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = 'CsvError';
  }
}

/** Line breaks in `s`, counting CRLF once, as editors do. */
function countLineBreaks(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    if (s[k] === '\n' || (s[k] === '\r' && s[k + 1] !== '\n')) count++;
  }
  return count;
}

const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

/**
 * Splits CSV text into records of raw fields. Blank lines between records are
 * skipped (a trailing newline is not an empty record).
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  const skipBreak = () => {
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
  };

  while (i < n) {
    if (isBreak(text[i])) {
      skipBreak();
      continue;
    }
    const start = line;
    const fields: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const openedOn = line;
        let value = '';
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) throw new CsvError(openedOn, 'a quoted field is never closed (missing closing ")');
          const chunk = text.slice(i, q);
          value += chunk;
          line += countLineBreaks(chunk);
          if (text[q + 1] === '"') {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        if (i < n && text[i] !== ',' && !isBreak(text[i])) {
          throw new CsvError(line, `unexpected ${JSON.stringify(text[i])} after a closing quote (write a quote inside a quoted field as "")`);
        }
        fields.push(value);
      } else {
        let j = i;
        while (j < n && text[j] !== ',' && !isBreak(text[j])) {
          if (text[j] === '"') throw new CsvError(line, 'a quote inside an unquoted field (quote the whole field and double the quote: "a ""b""")');
          j++;
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      if (text[i] !== ',') break;
      i++;
    }
    if (i < n) skipBreak();
    records.push({ line: start, fields });
  }
  return records;
}

/** Parses CSV text whose first record is the header; each row is keyed by column name. */
export function parseCsv(text: string): CsvTable {
  const [head, ...body] = parseCsvRecords(text);
  if (!head) throw new CsvError(1, 'the file is empty (expected a header line)');
  const header = head.fields;
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new CsvError(head.line, `column "${name}" appears twice in the header`);
    seen.add(name);
  }
  const rows = body.map((r): CsvRow => {
    if (r.fields.length !== header.length) {
      throw new CsvError(r.line, `expected ${header.length} fields (as in the header), found ${r.fields.length}`);
    }
    // fromEntries defines own properties, so a column named "__proto__" stays a column.
    return { line: r.line, values: Object.fromEntries(header.map((name, k) => [name, r.fields[k] ?? ''])) };
  });
  return { header, rows };
}
