/** The parts every persona is built from: the writer it is handed, and sentence composition. */

export type DemoLang = 'fr' | 'en';

export const PERSONA_KINDS = ['shouter', 'insulter', 'baiter', 'linker', 'regular', 'english', 'troll'] as const;
export type PersonaKind = (typeof PERSONA_KINDS)[number];

/** What a persona needs to write one comment; randomness comes from the caller's seeded PRNG. */
export interface Writer {
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A whole number in [min, max]. */
  between(min: number, max: number): number;
  /** A template with {subject}, {figure}, {place}, {fact}, {reader} and {link} filled for the current article, first letter capitalised. */
  fill(template: string, lang: DemoLang): string;
}

export interface Persona {
  id: string;
  kind: PersonaKind;
  author: string;
  /** How other readers @-mention this one. */
  handle: string;
  /** Share of the comments this persona writes, relative to the others. */
  weight: number;
  write(w: Writer): string;
}

export interface Pools {
  /** First sentence. */
  open: readonly string[];
  body: readonly string[];
  /** Last sentence when the comment has two or more. */
  close: readonly string[];
}

/** n sentences in [min, max]: an opener, distinct body sentences, a closer. */
export function compose(w: Writer, lang: DemoLang, pools: Pools, min: number, max: number): string[] {
  const n = w.between(min, max);
  const out = [w.fill(w.pick(pools.open), lang)];
  const body = [...pools.body];
  for (let i = 1; i < n - 1 && body.length > 0; i++) {
    out.push(w.fill(body.splice(w.between(0, body.length - 1), 1)[0]!, lang));
  }
  if (n > 1) out.push(w.fill(w.pick(pools.close), lang));
  return out;
}

export const join = (sentences: string[]): string => sentences.join(' ');
