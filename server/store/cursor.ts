/**
 * Keyset cursors: the sort keys of a page's last row, with the name of the
 * order they belong to, as opaque base64url text. A cursor from another
 * order or a hand-edited one is refused, never misread.
 */
import { InvalidCursorError } from './store.js';

export type CursorKey = string | number;

export function encodeCursor(order: string, keys: readonly CursorKey[]): string {
  return Buffer.from(JSON.stringify([order, ...keys])).toString('base64url');
}

/** `shape`: the type of each key, in order. */
export function decodeCursor(cursor: string, order: string, shape: readonly ('string' | 'number')[]): CursorKey[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('This cursor is not one Vigie handed out.');
  }
  if (!Array.isArray(parsed) || parsed[0] !== order) throw new InvalidCursorError('This cursor belongs to another sort or list: start from the first page.');
  const keys = parsed.slice(1) as unknown[];
  const fits = keys.length === shape.length && keys.every((k, i) => typeof k === shape[i] && (typeof k !== 'number' || Number.isFinite(k)));
  if (!fits) throw new InvalidCursorError('This cursor is not one Vigie handed out.');
  return keys as CursorKey[];
}

/** A page read with `LIMIT limit + 1`: the rows to show, and the last of them when another page follows. */
export function splitPage<R>(rows: readonly R[], limit: number): { page: R[]; next: R | undefined } {
  const page = rows.slice(0, limit);
  return { page, next: rows.length > limit ? page[page.length - 1] : undefined };
}
