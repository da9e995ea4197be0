/**
 * What candidate rules would change before they are saved: the latest stored
 * comments scored again with them, and compared with the flags they carry.
 *
 * The scan is capped at the latest BACKTEST_SCAN comments so that the answer
 * comes in a few seconds on any database (scoring runs at ~10,000 comments/s
 * per core): on a larger one it is a sample — the most recent, the comments
 * the new rules will meet first — and the answer says how many were scanned
 * out of how many stored.
 */
import { BACKTEST_EXAMPLES, type BacktestExample, type BacktestResult } from '../../shared/insights.js';
import { scoreComment } from '../../shared/scoring/index.js';
import type { Rules } from '../../shared/scoring/rules.js';
import type { CommentScore } from '../../shared/types.js';
import type { Store } from '../store/store.js';
import type { Scorer } from './scorePool.js';

export const BACKTEST_SCAN = 20_000;
const EXCERPT = 200;

export interface BacktestDeps {
  store: Store;
  scorer?: Scorer;
  /** Comments scanned at most; BACKTEST_SCAN when unset. */
  scan?: number;
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function scoreAll(texts: string[], rules: Rules, scorer?: Scorer): Promise<CommentScore[]> {
  if (scorer) return scorer(texts, rules);
  // In this thread: slices, so that other requests are answered in between.
  const scores: CommentScore[] = [];
  for (let i = 0; i < texts.length; i += 200) {
    for (const text of texts.slice(i, i + 200)) scores.push(scoreComment(text, { rules }));
    await nextTick();
  }
  return scores;
}

const sameReasons = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r) => b.includes(r));

export async function backtestRules(deps: BacktestDeps, rules: Rules): Promise<BacktestResult> {
  const started = performance.now();
  const [comments, { comments: total }] = await Promise.all([deps.store.latestFlags(deps.scan ?? BACKTEST_SCAN), deps.store.counts()]);
  const scores = await scoreAll(comments.map((c) => c.text), rules, deps.scorer);
  const result: BacktestResult = {
    scanned: comments.length,
    total,
    newlyFlagged: { count: 0, examples: [] },
    unflagged: { count: 0, examples: [] },
    reasonsChanged: 0,
    ms: 0,
  };
  comments.forEach((c, i) => {
    const next = scores[i]!;
    if (c.flagged === next.flagged) {
      if (c.flagged && !sameReasons(c.reasons, next.reasons)) result.reasonsChanged++;
      return;
    }
    const bucket = next.flagged ? result.newlyFlagged : result.unflagged;
    bucket.count++;
    if (bucket.examples.length < BACKTEST_EXAMPLES) {
      const example: BacktestExample = { id: c.id, excerpt: c.text.slice(0, EXCERPT), oldReasons: c.reasons, newReasons: next.reasons };
      bucket.examples.push(example);
    }
  });
  result.ms = Math.round(performance.now() - started);
  return result;
}
