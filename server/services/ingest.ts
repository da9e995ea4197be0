/**
 * The one ingestion path: the HTTP API, the importer and the demo stream all
 * come through here. Comments are scored with the current rules outside the
 * database transaction (scoring is CPU, the transaction should be short),
 * then stored together in one transaction. The two steps are exposed so a
 * large import can score the next batch while the previous one is stored.
 */
import type { CommentInput } from '../../shared/schemas.js';
import type { CommentScore } from '../../shared/types.js';
import { scoreComment } from '../../shared/scoring/index.js';
import type { IngestOutcome, ScoredInput, Store } from '../store/store.js';
import type { Scorer } from './scorePool.js';
import type { Bus } from './bus.js';

export interface IngestDeps {
  store: Store;
  /** Scores many texts at once (a worker pool); without it, comments are scored in this thread. */
  scorer?: Scorer;
  /** Told about stored comments, for the live dashboard. */
  bus?: Bus;
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

export interface IngestResult extends IngestOutcome {
  score: CommentScore;
}

export async function scoreBatch(deps: IngestDeps, comments: readonly CommentInput[]): Promise<ScoredInput[]> {
  const rules = await deps.store.currentRules();
  const receivedAt = (deps.now?.() ?? new Date()).toISOString();
  const texts = comments.map((c) => c.text);
  const scores = deps.scorer ? await deps.scorer(texts, rules) : texts.map((text) => scoreComment(text, { rules }));
  return comments.map((input, i) => ({ input, score: scores[i]!, rulesVersion: rules.version, receivedAt }));
}

export async function storeScored(deps: IngestDeps, source: string, scored: readonly ScoredInput[]): Promise<IngestResult[]> {
  const outcomes = await deps.store.ingest(source, scored);
  const results = outcomes.map((o, i) => ({ ...o, score: scored[i]!.score }));
  const fresh = results.filter((r) => !r.duplicate);
  if (deps.bus && fresh.length) deps.bus.emit('comments:stored', { source, results: fresh });
  return results;
}

export async function ingestComments(deps: IngestDeps, source: string, comments: readonly CommentInput[]): Promise<IngestResult[]> {
  return storeScored(deps, source, await scoreBatch(deps, comments));
}
