/**
 * What a window's new comments add to each article's and commenter's stats,
 * summed from the scores ingestion already has — the same counters the
 * aggregates tables add (server/store/aggregates.ts), so a page that loaded
 * `GET /api/articles/:id/stats` and adds the deltas stays equal to a reload.
 */
import type { StatsDelta } from '../../shared/events.js';
import type { IngestResult } from '../services/ingest.js';

export interface WindowDeltas {
  articles: Map<number, StatsDelta>;
  commenters: Map<number, StatsDelta>;
}

/** A stored comment's place and scores: an ingestion result, or a comment read back (cluster mode). */
export type ScoredComment = Pick<IngestResult, 'articleId' | 'commenterId' | 'score'>;

function add(map: Map<number, StatsDelta>, id: number, result: ScoredComment): void {
  let delta = map.get(id);
  if (!delta) {
    delta = { id, comments: 0, flagged: 0, toneSum: 0, reasons: {} };
    map.set(id, delta);
  }
  delta.comments += 1;
  if (result.score.flagged) delta.flagged += 1;
  delta.toneSum += result.score.tone.score;
  for (const reason of result.score.reasons) delta.reasons[reason] = (delta.reasons[reason] ?? 0) + 1;
}

/** Deltas for the articles and commenters `wanted` keeps (those with a room someone is in). */
export function sumStatsDeltas(
  results: readonly ScoredComment[],
  wanted: { article(id: number): boolean; commenter(id: number): boolean },
): WindowDeltas {
  const deltas: WindowDeltas = { articles: new Map(), commenters: new Map() };
  for (const r of results) {
    if (wanted.article(r.articleId)) add(deltas.articles, r.articleId, r);
    if (wanted.commenter(r.commenterId)) add(deltas.commenters, r.commenterId, r);
  }
  return deltas;
}
