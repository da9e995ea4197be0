/**
 * Keyset pages over an index on (expression, id). After a cursor, the page
 * is read as two index seeks — the rest of the cursor's tie, then what comes
 * after it — rather than `(expr, id) < (?, ?)`: SQLite (3.53) does not seek
 * on a row value and would walk the index from its start, which on a sort
 * with many ties (a flagged rate of 0) makes a deep page read every entry
 * before it.
 */

export interface KeysetQuery {
  /** Columns to return; must include `<id> AS id`. */
  select: string;
  /** FROM and JOINs. */
  from: string;
  /** Filters, at least `1`. */
  where: string;
  /** The sort expression, verbatim as in its index. */
  expr: string;
  /** The unique tie-breaker, second column of the index. */
  id: string;
  desc: boolean;
}

/** The page's SQL: `@limit` rows, and after a cursor `@value`, `@after` (the last row's sort_value and id). */
export function keysetSql(k: KeysetQuery, afterCursor: boolean): string {
  const dir = k.desc ? 'DESC' : 'ASC';
  const op = k.desc ? '<' : '>';
  const head = `SELECT ${k.select}, ${k.expr} AS sort_value FROM ${k.from} WHERE ${k.where}`;
  if (!afterCursor) return `${head} ORDER BY ${k.expr} ${dir}, ${k.id} ${dir} LIMIT @limit`;
  return `SELECT * FROM (${head} AND ${k.expr} = @value AND ${k.id} ${op} @after ORDER BY ${k.id} ${dir} LIMIT @limit)
    UNION ALL
    SELECT * FROM (${head} AND ${k.expr} ${op} @value ORDER BY ${k.expr} ${dir}, ${k.id} ${dir} LIMIT @limit)
    ORDER BY sort_value ${dir}, id ${dir} LIMIT @limit`;
}

export { splitPage } from '../cursor.js';
