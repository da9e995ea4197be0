/**
 * The aggregates recomputed the slow way, by GROUP BY over every comment row,
 * and compared with what the store maintains: the spec every writer
 * (ingestion, decisions, re-scoring) must keep — in SQLite or in PostgreSQL.
 */
import Database from 'better-sqlite3';
import { FLAG_REASONS, MODERATION_STATUSES } from '../../shared/types.js';
import type { TempStore } from '../support/tempStore.js';

type Row = Record<string, number | string | null>;

/** The same recount in each dialect: columns named alike, so the comparison is one. */
export const DIALECTS = {
  sqlite: {
    bucket: 'min(9, max(0, CAST(floor(tone * 5) AS INTEGER) + 5))',
    count: (condition: string) => `sum(${condition})`,
    hasReason: (r: string) => `EXISTS (SELECT 1 FROM json_each(reasons) WHERE value = '${r}')`,
    flag: (column: string) => column,
    hour: "substr(coalesce(posted_at, received_at), 1, 13) || ':00:00.000Z'",
    day: "substr(coalesce(posted_at, received_at), 1, 10) || 'T00:00:00.000Z'",
  },
  postgres: {
    bucket: 'least(9, greatest(0, floor(tone * 5)::int + 5))',
    count: (condition: string) => `count(*) FILTER (WHERE ${condition})`,
    hasReason: (r: string) => `reasons @> ARRAY['${r}']`,
    flag: (column: string) => `${column}::int`,
    hour: "date_trunc('hour', coalesce(posted_at, received_at), 'UTC')::text",
    day: "date_trunc('day', coalesce(posted_at, received_at), 'UTC')::text",
  },
};
export type Dialect = (typeof DIALECTS)[keyof typeof DIALECTS];

/** The aggregate columns of article_stats and commenter_stats, recomputed over the comments (GROUP BY an owner). */
export const stats = (d: Dialect) => [
  'count(*) AS comments',
  `sum(${d.flag('flagged')}) AS flagged`,
  'sum(tone) AS tone_sum',
  ...Array.from({ length: 10 }, (_, i) => `${d.count(`${d.bucket} = ${i}`)} AS tone_h${i}`),
  ...FLAG_REASONS.map((r) => `${d.count(d.hasReason(r))} AS reason_${r}`),
  `sum(${d.flag('shouting_flag')}) AS shouting`,
  `sum(${d.flag('insult_flag')}) AS insults`,
  ...MODERATION_STATUSES.map((s) => `${d.count(`status = '${s}'`)} AS status_${s}`),
];

/** Tone sums are compared to 1e-9: they are float sums moved by differences. */
function differences(label: string, stored: Row[], recounted: Row[], key: string): string[] {
  const byKey = new Map(stored.map((r) => [String(r[key]), r]));
  const out: string[] = [];
  for (const r of recounted) {
    const s = byKey.get(String(r[key]));
    if (!s) {
      out.push(`${label} ${r[key]}: missing`);
      continue;
    }
    for (const [column, value] of Object.entries(r)) {
      const mine = s[column];
      const same = typeof value === 'number' && typeof mine === 'number' ? Math.abs(value - mine) < 1e-9 : value === mine;
      if (!same) out.push(`${label} ${r[key]}.${column}: stored ${mine}, recounted ${value}`);
    }
  }
  // A stored row the recount does not have must be all zeros (an hour whose decisions were all undone).
  const recountedKeys = new Set(recounted.map((r) => String(r[key])));
  for (const s of stored) {
    if (recountedKeys.has(String(s[key]))) continue;
    if (Object.entries(s).some(([column, value]) => column !== key && value !== 0)) out.push(`${label} ${s[key]}: stored, not in the recount`);
  }
  return out;
}

/** Every difference between the stored aggregates and a recount; [] when they agree. An SQLite file, or a test store. */
export async function recountDifferences(target: string | TempStore): Promise<string[]> {
  const kind = typeof target === 'string' ? 'sqlite' : target.kind;
  const d = DIALECTS[kind];
  let db: Database.Database | null = null;
  const all = async (sql: string): Promise<Row[]> => {
    if (typeof target !== 'string') return target.query<Row>(sql);
    db ??= new Database(target, { readonly: true });
    return db.prepare(sql).all() as Row[];
  };
  // Bucket keys as text in the database's own format, on both sides alike.
  const owner = (column: string, bucket: string) => (kind === 'sqlite' ? `${column} || ' ' || ${bucket}` : `${column} || ' ' || ${bucket}::text`);
  const columns = stats(d);
  const names = columns.map((s) => s.slice(s.lastIndexOf(' AS ') + 4)).join(', ');
  try {
    return [
      ...differences('article', await all(`SELECT article_id AS id, ${names} FROM article_stats`), await all(`SELECT article_id AS id, ${columns.join(', ')} FROM comments GROUP BY article_id`), 'id'),
      ...differences('commenter', await all(`SELECT commenter_id AS id, ${names} FROM commenter_stats`), await all(`SELECT commenter_id AS id, ${columns.join(', ')} FROM comments GROUP BY commenter_id`), 'id'),
      ...differences(
        'article hour',
        await all(`SELECT ${owner('article_id', 'hour')} AS k, comments, tone_sum, flagged FROM article_hourly`),
        await all(`SELECT ${owner('article_id', d.hour)} AS k, count(*) AS comments, sum(tone) AS tone_sum, sum(${d.flag('flagged')}) AS flagged FROM comments GROUP BY k`),
        'k',
      ),
      ...differences(
        'commenter day',
        await all(`SELECT ${owner('commenter_id', 'day')} AS k, comments, tone_sum, flagged FROM commenter_daily`),
        await all(`SELECT ${owner('commenter_id', d.day)} AS k, count(*) AS comments, sum(tone) AS tone_sum, sum(${d.flag('flagged')}) AS flagged FROM comments GROUP BY k`),
        'k',
      ),
      ...differences(
        'status hour',
        await all(`SELECT hour${kind === 'sqlite' ? '' : '::text'} AS hour, approved, rejected, escalated FROM status_hourly`),
        await all(
          `SELECT ${d.hour} AS hour, ${d.count("status = 'approved'")} AS approved, ${d.count("status = 'rejected'")} AS rejected,
             ${d.count("status = 'escalated'")} AS escalated
           FROM comments GROUP BY 1 HAVING ${d.count("status <> 'pending'")} > 0`,
        ),
        'hour',
      ),
    ];
  } finally {
    (db as Database.Database | null)?.close();
  }
}
