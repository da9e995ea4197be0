/**
 * A fingerprint of a comment's words: the same for reposts that differ only
 * in case, accents, spacing, punctuation or stretched letters, so a later
 * step can spot one text posted again and again. FNV-1a over the folded
 * words, twice with different seeds for 64 bits; no crypto needed, and it
 * runs the same in the browser.
 */
import type { Token, TokenKind } from './tokenize.js';
import type { WordHit } from './lookup.js';
import { fold } from './fold.js';

const WORDISH = new Set<TokenKind>(['word', 'number', 'elision', 'mention', 'hashtag', 'url', 'emoji']);
const PRIME = 0x01000193;

const hex8 = (h: number) => h.toString(16).padStart(8, '0');

/** What /./ does not match, so /(.)\1{2,}/ never shortens a run of it. */
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** A word written with its letters spaced out ("c.o.n", "i d i o t"): a separator second (or third, after a surrogate pair). */
function isSpacedOut(raw: string): boolean {
  const c1 = raw.charCodeAt(1);
  const c2 = raw.charCodeAt(2);
  return c1 === 0x2e || c1 === 0x20 || c1 === 0x5f || c1 === 0x2d || c2 === 0x2e || c2 === 0x20 || c2 === 0x5f || c2 === 0x2d;
}

/**
 * FNV-1a of the folded words joined by single spaces, with stretched letters
 * cut to two.
 * @param hits the analysis' lookups, when at hand: a word's first key is its
 *   folded form already (lookup.ts), so it is not folded again. Spaced-out
 *   words are the exception (their key drops the separators) and are folded.
 */
export function fingerprintOf(tokens: readonly Token[], hits?: readonly (WordHit | undefined)[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!WORDISH.has(t.kind)) continue;
    const key = t.kind === 'word' && !isSpacedOut(t.raw) ? hits?.[i]?.keys[0] : undefined;
    const w = key ?? fold(t.raw);
    if (!first) {
      h1 = Math.imul(h1 ^ 0x20, PRIME);
      h2 = Math.imul(h2 ^ 0x20, PRIME);
    }
    first = false;
    // Stretched letters cut to two as w.replace(/(.)\1{2,}/g, '$1$1') would, in the same pass as the hash.
    let prev = -1;
    let run = 0;
    for (let j = 0; j < w.length; j++) {
      const c = w.charCodeAt(j);
      if (c === prev && !isLineBreak(c)) {
        if (++run > 2) continue;
      } else {
        prev = c;
        run = 1;
      }
      h1 = Math.imul(h1 ^ c, PRIME);
      h2 = Math.imul(h2 ^ c, PRIME);
    }
  }
  return hex8(h1 >>> 0) + hex8(h2 >>> 0);
}
