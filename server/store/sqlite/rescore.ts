/**
 * Re-scoring stored comments with new rules, in SQLite: reading them in id
 * order, and writing a batch of new scores with the aggregates moved by the
 * difference, in one transaction — so the aggregates equal a recount at
 * every commit, even with ingestion and decisions going on in between.
 * activity counters kept by triggers (003, 004) follow the UPDATE by themselves.
 */
import type { Database } from 'better-sqlite3';
import { FLAG_REASONS, type FlagReason } from '../../../shared/types.js';
import { dayOf, hourOf, STATS_COUNTERS, toneBucket } from '../aggregates.js';
import type { RescoreItem, RescoreState, StoredFlag, StoredText } from '../insights.js';
import { scoreColumns, type ScoreColumns } from './rows.js';

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

/** The aggregate counters a score moves (the count of comments and the statuses stay). */
const SCORE_COUNTERS = STATS_COUNTERS.filter((c) => c !== 'comments' && !c.startsWith('status_'));
/** Every score column, checked complete by the compiler: a column added to ScoreColumns must be added here. */
const SCORE_COLUMNS: Record<keyof ScoreColumns, true> = {
  lang: true, lang_confidence: true, tone: true, tone_label: true, shouting: true, shouting_flag: true, insult: true, insult_flag: true,
  insult_severity: true, insult_target: true, toxicity: true, toxicity_flag: true, profanity: true, threat: true, identity_attack: true,
  links: true, flagged: true, reasons: true, evidence: true, breakdown: true, fingerprint: true,
};
const SCORE_FIELDS = Object.keys(SCORE_COLUMNS) as (keyof ScoreColumns)[];

type OldRow = ScoreColumns & { article_id: number; commenter_id: number; at: string; rules_version: number };

/** What one score adds to the counters, as the ingest path counts it (aggregates.ts). */
function counters(tone: number, flagged: number, reasons: readonly string[], shouting: number, insult: number): Record<string, number> {
  const c: Record<string, number> = Object.fromEntries(SCORE_COUNTERS.map((k) => [k, 0]));
  c.flagged = flagged;
  c.tone_sum = tone;
  c[`tone_h${toneBucket(tone)}`] = 1;
  for (const r of reasons) if ((FLAG_REASONS as readonly string[]).includes(r)) c[`reason_${r}`]! += 1;
  c.shouting = shouting;
  c.insults = insult;
  return c;
}

function addInto(map: Map<string, Record<string, number>>, key: string, delta: Record<string, number>): void {
  const sum = map.get(key);
  if (!sum) return void map.set(key, { ...delta });
  for (const k in delta) sum[k] = (sum[k] ?? 0) + delta[k]!;
}

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
      ON CONFLICT (id) DO UPDATE SET version = excluded.version, after_id = excluded.after_id, done = excluded.done, finished = excluded.finished`),
  };

  const apply = db.transaction((version: number, items: readonly RescoreItem[]): number => {
    const articles = new Map<string, Record<string, number>>();
    const commenters = new Map<string, Record<string, number>>();
    const hours = new Map<string, Record<string, number>>();
    const days = new Map<string, Record<string, number>>();
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
      const before = counters(old.tone, old.flagged, JSON.parse(old.reasons) as string[], old.shouting_flag, old.insult_flag);
      const after = counters(next.tone, next.flagged, score.reasons, next.shouting_flag, next.insult_flag);
      const delta = Object.fromEntries(SCORE_COUNTERS.map((c) => [c, after[c]! - before[c]!]));
      addInto(articles, String(old.article_id), delta);
      addInto(commenters, String(old.commenter_id), delta);
      const bucket = { tone_sum: delta.tone_sum!, flagged: delta.flagged! };
      addInto(hours, `${old.article_id} ${hourOf(old.at)}`, bucket);
      addInto(days, `${old.commenter_id} ${dayOf(old.at)}`, bucket);
    }
    for (const [id, d] of articles) q.article.run({ id: Number(id), ...d });
    for (const [id, d] of commenters) q.commenter.run({ id: Number(id), ...d });
    for (const [key, d] of hours) {
      const [id, bucket] = key.split(' ');
      q.hour.run({ id: Number(id), bucket, ...d });
    }
    for (const [key, d] of days) {
      const [id, bucket] = key.split(' ');
      q.day.run({ id: Number(id), bucket, ...d });
    }
    return changed;
  });

  return {
    page: (afterId, limit) => q.page.all(afterId, limit) as StoredText[],
    apply: (version, items) => apply.immediate(version, items),
    latest: (limit) =>
      (q.latest.all(limit) as { id: number; text: string; flagged: number; reasons: string }[]).map((r) => ({
        id: r.id,
        text: r.text,
        flagged: r.flagged === 1,
        reasons: JSON.parse(r.reasons) as FlagReason[],
      })),
    state() {
      const row = q.state.get() as (Omit<RescoreState, 'finished'> & { finished: number }) | undefined;
      return row ? { ...row, finished: row.finished === 1 } : null;
    },
    saveState: (state) => void q.saveState.run({ ...state, finished: state.finished ? 1 : 0 }),
  };
}
