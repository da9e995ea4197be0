/**
 * Re-scoring every stored comment after the rules change, in the background:
 * batches of 1,000 read in id order, scored on the worker pool when there is
 * one (else here, yielding to the event loop between batches), and written
 * with their aggregates in one transaction per batch. Progress goes out on
 * the bus as `rules:progress`.
 *
 * One re-score at a time: a newer save supersedes the running one, which
 * stops after its current batch (no more events for it) before the newer
 * starts from the first comment — comments it already moved are re-scored
 * again, with the newer rules.
 *
 * Comments arriving meanwhile are scored at ingestion with the new rules
 * (the store hands out the saved rules at once) and are skipped here; one
 * scored just before the save and stored just after still has the old
 * version, and is caught because the walk goes on to the last id.
 *
 * Where the walk stands is saved after each batch: `resume()` at start-up
 * carries on a re-score that a stop or crash cut short. Walking a batch
 * twice is harmless — comments already at the version are skipped.
 */
import type { Logger } from 'pino';
import { DEFAULT_RULES, scoreComment } from '../../shared/scoring/index.js';
import type { Rules } from '../../shared/scoring/rules.js';
import type { Store } from '../store/store.js';
import type { Bus } from './bus.js';
import type { Scorer } from './scorePool.js';

export const RESCORE_BATCH = 1_000;

export interface RescoreDeps {
  store: Store;
  bus?: Bus;
  scorer?: Scorer;
  log?: Logger;
  batchSize?: number;
}

export interface RescoreProgress {
  version: number;
  done: number;
  total: number;
  finished: boolean;
}

export interface Rescorer {
  /** Starts re-scoring with these (saved) rules, superseding any re-score running; resolves when this one has ended. */
  start(rules: Rules): Promise<void>;
  /** Carries on the re-score to the current rules if the last one did not finish (start-up); resolves when it has ended. */
  resume(): Promise<void>;
  /** The running re-score's progress, or null when none runs. */
  progress(): RescoreProgress | null;
  /** Stops the running re-score after its current batch (shutdown). */
  stop(): Promise<void>;
}

interface Job {
  rules: Rules;
  cancelled: boolean;
  progress: RescoreProgress;
  /** The last id done: 0 for a new re-score, further for a resumed one. */
  afterId: number;
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createRescorer(deps: RescoreDeps): Rescorer {
  const batchSize = deps.batchSize ?? RESCORE_BATCH;
  let current: Job | null = null;
  let running: Promise<void> = Promise.resolve();

  const score = async (texts: string[], rules: Rules) => {
    if (deps.scorer) return deps.scorer(texts, rules);
    // In this thread, a batch is ~100 ms of CPU: scored in slices so requests get answered in between.
    const scores = [];
    for (let i = 0; i < texts.length; i += 100) {
      scores.push(...texts.slice(i, i + 100).map((text) => scoreComment(text, { rules })));
      await nextTick();
    }
    return scores;
  };

  async function run(job: Job): Promise<void> {
    if (job.cancelled) return;
    const { version } = job.rules;
    const p = job.progress;
    let afterId = job.afterId;
    p.total = Math.max(p.done, (await deps.store.counts()).comments);
    await deps.store.saveRescoreState({ version, afterId, done: p.done, finished: false });
    deps.bus?.emit('rules:progress', { ...p });
    for (;;) {
      const page = await deps.store.rescorePage(afterId, batchSize);
      if (page.length === 0 || job.cancelled) break;
      afterId = page.at(-1)!.id;
      const stale = page.filter((c) => c.rulesVersion !== version);
      if (stale.length) {
        const scores = await score(stale.map((c) => c.text), job.rules);
        if (job.cancelled) break;
        await deps.store.applyRescore(version, stale.map((c, i) => ({ id: c.id, score: scores[i]! })));
      }
      p.done += page.length;
      // Comments stored since the start are walked too.
      p.total = Math.max(p.total, p.done);
      await deps.store.saveRescoreState({ version, afterId, done: p.done, finished: false });
      deps.bus?.emit('rules:progress', { ...p });
      await nextTick();
    }
    if (job.cancelled) return;
    p.total = p.done;
    p.finished = true;
    await deps.store.saveRescoreState({ version, afterId, done: p.done, finished: true });
    deps.bus?.emit('rules:progress', { ...p });
    deps.log?.info({ version, comments: p.done }, 're-score finished');
  }

  function enqueue(job: Job): Promise<void> {
    if (current) current.cancelled = true;
    current = job;
    running = running
      .then(() => run(job))
      .catch((err: unknown) => {
        // The store closing under a re-score (shutdown) ends it; anything else is worth a line in the log.
        deps.log?.error({ err, version: job.rules.version }, 're-score failed');
      })
      .finally(() => {
        if (current === job) current = null;
      });
    return running;
  }

  return {
    start: (rules) => enqueue({ rules, cancelled: false, afterId: 0, progress: { version: rules.version, done: 0, total: 0, finished: false } }),
    async resume() {
      let state, rules;
      try {
        [state, rules] = await Promise.all([deps.store.rescoreState(), deps.store.currentRules()]);
      } catch (err) {
        deps.log?.error({ err }, 'could not read where the last re-score stands');
        return;
      }
      if (current) return;
      // Carried on where it stopped when it was for these rules; walked anew when rules were saved
      // after it (a stop between the save and the first batch), or saved before re-scores existed.
      const unfinished = state ? !state.finished || state.version !== rules.version : rules.version !== DEFAULT_RULES.version;
      if (!unfinished) return;
      const carryOn = state?.version === rules.version;
      return enqueue({
        rules,
        cancelled: false,
        afterId: carryOn ? state!.afterId : 0,
        progress: { version: rules.version, done: carryOn ? state!.done : 0, total: 0, finished: false },
      });
    },
    progress: () => (current && !current.cancelled ? { ...current.progress } : null),
    async stop() {
      if (current) current.cancelled = true;
      await running;
    },
  };
}
