/**
 * Scoring is CPU-bound and the database work is not: spreading the scoring
 * of a big batch over worker threads lets the main thread store one batch
 * while the next is being scored. Used where throughput matters (large
 * imports, batch ingestion); a single comment is scored in place.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { CommentScore } from '../../shared/types.js';
import type { Rules } from '../../shared/scoring/rules.js';
import type { ScoreJob } from './scoreWorker.js';
import { scoreComment } from '../../shared/scoring/index.js';

export type Scorer = (texts: readonly string[], rules: Rules) => Promise<CommentScore[]>;

interface Slot {
  worker: Worker;
  rules?: Rules;
  busy: number;
}

/** Below this many texts, posting to a worker costs more than it saves. */
const MIN_PARALLEL = 64;

export interface ScorePool {
  score: Scorer;
  close(): Promise<void>;
}

export function createScorePool(size = Math.max(1, availableParallelism() - 1)): ScorePool {
  const slots: Slot[] = Array.from({ length: size }, () => ({
    worker: new Worker(new URL('./scoreWorkerEntry.mjs', import.meta.url)),
    busy: 0,
  }));
  let nextId = 0;
  const pending = new Map<number, { resolve: (s: CommentScore[]) => void; reject: (e: Error) => void; slot: Slot }>();
  for (const slot of slots) {
    slot.worker.on('message', (msg: { id: number; scores: CommentScore[] }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      p.slot.busy--;
      p.resolve(msg.scores);
    });
    slot.worker.on('error', (err) => {
      for (const [id, p] of pending) if (p.slot === slot) (pending.delete(id), p.reject(err));
    });
  }

  const run = (slot: Slot, texts: string[], rules: Rules) =>
    new Promise<CommentScore[]>((resolve, reject) => {
      const id = nextId++;
      const job: ScoreJob = { id, texts, ...(slot.rules === rules ? {} : { rules }) };
      slot.rules = rules;
      slot.busy++;
      pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage(job);
    });

  return {
    async score(texts, rules) {
      if (texts.length < MIN_PARALLEL) return texts.map((t) => scoreComment(t, { rules }));
      const chunk = Math.ceil(texts.length / slots.length);
      const parts = slots.map((slot, i) => run(slot, texts.slice(i * chunk, (i + 1) * chunk), rules));
      return (await Promise.all(parts)).flat();
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
