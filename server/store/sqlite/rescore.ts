/**
 * Re-scoring stored comments with new rules, in SQLite: reading them in id
 * order, and writing a batch of new scores with the aggregates moved by the
 * difference, in one transaction — so the aggregates equal a recount at
 * every commit, even with ingestion and decisions going on in between.
 * activity counters kept by triggers (003, 004) follow the UPDATE by themselves.
 */
import type { Database } from 'better-sqlite3';
import type { RescoreItem, RescoreState, StoredFlag, StoredText } from '../insights.js';
import { RescoreDelta, SCORE_COUNTERS, toStoredFlag, type FlagRow, type RescoredRow } from '../rescoreDelta.js';
import { SCORE_FIELDS, type ScoreColumns } from '../rowMapping.js';
import { scoreColumns } from './rows.js';

export interface RescoreTables {
  /** Up to `limit` comments with an id above `afterId`, in id order. */
  page(afterId: number, limit: number): StoredText[];
  /** Stores new scores made with rules `version`; returns how many comments' scores changed. */
  apply(version: number, items: readonly RescoreItem[]): number;
  /** The latest `limit` comments with their current flags, newest first. */
  latest(limit: number): StoredFlag[];
  state(): RescoreState | null;
  saveState(state: RescoreState): void;
}

type OldRow = ScoreColumns<'sqlite'> & RescoredRow & { rules_version: number };

export function prepareRescore(db: Database): RescoreTables {
  const q = {
    page: db.prepare('SELECT id, text, rules_version AS rulesVersion FROM comments WHERE id > ? ORDER BY id LIMIT ?'),
    old: db.prepare(`SELECT article_id, commenter_id, coalesce(posted_at, received_at) AS at, rules_version, ${SCORE_FIELDS.join(', ')} FROM comments WHERE id = ?`),
    version: db.prepare('UPDATE comments SET rules_version = ? WHERE id = ?'),
    update: db.prepare(`UPDATE comments SET ${SCORE_FIELDS.map((f) => `${f} = @${f}`).join(', ')}, rules_version = @rules_version WHERE id = @id`),
    article: db.prepare(`UPDATE article_stats SET ${SCORE_COUNTERS.map((c) => `${c} = ${c} + @${c}`).join(', ')} WHERE article_id = @id`),
    commenter: db.prepare(`UPDATE commenter_stats SET ${SCORE_COUNTERS.map((c) => `${c} = ${c} + @${c}`).join(', ')} WHERE commenter_id = @id`),
    hour: db.prepare('UPDATE article_hourly SET tone_sum = tone_sum + @tone_sum, flagged = flagged + @flagged WHERE article_id = @id AND hour = @bucket'),
    day: db.prepare('UPDATE commenter_daily SET tone_sum = tone_sum + @tone_sum, flagged = flagged + @flagged WHERE commenter_id = @id AND day = @bucket'),
    latest: db.prepare('SELECT id, text, flagged, reasons FROM comments ORDER BY id DESC LIMIT ?'),
    state: db.prepare('SELECT version, after_id AS afterId, done, finished FROM rescore_state WHERE id = 1'),
    saveState: db.prepare(`INSERT INTO rescore_state (id, version, after_id, done, finished) VALUES (1, @version, @afterId, @done, @finished)
      ON CONFLICT (id) DO UPDATE SET version = excluded.version, after_id = excluded.after_id, done = excluded.done, finished = excluded.finished
      WHERE rescore_state.version <= excluded.version`),
  };

  const apply = db.transaction((version: number, items: readonly RescoreItem[]): number => {
    const delta = new RescoreDelta();
    let changed = 0;
    for (const { id, score } of items) {
      // Read inside the transaction: the difference is taken from what is stored now.
      const old = q.old.get(id) as OldRow | undefined;
      // Scored since with newer rules (a newer re-score, or ingestion after a newer save): left as it is.
      if (!old || old.rules_version > version) continue;
      const next = scoreColumns(score);
      if (SCORE_FIELDS.every((f) => next[f] === old[f])) {
        q.version.run(version, id);
        continue;
      }
      changed++;
      q.update.run({ ...next, rules_version: version, id });
      delta.move(old, next);
    }
    for (const [id, d] of delta.articles) q.article.run({ id: Number(id), ...d });
    for (const [id, d] of delta.commenters) q.commenter.run({ id: Number(id), ...d });
    for (const [key, d] of delta.hours) {
      const [id, bucket] = key.split(' ');
      q.hour.run({ id: Number(id), bucket, ...d });
    }
    for (const [key, d] of delta.days) {
      const [id, bucket] = key.split(' ');
      q.day.run({ id: Number(id), bucket, ...d });
    }
    return changed;
  });

  return {
    page: (afterId, limit) => q.page.all(afterId, limit) as StoredText[],
    apply: (version, items) => apply.immediate(version, items),
    latest: (limit) =>
(q.latest.all(limit) as FlagRow[]).map(toStoredFlag),
    state() {
      const row = q.state.get() as (Omit<RescoreState, 'finished'> & { finished: number }) | undefined;
      return row ? { ...row, finished: row.finished === 1 } : null;
    },
    saveState: (state) => void q.saveState.run({ ...state, finished: state.finished ? 1 : 0 }),
  };
}
