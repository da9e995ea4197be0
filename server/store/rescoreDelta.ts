/**
 * What a re-score moves in the aggregates, independent of the database: the
 * difference between what a comment's old score counted and what its new one
 * counts, summed per article, commenter, hour and day. The SQL that applies
 * the sums lives with each store.
 */
import { FLAG_REASONS } from '../../shared/types.js';
import { dayOf, hourOf, STATS_COUNTERS, toneBucket } from './aggregates.js';
import type { StoredFlag } from './insights.js';
import { flag, json, type ScoreColumns } from './rowMapping.js';

/** The aggregate counters a score moves (the count of comments and the statuses stay). */
export const SCORE_COUNTERS = STATS_COUNTERS.filter((c) => c !== 'comments' && !c.startsWith('status_'));

type CountedColumns = Pick<ScoreColumns, 'tone' | 'flagged' | 'reasons' | 'shouting_flag' | 'insult_flag'>;

/** What one score adds to the counters, as the ingest path counts it (aggregates.ts). */
function counters(s: CountedColumns): Record<string, number> {
  const c: Record<string, number> = Object.fromEntries(SCORE_COUNTERS.map((k) => [k, 0]));
  c.flagged = flag(s.flagged) ? 1 : 0;
  c.tone_sum = s.tone;
  c[`tone_h${toneBucket(s.tone)}`] = 1;
  for (const r of json<readonly string[]>(s.reasons)) if ((FLAG_REASONS as readonly string[]).includes(r)) c[`reason_${r}`]! += 1;
  c.shouting = flag(s.shouting_flag) ? 1 : 0;
  c.insults = flag(s.insult_flag) ? 1 : 0;
  return c;
}

function addInto(map: Map<string, Record<string, number>>, key: string, delta: Record<string, number>): void {
  const sum = map.get(key);
  if (!sum) return void map.set(key, { ...delta });
  for (const k in delta) sum[k] = (sum[k] ?? 0) + delta[k]!;
}

/** A comment's current flags, as a backtest compares with them. */
export type FlagRow = Pick<ScoreColumns, 'flagged' | 'reasons'> & { id: number; text: string };
export const toStoredFlag = (r: FlagRow): StoredFlag => ({ id: r.id, text: r.text, flagged: flag(r.flagged), reasons: json(r.reasons) });

/** A stored comment as a re-score reads it: its owners, its time (posted, else received) and its score. */
export type RescoredRow = CountedColumns & { article_id: number; commenter_id: number; at: string };

/** Keyed by id (articles, commenters), or by `${id} ${bucket}` (hours, days); each sum has the counters it moves. */
export class RescoreDelta {
  readonly articles = new Map<string, Record<string, number>>();
  readonly commenters = new Map<string, Record<string, number>>();
  readonly hours = new Map<string, Record<string, number>>();
  readonly days = new Map<string, Record<string, number>>();

  move(old: RescoredRow, next: CountedColumns): void {
    const was = counters(old);
    const now = counters(next);
    const delta = Object.fromEntries(SCORE_COUNTERS.map((c) => [c, now[c]! - was[c]!]));
    addInto(this.articles, String(old.article_id), delta);
    addInto(this.commenters, String(old.commenter_id), delta);
    const bucket = { tone_sum: delta.tone_sum!, flagged: delta.flagged! };
    addInto(this.hours, `${old.article_id} ${hourOf(old.at)}`, bucket);
    addInto(this.days, `${old.commenter_id} ${dayOf(old.at)}`, bucket);
  }
}
