/**
 * The demo a first run shows: on an empty database, two days of generated
 * history, then a live stream, both posted through the ingestion path.
 *
 * Several instances started together on one empty database run one demo
 * between them, not one each: the instance that claims the `demo` lease
 * posts, and renews its claim while it streams. When that instance stops,
 * the demo stops with it — the database is no longer empty, so none starts
 * another (set DEMO=0 to have none at all).
 */
import type { Logger } from 'pino';
import { MAX_BATCH } from '../../shared/limits.js';
import type { Bus } from '../services/bus.js';
import { ingestComments } from '../services/ingest.js';
import type { Scorer } from '../services/scorePool.js';
import type { Store } from '../store/store.js';
import { generateComments } from './generate.js';
import { startDemoStream } from './simulator.js';

const LEASE = 'demo';
const LEASE_MS = 60_000;
const RENEW_EVERY_MS = 20_000;

export interface DemoDeps {
  store: Store;
  bus: Bus;
  scorer?: Scorer;
  log: Logger;
  /** Who this instance is, in the lease table. */
  holder: string;
  /** Mean live comments per minute. */
  rate: number;
  /** Comments of history posted first, spread over the last two days. */
  backlog: number;
}

export interface Demo {
  stop(): Promise<void>;
}

/** Starts the demo when the database is empty and no other instance runs it; null otherwise. */
export async function startDemo(deps: DemoDeps): Promise<Demo | null> {
  const { store, bus, log, holder } = deps;
  if ((await store.counts()).comments > 0) return null;
  if (!(await store.acquireLease(LEASE, holder, LEASE_MS))) {
    log.info('empty database: another instance runs the demo');
    return null;
  }
  if (deps.backlog > 0) {
    const to = new Date();
    const from = new Date(to.getTime() - 2 * 86_400_000);
    const backlog = [...generateComments({ seed: to.getTime() % 2 ** 31, count: deps.backlog, from, to, idPrefix: 'demo-backlog' })];
    for (let i = 0; i < backlog.length; i += MAX_BATCH) {
      await ingestComments({ store, bus, ...(deps.scorer ? { scorer: deps.scorer } : {}) }, 'demo', backlog.slice(i, i + MAX_BATCH));
    }
    log.info({ comments: backlog.length }, 'empty database: demo history posted');
  }
  const stream = startDemoStream({
    ingest: (comments) => ingestComments({ store, bus }, 'demo', comments),
    ratePerMinute: deps.rate,
    log: (msg) => log.info(msg),
  });
  log.info({ rate: deps.rate }, 'empty database: demo stream started (DEMO=0 to turn it off)');

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(renewal);
      await stream.stop();
      await store.releaseLease(LEASE, holder).catch(() => {});
    })());
  const renewal = setInterval(() => {
    store.renewLease(LEASE, holder, LEASE_MS).then(
      (held) => {
        // Lost only after a stall longer than the lease: another instance streams now, so this one stops.
        if (!held) {
          log.warn('demo stream stopped: another instance holds the demo lease');
          void stop();
        }
      },
      () => {}, // The database away for a moment: the next renewal tries again.
    );
  }, RENEW_EVERY_MS);
  renewal.unref();
  return { stop };
}
