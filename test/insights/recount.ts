/**
 * The aggregates recomputed the slow way, by GROUP BY over every comment row,
 * and compared with what the store maintains: the spec every writer
 * (ingestion, decisions, re-scoring) must keep.
 */
import Database from 'better-sqlite3';
import { FLAG_REASONS, MODERATION_STATUSES } from '../../shared/types.js';

const BUCKET = 'min(9, max(0, CAST(floor(tone * 5) AS INTEGER) + 5))';
const STATS = [
  'count(*) AS comments',
  'sum(flagged) AS flagged',
  'sum(tone) AS tone_sum',
  ...Array.from({ length: 10 }, (_, i) => `sum(${BUCKET} = ${i}) AS tone_h${i}`),
  ...FLAG_REASONS.map((r) => `sum(EXISTS (SELECT 1 FROM json_each(reasons) WHERE value = '${r}')) AS reason_${r}`),
  'sum(shouting_flag) AS shouting',
  'sum(insult_flag) AS insults',
  ...MODERATION_STATUSES.map((s) => `sum(status = '${s}') AS status_${s}`),
];
const HOUR = "substr(coalesce(posted_at, received_at), 1, 13) || ':00:00.000Z'";
const DAY = "substr(coalesce(posted_at, received_at), 1, 10) || 'T00:00:00.000Z'";

type Row = Record<string, number | string | null>;

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

/** Every difference between the stored aggregates and a recount; [] when they agree. */
export function recountDifferences(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).all() as Row[];
    const cols = (table: string) => STATS.map((s) => s.slice(s.lastIndexOf(' AS ') + 4)).join(', ') + ` FROM ${table}`;
    return [
      ...differences('article', all(`SELECT article_id AS id, ${cols('article_stats')}`), all(`SELECT article_id AS id, ${STATS.join(', ')} FROM comments GROUP BY article_id`), 'id'),
      ...differences('commenter', all(`SELECT commenter_id AS id, ${cols('commenter_stats')}`), all(`SELECT commenter_id AS id, ${STATS.join(', ')} FROM comments GROUP BY commenter_id`), 'id'),
      ...differences(
        'article hour',
        all("SELECT article_id || ' ' || hour AS k, comments, tone_sum, flagged FROM article_hourly"),
        all(`SELECT article_id || ' ' || ${HOUR} AS k, count(*) AS comments, sum(tone) AS tone_sum, sum(flagged) AS flagged FROM comments GROUP BY k`),
        'k',
      ),
      ...differences(
        'commenter day',
        all("SELECT commenter_id || ' ' || day AS k, comments, tone_sum, flagged FROM commenter_daily"),
        all(`SELECT commenter_id || ' ' || ${DAY} AS k, count(*) AS comments, sum(tone) AS tone_sum, sum(flagged) AS flagged FROM comments GROUP BY k`),
        'k',
      ),
      ...differences(
        'status hour',
        all('SELECT hour, approved, rejected, escalated FROM status_hourly'),
        all(`SELECT ${HOUR} AS hour, sum(status = 'approved') AS approved, sum(status = 'rejected') AS rejected, sum(status = 'escalated') AS escalated FROM comments GROUP BY hour HAVING approved + rejected + escalated > 0`),
        'hour',
      ),
    ];
  } finally {
    db.close();
  }
}
