/** Timing helpers shared by the ingest benchmark's parts. */

export interface Percentiles {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Nearest-rank percentiles of durations in milliseconds (as bench-score reports them). */
export function percentiles(durationsMs: readonly number[]): Percentiles {
  const sorted = Float64Array.from(durationsMs).sort();
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return { p50Ms: rank(0.5), p99Ms: rank(0.99), maxMs: sorted[sorted.length - 1] ?? 0 };
}

export const median = (durationsMs: readonly number[]): number => percentiles(durationsMs).p50Ms;

/** Milliseconds taken by `fn`, awaited. */
export async function timeMs(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The seeded generator the demo uses, so a run's ids and choices repeat from its seed. */
export { createRandom, type Random } from '../../demo/generate.js';
