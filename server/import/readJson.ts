/**
 * JSON files — an array of comments or `{"comments": [...]}` — and NDJSON
 * files (`.ndjson`, `.jsonl`: one comment object per line), each comment in
 * the API's shape. A syntax error in a JSON file makes the whole file
 * unreadable (reported with its line); in NDJSON only that line is skipped.
 */
import { scanJson } from './jsonScan.js';
import type { ImportItem } from './readers.js';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readJsonComments(file: string, raw: string): ImportItem[] {
  const text = raw.replace(/^\uFEFF/, '');
  if (!text.trim()) return [{ kind: 'error', file, line: 1, message: 'the file is empty' }];
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    if (looksLikeNdjson(text)) return readNdjsonComments(file, raw);
    const scan = scanJson(text);
    if (scan.ok) return [{ kind: 'error', file, line: 1, message: `not valid JSON: ${(e as Error).message.slice(0, 200)}` }];
    return [{ kind: 'error', file, line: scan.line, message: `not valid JSON (column ${scan.column}): ${scan.message}` }];
  }
  const comments = Array.isArray(root) ? root : isPlainObject(root) && Array.isArray(root.comments) ? root.comments : null;
  if (!comments) {
    return [{ kind: 'error', file, line: 1, message: 'expected an array of comments, or an object {"comments": [...]}' }];
  }
  const scan = scanJson(text);
  const lines = scan.ok && scan.elementLines.length === comments.length ? scan.elementLines : null;
  return comments.map((record, k): ImportItem => ({ kind: 'comment', file, line: lines?.[k] ?? 1, record }));
}

/** A `.json` file that is really one object per line: read it as such rather than refuse it. */
function looksLikeNdjson(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length < 2) return false;
  try {
    return isPlainObject(JSON.parse(lines[0]!));
  } catch {
    return false;
  }
}

export function readNdjsonComments(file: string, raw: string): ImportItem[] {
  const items: ImportItem[] = [];
  raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((text, k) => {
      const line = k + 1;
      if (!text.trim()) return;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (e) {
        const scan = scanJson(text, 'line');
        const detail = scan.ok ? (e as Error).message.slice(0, 200) : `${scan.message} (column ${scan.column})`;
        items.push({ kind: 'error', file, line, message: `not valid JSON: ${detail}` });
        return;
      }
      if (isPlainObject(record)) items.push({ kind: 'comment', file, line, record });
      else items.push({ kind: 'error', file, line, message: 'expected one comment object per line, like {"article": {"id": "a1"}, "author": "…", "text": "…"}' });
    });
  return items;
}
