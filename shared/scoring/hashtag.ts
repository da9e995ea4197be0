/**
 * Hashtags written in camel case carry whole phrases: "#JeSuisFier",
 * "#NotHappy", "#FedUp". A hashtag the lexicon does not know as one word is
 * cut at its capitals, digits and underscores, and the pieces are read as a
 * little sentence of their own: phrases, negation ("#PasContent") and
 * intensity ("#TropBien") included. Pure and cached per lexicon.
 */
import type { CompiledLexicon, LexEntry, TrieNode } from './lexicon.js';
import { lookupWord } from './lookup.js';

// A lower-case letter then a capital, a letter then a digit (or the reverse), or "_".
const CAMEL_CUT = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})|_+/u;
const MAX_PARTS = 8;
/** Negation inside a hashtag, as in a sentence (rules/tone.ts): "#PasContent" reads as "pas content", "#PasMal" as faint praise. */
const NEGATION = -0.6;
const NEGATED_NEGATIVE = -0.3;

/** "#JeSuisFier" → ["Je", "Suis", "Fier"]; fewer than two pieces → []. */
export function hashtagParts(body: string): string[] {
  const parts = body.split(CAMEL_CUT).filter((p) => p.length > 0);
  return parts.length >= 2 && parts.length <= MAX_PARTS ? parts : [];
}

/** The valence of a camel-case hashtag's words, or 0 when none carries tone. */
export function hashtagTone(lex: CompiledLexicon, body: string): number {
  const cache = hashtagCache(lex);
  let v = cache.get(body);
  if (v === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    v = readParts(lex, hashtagParts(body));
    cache.set(body, v);
  }
  return v;
}

const CACHE_LIMIT = 20_000;
const caches = new WeakMap<CompiledLexicon, Map<string, number>>();
function hashtagCache(lex: CompiledLexicon): Map<string, number> {
  let c = caches.get(lex);
  if (!c) caches.set(lex, (c = new Map()));
  return c;
}

function readParts(lex: CompiledLexicon, parts: string[]): number {
  if (!parts.length) return 0;
  const hits = parts.map((p) => lookupWord(lex, p));
  let total = 0;
  let negated = false;
  let intensity = 1;
  for (let i = 0; i < parts.length; ) {
    const { entry, next } = longestAt(lex, hits, i);
    i = next;
    if (!entry) continue;
    if (entry.negator) negated = true;
    if (entry.intensifier !== undefined && i < parts.length) {
      intensity = entry.intensifier;
      continue;
    }
    // An insult is the insult rules' business: they read a hashtag as words run together ("#MacronConnard").
    if (entry.abuse && !entry.abuse.weak) continue;
    const base = entry.valence ?? entry.tone ?? 0;
    if (base === 0) continue;
    const flip = negated && !entry.negator ? (base > 0 ? NEGATION : NEGATED_NEGATIVE) : 1;
    // Under negation an intensifier softens ("#PasTrèsContent"), as in a sentence.
    total += base * (flip !== 1 && intensity > 1 ? 1 / intensity : intensity) * flip;
    intensity = 1;
  }
  return total;
}

/** The longest lexicon phrase starting at part i, and where the next one starts. */
function longestAt(lex: CompiledLexicon, hits: ReturnType<typeof lookupWord>[], i: number): { entry?: LexEntry; next: number } {
  let best: { entry?: LexEntry; next: number } = { entry: hits[i]!.entry, next: i + 1 };
  for (const key of hits[i]!.keys) {
    let node: TrieNode | undefined = lex.root.get(key);
    for (let j = i + 1; node?.next && j < hits.length; j++) {
      let step: TrieNode | undefined;
      for (const k of hits[j]!.keys) if ((step = node.next.get(k))) break;
      if (!step) break;
      node = step;
      if (node.entry && j + 1 > best.next) best = { entry: node.entry, next: j + 1 };
    }
  }
  return best;
}
