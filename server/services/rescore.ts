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
 *
 * Several instances on one database: one walks at a time, the holder of the
 * `rescore` lease, renewed after each batch. An instance that saves rules
 * while another walks leaves the walk to it: the walker reads the current
 * rules after each batch and starts over with the newer ones. An instance
 * that dies lets its lease run out; `watch()` has every instance look for a
 * re-score left unfinished and carry it on. The store never lets an older
 * version's scores replace a newer one's, so even a walker that lost its
 * lease mid-batch cannot undo a newer walk.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { DEFAULT_RULES, scoreComment } from '../../shared/scoring/index.js';
import type { Rules } from '../../shared/scoring/rules.js';
import type { RescoreState } from '../store/insights.js';
import type { Store } from '../store/store.js';
import type { Bus } from './bus.js';
import type { Scorer } from './scorePool.js';

export const RESCORE_BATCH = 1_000;
const LEASE = 'rescore';
/** How long a walker's claim lasts without a batch renewing it: far above a batch's few hundred milliseconds. */
export const RESCORE_LEASE_MS = 30_000;

export interface RescoreDeps {
  store: Store;
  bus?: Bus;
  scorer?: Scorer;
  log?: Logger;
  batchSize?: number;
  /** Who this instance is, in the lease table (random by default). */
  holder?: string;
  leaseMs?: number;
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
  /** The re-score under way or due — here or on another instance — or null when none is. */
  progress(): Promise<RescoreProgress | null>;
  /** Every `everyMs`, carries on a re-score left unfinished (by an instance that died, or a failed write). */
  watch(everyMs: number): void;
  /** Stops the running re-score after its current batch, and the watch (shutdown). */
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

const sameState = (a: RescoreState | null, b: RescoreState) =>
  a !== null && a.version === b.version && a.afterId === b.afterId && a.done === b.done && a.finished === b.finished;

/** Whether the saved rules still await their re-score, and from where it carries on. */
function due(state: RescoreState | null, rules: Rules): { afterId: number; done: number } | null {
  // Carried on where it stopped when it was for these rules; walked anew when rules were saved
  // after it (a stop between the save and the first batch), or saved before re-scores existed.
  const unfinished = state ? !state.finished || state.version !== rules.version : rules.version !== DEFAULT_RULES.version;
  if (!unfinished) return null;
  return state?.version === rules.version ? { afterId: state.afterId, done: state.done } : { afterId: 0, done: 0 };
}

export function createRescorer(deps: RescoreDeps): Rescorer {
  const batchSize = deps.batchSize ?? RESCORE_BATCH;
  const holder = deps.holder ?? randomUUID();
  const leaseMs = deps.leaseMs ?? RESCORE_LEASE_MS;
  let current: Job | null = null;
  let running: Promise<void> = Promise.resolve();
  let watching: ReturnType<typeof setInterval> | undefined;
  // After stop(): nothing new starts, not even from a resume() that was reading the state meanwhile.
  let stopped = false;
  let resuming: Promise<void> = Promise.resolve();

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

  /** Walks with the job's rules; returns newer rules saved meanwhile (on any instance) that the walk must start over with. */
  async function walk(job: Job): Promise<Rules | null> {
    const { version } = job.rules;
    const p = job.progress;
    let afterId = job.afterId;
    // Rules saved since, on this instance or another (whose save found the lease taken and left the walk to this one).
    const newerRules = async () => {
      const latest = await deps.store.currentRules();
      return latest.version > version ? latest : null;
    };
    p.total = Math.max(p.done, (await deps.store.counts()).comments);
    let saved: RescoreState = { version, afterId, done: p.done, finished: false };
    await deps.store.saveRescoreState(saved);
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
      // Still ours? A walker stalled past its lease (a paused process) finds another holding it — or,
      // if that one has walked on and let go, finds the saved state moved: either way it stops.
      const held = await deps.store.acquireLease(LEASE, holder, leaseMs);
      if (!held || !sameState(await deps.store.rescoreState(), saved)) {
        deps.log?.warn({ version, done: p.done }, 're-score handed over: another instance took the walk over');
        job.cancelled = true;
        return null;
      }
      saved = { version, afterId, done: p.done, finished: false };
      await deps.store.saveRescoreState(saved);
      deps.bus?.emit('rules:progress', { ...p });
      const newer = await newerRules();
      if (newer) return newer;
      await nextTick();
    }
    if (job.cancelled) return null;
    // Saved during the last batch, after its check.
    const newer = await newerRules();
    if (newer) return newer;
    p.total = p.done;
    p.finished = true;
    await deps.store.saveRescoreState({ version, afterId, done: p.done, finished: true });
    deps.bus?.emit('rules:progress', { ...p });
    deps.log?.info({ version, comments: p.done }, 're-score finished');
    return null;
  }

  async function run(job: Job): Promise<void> {
    if (job.cancelled) return;
    if (!(await deps.store.acquireLease(LEASE, holder, leaseMs))) {
      deps.log?.debug({ version: job.rules.version }, 'another instance is re-scoring: it walks on with the newest rules');
      return;
    }
    let newer: Rules | null = null;
    try {
      // The database has the last word: the walk an instance that held the lease before may have
      // finished or moved on (the rules read here lag another instance's save by a second at most).
      const [state, latest] = await Promise.all([deps.store.rescoreState(), deps.store.currentRules()]);
      const rules = latest.version >= job.rules.version ? latest : job.rules;
      const from = due(state, rules);
      if (!from) return;
      job.rules = rules;
      job.afterId = from.afterId;
      job.progress = { version: rules.version, done: from.done, total: 0, finished: false };
      newer = await walk(job);
    } finally {
      await deps.store.releaseLease(LEASE, holder);
    }
    if (newer && !job.cancelled) {
      deps.log?.info({ version: job.rules.version, newer: newer.version }, 're-score superseded by rules saved on another instance');
      void enqueue(newJob(newer, { afterId: 0, done: 0 }));
    }
  }

  function enqueue(job: Job): Promise<void> {
    if (stopped) return running;
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

  const newJob = (rules: Rules, from: { afterId: number; done: number }): Job => ({
    rules,
    cancelled: false,
    afterId: from.afterId,
    progress: { version: rules.version, done: from.done, total: 0, finished: false },
  });

  function resume(): Promise<void> {
    const r = resumeOnce();
    resuming = r;
    return r;
  }

  async function resumeOnce(): Promise<void> {
    let state, rules;
    try {
      [state, rules] = await Promise.all([deps.store.rescoreState(), deps.store.currentRules()]);
    } catch (err) {
      deps.log?.error({ err }, 'could not read where the last re-score stands');
      return;
    }
    if (current || stopped) return;
    const from = due(state, rules);
    if (from) return enqueue(newJob(rules, from));
  }

  return {
    start: (rules) => enqueue(newJob(rules, { afterId: 0, done: 0 })),
    resume,
    async progress() {
      if (current && !current.cancelled) return { ...current.progress };
      const [state, rules, counts] = await Promise.all([deps.store.rescoreState(), deps.store.currentRules(), deps.store.counts()]);
      const from = due(state, rules);
      return from && { version: rules.version, done: from.done, total: Math.max(from.done, counts.comments), finished: false };
    },
    watch(everyMs) {
      clearInterval(watching);
      if (stopped) return;
      watching = setInterval(() => {
        if (!current) void resume();
      }, everyMs);
      watching.unref();
    },
    async stop() {
      stopped = true;
      clearInterval(watching);
      if (current) current.cancelled = true;
      await resuming;
      await running;
    },
  };
}
