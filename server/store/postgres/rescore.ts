/**
 * Re-scoring stored comments with new rules, in PostgreSQL: reading them in
 * id order, and writing a batch of new scores with the aggregates moved by
 * the difference, in one write transaction — so the aggregates equal a
 * recount at every commit, even with ingestion and decisions going on in
 * between. The counters kept by triggers (003, 004) follow the UPDATE by
 * themselves, and the full-text vector follows a changed language.
 */
import { isDeepStrictEqual } from 'node:util';
import type pg from 'pg';
import type { RescoreItem, RescoreState, StoredFlag, StoredText } from '../insights.js';
import { RescoreDelta, SCORE_COUNTERS, toStoredFlag, type FlagRow, type RescoredRow } from '../rescoreDelta.js';
import { SCORE_FIELDS, type ScoreColumns } from '../rowMapping.js';
import { row, rows, writeTransaction, type Db } from './db.js';
import { SCORE_COLUMN_TYPES, scoreColumns } from './rows.js';

const counterType = (c: string) => (c === 'tone_sum' ? 'double precision' : 'integer');

type OldRow = ScoreColumns<'postgres'> & RescoredRow & { id: number; rules_version: number };

const SCORE_RECORD = SCORE_FIELDS.map((f) => `${f} ${SCORE_COLUMN_TYPES[f]}`).join(', ');
const moveCounters = (table: string, idColumn: string) =>
  `UPDATE ${table} s SET ${SCORE_COUNTERS.map((c) => `${c} = s.${c} + v.${c}`).join(', ')}
   FROM json_to_recordset($1::json) AS v(id bigint, ${SCORE_COUNTERS.map((c) => `${c} ${counterType(c)}`).join(', ')})
   WHERE s.${idColumn} = v.id`;
const moveBuckets = (table: string, idColumn: string, bucketColumn: string) =>
  `UPDATE ${table} t SET tone_sum = t.tone_sum + v.tone_sum, flagged = t.flagged + v.flagged
   FROM json_to_recordset($1::json) AS v(id bigint, bucket timestamptz, tone_sum double precision, flagged integer)
   WHERE t.${idColumn} = v.id AND t.${bucketColumn} = v.bucket`;

const SQL = {
  old: `SELECT id, article_id, commenter_id, coalesce(posted_at, received_at) AS at, rules_version, ${SCORE_FIELDS.join(', ')} FROM comments WHERE id = ANY($1::bigint[])`,
  version: 'UPDATE comments SET rules_version = $1 WHERE id = ANY($2::bigint[])',
  update: `UPDATE comments c SET ${SCORE_FIELDS.map((f) => `${f} = v.${f}`).join(', ')}, rules_version = $2
    FROM json_to_recordset($1::json) AS v(id bigint, ${SCORE_RECORD}) WHERE c.id = v.id`,
  article: moveCounters('article_stats', 'article_id'),
  commenter: moveCounters('commenter_stats', 'commenter_id'),
  hour: moveBuckets('article_hourly', 'article_id', 'hour'),
  day: moveBuckets('commenter_daily', 'commenter_id', 'day'),
};

const asRecords = (map: Map<string, Record<string, number>>, bucketed: boolean) =>
  JSON.stringify(
    [...map].map(([key, d]) => {
      const [id, bucket] = key.split(' ');
      return { id: Number(id), ...(bucketed ? { bucket } : {}), ...d };
    }),
  );

async function apply(db: Db, version: number, items: readonly RescoreItem[]): Promise<number> {
  // Read inside the transaction, after the writers' lock: the difference is taken from what is stored now.
  const old = new Map((await rows<OldRow>(db, SQL.old, [items.map((i) => i.id)])).map((r) => [r.id, r]));
  const delta = new RescoreDelta();
  const unchanged: number[] = [];
  const changed: (ScoreColumns<'postgres'> & { id: number })[] = [];
  for (const { id, score } of items) {
    const before = old.get(id);
    // Scored since with newer rules (a newer re-score, or ingestion after a newer save): left as it is.
    if (!before || before.rules_version > version) continue;
    const next = scoreColumns(score);
    // JSON columns compare as values, whatever the order of their keys.
    if (SCORE_FIELDS.every((f) => isDeepStrictEqual(JSON.parse(JSON.stringify(next[f])), before[f]))) {
      unchanged.push(id);
      continue;
    }
    changed.push({ id, ...next });
    delta.move(before, next);
  }
  if (unchanged.length) await db.query(SQL.version, [version, unchanged]);
  if (changed.length) {
    await db.query(SQL.update, [JSON.stringify(changed), version]);
    await db.query(SQL.article, [asRecords(delta.articles, false)]);
    await db.query(SQL.commenter, [asRecords(delta.commenters, false)]);
    await db.query(SQL.hour, [asRecords(delta.hours, true)]);
    await db.query(SQL.day, [asRecords(delta.days, true)]);
  }
  return changed.length;
}

export interface RescoreTables {
  page(afterId: number, limit: number): Promise<StoredText[]>;
  apply(version: number, items: readonly RescoreItem[]): Promise<number>;
  latest(limit: number): Promise<StoredFlag[]>;
  state(): Promise<RescoreState | null>;
  saveState(state: RescoreState): Promise<void>;
}

export function prepareRescore(pool: pg.Pool): RescoreTables {
  return {
    page: (afterId, limit) => rows<StoredText>(pool, 'SELECT id, text, rules_version AS "rulesVersion" FROM comments WHERE id > $1 ORDER BY id LIMIT $2', [afterId, limit]),
    apply: (version, items) => writeTransaction(pool, (db) => apply(db, version, items)),
    latest: async (limit) =>
(await rows<FlagRow>(pool, 'SELECT id, text, flagged, reasons FROM comments ORDER BY id DESC LIMIT $1', [limit])).map(toStoredFlag),
    state: () => row<RescoreState>(pool, 'SELECT version, after_id AS "afterId", done, finished FROM rescore_state WHERE id = 1'),
    async saveState(state) {
      await pool.query(
        `INSERT INTO rescore_state (id, version, after_id, done, finished) VALUES (1, $1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, after_id = excluded.after_id, done = excluded.done, finished = excluded.finished
      WHERE rescore_state.version <= excluded.version`,
        [state.version, state.afterId, state.done, state.finished],
      );
    },
  };
}
