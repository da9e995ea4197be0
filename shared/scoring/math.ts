/** Three decimals: enough for a moderator, stable across platforms in JSON. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Noisy-or: several independent signals of strength w each make a stronger one, never above 1. */
export function combine(weights: readonly number[]): number {
  let rest = 1;
  for (const w of weights) rest *= 1 - Math.max(0, Math.min(1, w));
  return 1 - rest;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
