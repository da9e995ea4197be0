/** A worker thread that scores batches of texts; see scorePool.ts. */
import { parentPort } from 'node:worker_threads';
import { scoreComment } from '../../shared/scoring/index.js';
import type { Rules } from '../../shared/scoring/rules.js';

export interface ScoreJob {
  id: number;
  texts: string[];
  /** Sent only when the rules changed since the last job: the engine caches its lexicon per Rules object. */
  rules?: Rules;
}

let rules: Rules | undefined;

parentPort!.on('message', (job: ScoreJob) => {
  if (job.rules) rules = job.rules;
  const scores = job.texts.map((text) => scoreComment(text, { rules }));
  parentPort!.postMessage({ id: job.id, scores });
});
