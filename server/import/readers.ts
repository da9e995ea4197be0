/**
 * One reader per file format, each turning a file's text into items: a
 * comment record (not yet validated) with the line it starts on, an article
 * without comments (a scraped page with none), or an error with its line.
 * Readers never throw on bad input: a broken record becomes an error item and
 * the reader carries on with the next one when the format allows it.
 */
import { extname } from 'node:path';
import { readCsvComments } from './readCsv.js';
import { readJsonComments, readNdjsonComments } from './readJson.js';
import { readPage } from './readPage.js';

export type ImportFormat = 'page' | 'json' | 'ndjson' | 'csv';

export type ImportItem =
  | { kind: 'comment'; file: string; line: number; record: unknown }
  | { kind: 'article'; file: string; line: number; article: unknown }
  | { kind: 'error'; file: string; line: number; message: string };

/** Extensions read when a folder is imported; other files in a folder are left alone. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  '.txt': 'page',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
};

/** The format from the extension, else from the first characters; null when neither tells. */
export function detectFormat(file: string, text: string): ImportFormat | null {
  const byExtension = FORMAT_BY_EXTENSION[extname(file).toLowerCase()];
  if (byExtension) return byExtension;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    // One object per line, or one object spread over lines?
    const first = start.split(/\r?\n/, 1)[0]!;
    try {
      JSON.parse(first);
      return start.length > first.length ? 'ndjson' : 'json';
    } catch {
      return 'json';
    }
  }
  const header = new Set(start.split(/\r?\n/, 1)[0]!.split(',').map((name) => name.trim()));
  if (header.has('article_id') && header.has('text')) return 'csv';
  if (/^Tous les commentaires\s*$/m.test(text)) return 'page';
  return null;
}

export function readItems(format: ImportFormat, file: string, text: string): ImportItem[] {
  switch (format) {
    case 'page':
      return readPage(file, text);
    case 'json':
      return readJsonComments(file, text);
    case 'ndjson':
      return readNdjsonComments(file, text);
    case 'csv':
      return readCsvComments(file, text);
  }
}
