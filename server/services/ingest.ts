/**
 * The one ingestion path: the HTTP API, the importer and the demo stream all
 * come through here. Comments are scored with the current rules outside the
 * database transaction (scoring is CPU, the transaction should be short),
 * then stored together in one transaction.
 */
import type { CommentInput } from '../../shared/schemas.js';
import type { CommentScore } from '../../shared/types.js';
import { scoreComment } from '../../shared/scoring/index.js';
import type { IngestOutcome, Store } from '../store/store.js';

export interface IngestDeps {
  store: Store;
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

export interface IngestResult extends IngestOutcome {
  score: CommentScore;
}

export async function ingestComments(deps: IngestDeps, source: string, comments: readonly CommentInput[]): Promise<IngestResult[]> {
  const rules = await deps.store.currentRules();
  const receivedAt = (deps.now?.() ?? new Date()).toISOString();
  const scored = comments.map((input) => ({ input, score: scoreComment(input.text, { rules }), rulesVersion: rules.version, receivedAt }));
  const outcomes = await deps.store.ingest(source, scored);
  return outcomes.map((o, i) => ({ ...o, score: scored[i]!.score }));
}
