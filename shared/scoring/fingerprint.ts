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

const PRIME = 0x01000193;

/** Two hex digits per byte value: four lookups write a hash several times faster than toString(16) and padStart. */
const HEX_BYTES = Array.from({ length: 0x100 }, (_, b) => b.toString(16).padStart(2, '0'));
const hex8 = (h: number) => HEX_BYTES[h >>> 24]! + HEX_BYTES[(h >>> 16) & 0xff]! + HEX_BYTES[(h >>> 8) & 0xff]! + HEX_BYTES[h & 0xff]!;

/** What /./ does not match, so /(.)\1{2,}/ never shortens a run of it. */
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** The kinds of token that make up the text (punctuation and emoticons vary between reposts). */
const isWordish = (kind: TokenKind) => kind !== 'punct' && kind !== 'emoticon';

/** A word written with its letters spaced out ("c.o.n", "i d i o t"): a separator second (or third, after a surrogate pair). */
function isSpacedOut(raw: string): boolean {
  const c1 = raw.charCodeAt(1);
  const c2 = raw.charCodeAt(2);
  return c1 === 0x2e || c1 === 0x20 || c1 === 0x5f || c1 === 0x2d || c2 === 0x2e || c2 === 0x20 || c2 === 0x5f || c2 === 0x2d;
}

/**
 * fold() of each Latin-1 character that folds to one character, else 0. On
 * Latin-1 text fold works character by character (no combining marks to
 * reorder, no case that depends on context), so such a word, the usual one,
 * is folded and hashed in one pass from its raw text, without building the
 * folded string or reading its lookup.
 */
const LATIN1_FOLD = Uint16Array.from({ length: 0x100 }, (_, c) => {
  const f = fold(String.fromCharCode(c));
  return f.length === 1 ? f.charCodeAt(0) : 0;
});

// The two hashes being computed, kept out of an object so hashing allocates nothing.
let h1 = 0;
let h2 = 0;

/**
 * Hashes s[start, end), stretched letters cut to two as
 * replace(/(.)\1{2,}/g, '$1$1') would, in the same pass. With `latin1`, each
 * character is folded through LATIN1_FOLD first, and the first one it lacks
 * stops the hashing: nothing is hashed and the answer is false.
 */
function hashRange(s: string, start: number, end: number, latin1: boolean): boolean {
  let a = h1;
  let b = h2;
  let prev = -1;
  let run = 0;
  for (let j = start; j < end; j++) {
    let c = s.charCodeAt(j);
    if (latin1 && (c = c < 0x100 ? LATIN1_FOLD[c]! : 0) === 0) return false;
    if (c === prev && !isLineBreak(c)) {
      if (++run > 2) continue;
    } else {
      prev = c;
      run = 1;
    }
    a = Math.imul(a ^ c, PRIME);
    b = Math.imul(b ^ c, PRIME);
  }
  h1 = a;
  h2 = b;
  return true;
}

/**
 * FNV-1a of the folded words joined by single spaces, with stretched letters
 * cut to two.
 * @param text the text the tokens were cut from.
 * @param hits the analysis' lookups, when at hand: a word's first key is its
 *   folded form already (lookup.ts), so a word beyond Latin-1 is not folded
 *   again. Spaced-out words are the exception (their key drops the
 *   separators) and are folded.
 */
export function fingerprintOf(text: string, tokens: readonly Token[], hits?: readonly (WordHit | undefined)[]): string {
  h1 = 0x811c9dc5;
  h2 = 0x050c5d1f;
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWordish(t.kind)) continue;
    if (!first) {
      h1 = Math.imul(h1 ^ 0x20, PRIME);
      h2 = Math.imul(h2 ^ 0x20, PRIME);
    }
    first = false;
    // Hashed from the comment's text, which is in the cache, rather than from a string of the word's own
    // elsewhere in memory. A word kept in words.ts remembers whether its characters fold within Latin-1,
    // so one that does not is not tried again.
    const word = t.word;
    if (word === undefined || word.foldsInLatin1 !== false) {
      const folded = hashRange(text, t.start, t.end, true);
      if (word !== undefined) word.foldsInLatin1 = folded;
      if (folded) continue;
    }
    const key = t.kind === 'word' && !isSpacedOut(t.raw) ? hits?.[i]?.keys[0] : undefined;
    const w = key ?? fold(t.raw);
    hashRange(w, 0, w.length, false);
  }
  return hex8(h1 >>> 0) + hex8(h2 >>> 0);
}
