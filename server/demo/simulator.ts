/**
 * The live demo stream: generated comments posted through the caller's
 * ingest function at a gentle rate, so a newcomer's dashboard moves on its
 * own. Gaps between comments are jittered (half to one and a half times the
 * mean) so the stream does not tick like a metronome.
 *
 * It must never take the server down: an ingest that fails is logged and the
 * stream goes on; stop() waits for the batch in flight and never rejects.
 */
import type { CommentInput } from '../../shared/schemas.js';
import { createCommentGenerator } from './generate.js';

export interface DemoStreamOptions {
  ingest: (comments: CommentInput[]) => Promise<unknown>;
  /** Mean comments per minute. */
  ratePerMinute: number;
  /** Same seed, same comments; random by default so two streams never collide on external ids. */
  seed?: number;
  log?: (message: string) => void;
}

export interface DemoStream {
  /** Stops scheduling, waits for the ingest in flight. Safe to call twice. */
  stop(): Promise<void>;
}

// When the timer fires late or the rate is high, the comments that are due go in one batch, up to this.
const MAX_PER_BATCH = 100;
// Behind by more than this (a store that stalled): skip ahead rather than burst to catch up.
const MAX_LAG_MS = 5_000;

export function startDemoStream(options: DemoStreamOptions): DemoStream {
  const log = (message: string) => {
    try {
      options.log?.(message);
    } catch {
      // A broken logger must not stop the stream either.
    }
  };
  const rate = options.ratePerMinute;
  if (!Number.isFinite(rate) || rate <= 0) {
    log(`demo stream not started: the rate must be a positive number of comments per minute, not ${rate}`);
    return { stop: async () => {} };
  }

  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 32);
  const generator = createCommentGenerator({ seed, origin: new Date(), idPrefix: `demo-live-${seed}` });
  const meanGap = 60_000 / rate;
  const nextGap = () => meanGap * (0.5 + generator.random());

  let due = Date.now() + nextGap();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  let failuresInARow = 0;

  async function postDue(): Promise<void> {
    const batch: CommentInput[] = [];
    try {
      const now = Date.now();
      if (now - due > MAX_LAG_MS) due = now;
      while (due <= now && batch.length < MAX_PER_BATCH) {
        batch.push(generator.next(new Date(due)));
        due += nextGap();
      }
      if (batch.length === 0) return;
      await options.ingest(batch);
      failuresInARow = 0;
    } catch (error) {
      failuresInARow++;
      // The first failure, then the 10th, 100th…: a store that is down for an hour does not flood the log.
      if (/^10*$/.test(String(failuresInARow))) {
        const why = error instanceof Error ? error.message : String(error);
        log(`demo stream: could not ingest ${batch.length} comment(s) (${failuresInARow} failure(s) in a row): ${why}`);
      }
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      inFlight = postDue().finally(() => {
        inFlight = undefined;
        schedule();
      });
    }, Math.max(0, due - Date.now()));
    // The stream alone never keeps a process alive.
    timer.unref?.();
  }

  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await inFlight;
    },
  };
}
