/**
 * The words seen lately, each kept once with what every comment asks of it:
 * its letters, its language clues, its lexicon lookup. Word frequencies are
 * Zipfian, so most tokens of a comment are words seen in earlier ones; the
 * tokenizer finds them here by a hash of their characters, computed as it
 * scans them, and hands out the kept string and answers instead of cutting a
 * new string whose every lookup would hash it again. Bounded: a fixed table,
 * a new word pushing out the older of the two in its set.
 */
import type { WordHit } from './lookup.js';

/** Kinds of token kept here: plain words of Latin letters, and elisions ("l'", "qu'"). */
export type WordKind = 'word' | 'elision';

export interface Word {
  kind: WordKind;
  /** As written. Never a slice of a comment: the table must not keep comments alive. */
  raw: string;
  /** Its first twelve letters packed four to a number (Packed), which tell most words apart without comparing strings. */
  p0: number;
  p1: number;
  p2: number;
  letters: number;
  upper: number;
  /** language.ts' clues, or -1 until asked. */
  clues: number;
  /** Whether fingerprint.ts folds it character by character (LATIN1_FOLD), once asked. */
  foldsInLatin1: boolean | undefined;
  // The lookup in each language's lexicon, with the id of the lexicon it was made in (rules may change it; 0 for none):
  // an id rather than the lexicon, which the table would keep alive after its rules are gone.
  frLexicon: number;
  frHit: WordHit | undefined;
  enLexicon: number;
  enHit: WordHit | undefined;
}

/**
 * A word's first twelve letters, packed as the tokenizer scans them: Latin-1
 * letters fit in a byte and none is 0, so with the word's length these
 * numbers are the letters themselves. Plain numbers, filled in place, so
 * packing allocates nothing.
 */
export class Packed {
  p0 = 0;
  p1 = 0;
  p2 = 0;

  /** Starts over with the word's first letter. */
  start(c: number): void {
    this.p0 = c;
    this.p1 = 0;
    this.p2 = 0;
  }

  /** Adds letter number k (from 0) of the word, c below 0x100. */
  add(k: number, c: number): void {
    if (k < 4) this.p0 = (this.p0 << 8) | c;
    else if (k < 8) this.p1 = (this.p1 << 8) | c;
    else if (k < 12) this.p2 = (this.p2 << 8) | c;
  }
}

/** How many letters Packed holds: a longer word's are compared as well. */
const PACKED_LETTERS = 12;

const SET_BITS = 13;
const SETS = 1 << SET_BITS;
/** Two words per set, the newer first: 16,384 words at most. */
const table: (Word | undefined)[] = new Array(2 * SETS).fill(undefined);

/** Longer slices share the comment's memory in V8 (shorter ones are copied): those are copied out. */
const SLICE_SHARES_FROM = 13;
const copied = (s: string): string => (s.length < SLICE_SHARES_FROM ? s : (' ' + s).slice(1));

/**
 * The product's top bits: bit n of a product depends on the bits 0..n of what
 * is multiplied, so only the top ones depend on all the letters. Bits 16–28
 * missed the top of p0, where a word's first letter sits: "Pays" and "pays"
 * always shared a set, and with a third word there they kept pushing each other
 * out (the bench corpus made 12,959 words for its 1,442; now 3,175).
 */
function setOf(p: Packed, length: number): number {
  const h = Math.imul(p.p0 ^ Math.imul(p.p1, 0x9e3779b1) ^ Math.imul(p.p2 ^ length, 0x85ebca6b), 0xc2b2ae35);
  return 2 * (h >>> (32 - SET_BITS));
}

/**
 * Whether w is the word text[start, start + length) of this kind, its letters
 * packed in p: an elision's apostrophe and the letters past twelve are compared
 * as written.
 */
function isWordAt(w: Word, text: string, start: number, length: number, kind: WordKind, letters: number, p: Packed): boolean {
  if (w.p0 !== p.p0 || w.p1 !== p.p1 || w.p2 !== p.p2 || w.raw.length !== length || w.kind !== kind) return false;
  if (letters > PACKED_LETTERS) return text.startsWith(w.raw, start);
  return kind === 'word' || w.raw.charCodeAt(letters) === text.charCodeAt(start + letters);
}

/**
 * The word text[start, end) of this kind (a plain word, all letters, or an
 * elision, its letters then an apostrophe), its letters packed in p and
 * `upper` of them capitals: the one kept, or a new one put in its place.
 */
export function wordAt(text: string, start: number, end: number, kind: WordKind, p: Packed, upper: number): Word {
  const length = end - start;
  const letters = kind === 'word' ? length : length - 1;
  const set = setOf(p, length);
  const first = table[set];
  if (first !== undefined && isWordAt(first, text, start, length, kind, letters, p)) return first;
  const second = table[set + 1];
  if (second !== undefined && isWordAt(second, text, start, length, kind, letters, p)) {
    // Kept as the newer: the next word in this set pushes out the other one.
    table[set + 1] = first;
    table[set] = second;
    return second;
  }
  const word: Word = {
    kind,
    raw: copied(text.slice(start, end)),
    p0: p.p0,
    p1: p.p1,
    p2: p.p2,
    letters,
    upper,
    clues: -1,
    foldsInLatin1: undefined,
    frLexicon: 0,
    frHit: undefined,
    enLexicon: 0,
    enHit: undefined,
  };
  table[set + 1] = first;
  table[set] = word;
  return word;
}
