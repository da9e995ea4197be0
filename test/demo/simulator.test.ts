/** The live demo stream: a steady, jittered rate through the caller's ingest, a clean stop, and no exception ever escaping. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { commentInputSchema, type CommentInput } from '../../shared/schemas.js';
import { startDemoStream } from '../../server/demo/simulator.js';

function recorder() {
  const batches: { at: number; comments: CommentInput[] }[] = [];
  const ingest = vi.fn(async (comments: CommentInput[]) => {
    batches.push({ at: Date.now(), comments });
  });
  const count = () => batches.reduce((n, b) => n + b.comments.length, 0);
  return { ingest, batches, count };
}

describe('startDemoStream, on fake timers', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2016-02-27T12:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('posts at the requested rate: 6,000 a minute is about 1,000 in 10 s', async () => {
    const r = recorder();
    const stream = startDemoStream({ ingest: r.ingest, ratePerMinute: 6_000, seed: 1 });
    await vi.advanceTimersByTimeAsync(10_000);
    await stream.stop();
    expect(r.count()).toBeGreaterThan(900);
    expect(r.count()).toBeLessThan(1_100);
  });

  test('a gentle rate is gentle: 12 a minute is about 60 in 5 minutes, one at a time, with jittered gaps', async () => {
    const r = recorder();
    const stream = startDemoStream({ ingest: r.ingest, ratePerMinute: 12, seed: 2 });
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await stream.stop();
    expect(r.count()).toBeGreaterThan(45);
    expect(r.count()).toBeLessThan(75);
    expect(r.batches.every((b) => b.comments.length === 1)).toBe(true);
    const gaps = r.batches.slice(1).map((b, i) => b.at - r.batches[i]!.at);
    expect(new Set(gaps).size).toBeGreaterThan(10);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2_500);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(7_500);
  });

  test('comments are valid, posted now, with ids of their own', async () => {
    const r = recorder();
    const stream = startDemoStream({ ingest: r.ingest, ratePerMinute: 600, seed: 3 });
    await vi.advanceTimersByTimeAsync(10_000);
    await stream.stop();
    const comments = r.batches.flatMap((b) => b.comments);
    expect(comments.length).toBeGreaterThan(50);
    for (const c of comments) {
      expect(commentInputSchema.safeParse(c).success).toBe(true);
      expect(Math.abs(Date.parse(c.posted_at!) - Date.now())).toBeLessThan(15_000);
    }
    expect(comments[0]!.external_id).toBe('demo-live-3-0');
    expect(new Set(comments.map((c) => c.external_id)).size).toBe(comments.length);
  });

  test('stop() waits for the batch in flight, then nothing more is posted', async () => {
    let release!: () => void;
    let calls = 0;
    let finished = false;
    const ingest = vi.fn(() => {
      calls++;
      return new Promise<void>((resolve) => {
        release = () => {
          finished = true;
          resolve();
        };
      });
    });
    const stream = startDemoStream({ ingest, ratePerMinute: 600, seed: 4 });
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(1);

    let stopped = false;
    const stopping = stream.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(finished).toBe(true);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(1);
    await expect(stream.stop()).resolves.toBeUndefined();
  });

  test('a failing ingest is logged, not thrown, and the stream goes on', async () => {
    const log = vi.fn();
    let calls = 0;
    const ingest = vi.fn(async () => {
      calls++;
      if (calls <= 3) throw new Error('database is locked');
    });
    const stream = startDemoStream({ ingest, ratePerMinute: 600, seed: 5, log });
    await vi.advanceTimersByTimeAsync(5_000);
    await stream.stop();
    expect(calls).toBeGreaterThan(20);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('database is locked'));
    // Failures in a row are logged at 1, 10, 100…: three failures, one line.
    expect(log).toHaveBeenCalledTimes(1);
  });

  test('an ingest that throws synchronously, or a logger that throws, changes nothing', async () => {
    const ingest = vi.fn((): Promise<unknown> => {
      throw new Error('not even a promise');
    });
    const stream = startDemoStream({
      ingest,
      ratePerMinute: 600,
      seed: 6,
      log: () => {
        throw new Error('broken logger');
      },
    });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(stream.stop()).resolves.toBeUndefined();
    expect(ingest.mock.calls.length).toBeGreaterThan(10);
  });

  test('a store that stalls is not flooded afterwards: the stream skips ahead instead of bursting', async () => {
    let stall = true;
    const sizes: number[] = [];
    const ingest = vi.fn(async (comments: CommentInput[]) => {
      sizes.push(comments.length);
      if (stall) {
        stall = false;
        await new Promise((resolve) => setTimeout(resolve, 60_000));
      }
    });
    const stream = startDemoStream({ ingest, ratePerMinute: 600, seed: 7 });
    await vi.advanceTimersByTimeAsync(70_000);
    await stream.stop();
    expect(Math.max(...sizes)).toBe(1);
  });

  test('a rate that is not a positive number starts nothing and says why', async () => {
    const log = vi.fn();
    const ingest = vi.fn(async () => {});
    const stream = startDemoStream({ ingest, ratePerMinute: 0, log });
    await vi.advanceTimersByTimeAsync(60_000);
    await stream.stop();
    expect(ingest).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('rate'));
  });
});

describe('startDemoStream, in real time', () => {
  test('6,000 a minute for 600 ms posts about 60 comments and stops cleanly', async () => {
    const r = recorder();
    const stream = startDemoStream({ ingest: r.ingest, ratePerMinute: 6_000, seed: 8 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    await stream.stop();
    const posted = r.count();
    // Loose bounds: a loaded CI machine fires timers late, and the stream catches up in batches.
    expect(posted).toBeGreaterThan(30);
    expect(posted).toBeLessThan(90);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(r.count()).toBe(posted);
  });
});
