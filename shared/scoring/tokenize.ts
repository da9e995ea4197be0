/**
 * Splits a comment into tokens that keep their offsets into the original
 * text, so every piece of evidence can be highlighted where it was written.
 * No normalisation happens here beyond what is needed to cut the text;
 * `forms` are computed lazily by the lexicon lookup (see lexicon.ts).
 */

import { Packed, wordAt, type Word } from './words.js';

export type TokenKind = 'word' | 'number' | 'elision' | 'punct' | 'url' | 'mention' | 'hashtag' | 'emoji' | 'emoticon';

export interface Token {
  kind: TokenKind;
  /** Original text of the token, as written. */
  raw: string;
  start: number;
  end: number;
  /** Letters in the token, and how many of them are capitals. */
  letters: number;
  upper: number;
  /** Written right after a hyphen with no space ("vice-ministre"). */
  hyphenated: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Index of the quoted span the token sits in, or -1. */
  quote: number;
  /** The word kept in words.ts, for a plain word or an elision cut without the regex. */
  word: Word | undefined;
}

export interface QuoteSpan {
  start: number; // first token index inside the quotes
  end: number; // one past the last token index
  words: number;
}

export interface Tokenized {
  tokens: Token[];
  quotes: QuoteSpan[];
  sentences: number;
}

// One sticky regex, alternatives in priority order. Emoticons come before
// punctuation, URLs before words, elisions before words. Capture group g
// (numbered, so a match allocates no `groups` object) is the kind KINDS[g - 1].
const TOKEN = new RegExp(
  [
    String.raw`((?:https?:\/\/|www\.)[^\s<>"«»]+|\b[a-z0-9][a-z0-9-]*\.(?:com|fr|net|org|lb|info|io|ly|be|ch|co|ca|ru|tv|me|biz|eu)\b(?:\/[^\s<>"«»]*)?)`,
    String.raw`((?<![\p{L}\p{N}])(?:[:;=8][-']?[)(\]\[dDpPoO3/\\|*]|<3|[xX][dD](?![\p{L}])|\^\^|\^_\^|T_T|-_-)(?![\p{L}\p{N}]))`,
    // French elision, with the apostrophe or the comma some readers type instead ("L,ODEUR").
    String.raw`((?<![\p{L}\p{M}])(?:[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu|[qQ][uU]|[lLdDnNjJcCsSmMtT])['’ʼ´${'`'},](?=\p{L}))`,
    String.raw`(\d+(?:[.,]\d+)+(?![\p{L}]))`,
    String.raw`(@[\p{L}\p{N}_][\p{L}\p{M}\p{N}_$*€]*)`,
    String.raw`(#[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*)`,
    // A word may carry leet digits and masking symbols inside ("c0nn@rd", "p*tain", "$alaud").
    String.raw`((?:[$€]|[\p{L}\p{N}])(?:[\p{L}\p{M}\p{N}@$*€|]|['’](?=\p{L}))*)`,
    String.raw`(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*)`,
    String.raw`([!?]+|\.{2,}|…|[^\s\p{L}\p{N}])`,
  ].join('|'),
  'uy',
);
const KINDS: readonly TokenKind[] = ['url', 'emoticon', 'elision', 'number', 'mention', 'hashtag', 'word', 'emoji', 'punct'];

const SENTENCE_END = /^(?:[.!?…]+|\.{2,})$/;
const OPEN_QUOTES = new Set(['«', '“', '„', '‹']);
const CLOSE_QUOTES = new Set(['»', '”', '›']);
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const DIGITS_ONLY = /^[\d.,]+$/;

/**
 * What /[\s\u0000-\u001f\u007f-\u009f\u200b\uFEFF]/u matches, one UTF-16 unit
 * at a time (no code point outside the BMP is a space).
 */
function isSpace(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0x7f) return false;
  return (
    c <= 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

// LATIN_LETTERS' flags.
const A_LETTER = 1;
const A_CAPITAL = 2;

/**
 * Per unit below 0x100: A_LETTER for A–Z, a–z and the letters of Latin-1 (À–ÿ
 * but × and ÷), all \p{L} and one unit each, with A_CAPITAL for the \p{Lu}
 * among them. Words are scanned a letter at a time, and one lookup is
 * cheaper than the comparisons.
 */
const LATIN_LETTERS = Uint8Array.from({ length: 0x100 }, (_, c) => {
  const letter = c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  const capital = c < 0x80 ? c <= 0x5a : c <= 0xde;
  return letter ? A_LETTER | (capital ? A_CAPITAL : 0) : 0;
});

/** LATIN_LETTERS' flags of any unit: none past Latin-1. */
function latinLetter(c: number): number {
  return c < 0x100 ? LATIN_LETTERS[c]! : 0;
}

/** The separators of spaced-out letters: ". _-". */
function isSpacedSeparator(c: number): boolean {
  return c === 0x2e || c === 0x20 || c === 0x5f || c === 0x2d;
}

/**
 * Whether a separator of spaced-out letters follows the letter c at pos (one
 * unit, or two for a surrogate pair). Never reads past the end of the text,
 * nor does endsPlainWord: charCodeAt answers NaN there, which compares as
 * "no", but V8 deoptimises the tokenizer the first time and stops inlining
 * that read from then on, for every comment.
 */
function spacedSeparatorFollows(text: string, pos: number, c: number): boolean {
  if (pos + 1 >= text.length) return false;
  if (isSpacedSeparator(text.charCodeAt(pos + 1))) return true;
  return (c & 0xfc00) === 0xd800 && pos + 2 < text.length && isSpacedSeparator(text.charCodeAt(pos + 2));
}

// countLetters' results, kept out of an object so counting allocates nothing.
let countedLetters = 0;
let countedUpper = 0;

function countLetters(raw: string): void {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x80 || (c >= 0xc0 && c <= 0xff)) {
      const flags = LATIN_LETTERS[c]!;
      if (flags) {
        letters++;
        if (flags & A_CAPITAL) upper++;
      }
      continue;
    }
    // Any other code point (a surrogate pair counts once, as for..of reads it).
    let ch: string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      ch = raw.slice(i, i + 2);
      i++;
    } else {
      ch = raw[i]!;
    }
    if (LETTER.test(ch)) {
      letters++;
      if (UPPER.test(ch)) upper++;
    }
  }
  countedLetters = letters;
  countedUpper = upper;
}

/**
 * Whether a run of Latin letters text[start, end) is exactly the token TOKEN
 * would cut there, and a word: nothing after it extends the word or makes it a
 * link, an elision or an emoticon. Unsure cases answer false (the regex decides).
 */
function endsPlainWord(text: string, start: number, end: number): boolean {
  if (end >= text.length) return !isXD(text, start, end);
  const c = text.charCodeAt(end);
  if (c < 0x80) {
    // Letters, digits and "@$*|" continue a word; "'" and "`" may make an elision;
    // ":" a link ("http:"); "-" and "_" a link or an emoticon ("T_T").
    if ((c >= 0x30 && c <= 0x39) || (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return false;
    switch (c) {
      case 0x40: case 0x24: case 0x2a: case 0x7c: case 0x27: case 0x60: case 0x3a: case 0x2d: case 0x5f:
        return false;
      case 0x2e: {
        // "site.fr", "www.X": a link; "fin. Puis" and "fin." are not.
        const n = end + 1 < text.length ? text.charCodeAt(end + 1) : -1;
        if (n >= 0x61 && n <= 0x7a) return false;
        if (end - start === 3 && text.startsWith('www', start)) return false;
        break;
      }
      case 0x2c: {
        // "L,ODEUR": a comma typed for an apostrophe, before a letter. A final comma is left to the regex.
        if (end + 1 >= text.length) return false;
        const n = text.charCodeAt(end + 1);
        if (!(n < 0x80) || (n | 0x20) >= 0x61 && (n | 0x20) <= 0x7a) return false;
        break;
      }
    }
    return !isXD(text, start, end);
  }
  // A few common non-letters: no-break spaces, « », “ ”, dashes, "…".
  switch (c) {
    case 0xa0: case 0xab: case 0xbb: case 0x2013: case 0x2014: case 0x201c: case 0x201d: case 0x2026: case 0x202f:
      return !isXD(text, start, end);
  }
  return false;
}

/** "xD" alone is an emoticon. */
function isXD(text: string, start: number, end: number): boolean {
  return end - start === 2 && (text.charCodeAt(start) | 0x20) === 0x78 && (text.charCodeAt(start + 1) | 0x20) === 0x64;
}

/**
 * Whether the Latin letters text[start, end) are exactly an elision TOKEN
 * would cut, with the apostrophe at `end`: "l'", "qu'", "jusqu'", not
 * "aujourd'hui". Only the usual apostrophes before a Latin letter, after
 * nothing that could be a letter; unsure cases answer false (the regex decides).
 */
function isElision(text: string, start: number, end: number): boolean {
  if (end + 1 >= text.length) return false;
  const apostrophe = text.charCodeAt(end);
  if ((apostrophe !== 0x27 && apostrophe !== 0x2019) || !latinLetter(text.charCodeAt(end + 1))) return false;
  if (start > 0) {
    // Not right after a letter or a combining mark: ASCII other than letters is neither.
    const before = text.charCodeAt(start - 1);
    if (before >= 0x80 || (before | 0x20) >= 0x61 && (before | 0x20) <= 0x7a) return false;
  }
  const n = end - start;
  const first = text.charCodeAt(start) | 0x20;
  if (n === 1) return ELIDED_LETTERS.includes(first);
  if (n === 2) return first === 0x71 && (text.charCodeAt(start + 1) | 0x20) === 0x75; // "qu", in any case
  // "jusqu", "lorsqu", "puisqu", "quoiqu": the first letter in any case, the rest in small letters.
  return ELIDED_WORDS.includes(String.fromCharCode(first) + text.slice(start + 1, end));
}

/** The single letters elided before an apostrophe, in small letters: l d n j c s m t. */
const ELIDED_LETTERS = [0x6c, 0x64, 0x6e, 0x6a, 0x63, 0x73, 0x6d, 0x74];
const ELIDED_WORDS = ['jusqu', 'lorsqu', 'puisqu', 'quoiqu'];

// Letters split by dots, spaces, dashes or underscores: "c.o.n.n.a.r.d", "i d i o t".
const SPACED_LETTERS = /\p{L}([. _-])\p{L}(?:\1\p{L})+(?![\p{L}\p{N}])/uy;
const SPACED_SEPARATORS = /[. _-]/g;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

/** The tokens cut so far, and what the next one inherits: its sentence, a pending break, a joining hyphen. */
class Cut {
  readonly tokens: Token[] = [];
  sentence = 0;
  pendingSentenceBreak = false;
  joinNext = false;

  /** `letters` and `upper` when the caller has counted them already. */
  push(raw: string, start: number, kind: TokenKind, letters = -1, upper = 0): void {
    if (letters < 0) {
      if (kind === 'punct' || kind === 'emoji') {
        letters = 0;
        upper = 0;
      } else {
        countLetters(raw);
        letters = countedLetters;
        upper = countedUpper;
      }
    }
    this.add(raw, start, kind, letters, upper, undefined);
    if (kind === 'punct' && SENTENCE_END.test(raw)) this.pendingSentenceBreak = true;
  }

  /** A word or an elision kept in words.ts. */
  pushWord(word: Word, start: number): void {
    this.add(word.raw, start, word.kind, word.letters, word.upper, word);
  }

  /** Punctuation whose caller knows whether it ends a sentence (SENTENCE_END). */
  pushPunct(raw: string, start: number, endsSentence: boolean): void {
    this.add(raw, start, 'punct', 0, 0, undefined);
    if (endsSentence) this.pendingSentenceBreak = true;
  }

  private add(raw: string, start: number, kind: TokenKind, letters: number, upper: number, word: Word | undefined): void {
    const tokens = this.tokens;
    if (this.pendingSentenceBreak) {
      const prev = tokens[tokens.length - 1];
      if (prev && prev.sentence === this.sentence) this.sentence++;
      this.pendingSentenceBreak = false;
    }
    const hyphenated = this.joinNext;
    this.joinNext = false;
    tokens.push({ kind, raw, start, end: start + raw.length, letters, upper, hyphenated, sentence: this.sentence, quote: -1, word });
  }
}

/** The letters of the word being scanned (one tokenizer runs at a time). */
const packed = new Packed();

/**
 * @param isKnownWord decides whether letters written apart ("i d i o t") are
 *   one word: only when the joined letters make a word some lexicon knows, so
 *   "il y a à" is left alone.
 */
export function tokenize(text: string, isKnownWord: (joined: string) => boolean = () => false): Tokenized {
  const cut = new Cut();
  const tokens = cut.tokens;
  const quotes: QuoteSpan[] = [];
  let openQuote: { token: number; char: string } | null = null;
  let pos = 0;
  const length = text.length;

  while (pos < length) {
    const c = text.charCodeAt(pos);
    if (isSpace(c)) {
      let end = pos + 1;
      let newline = c === 0x0a;
      for (let d: number; end < length && isSpace((d = text.charCodeAt(end))); end++) if (d === 0x0a) newline = true;
      if (newline && tokens.length) cut.pendingSentenceBreak = true;
      pos = end;
      continue;
    }
    // The commonest punctuation, cut as TOKEN would: "," alone, runs of "." and of "!?".
    if (c === 0x2c) {
      cut.pushPunct(',', pos, false);
      pos++;
      continue;
    }
    if (c === 0x2e || c === 0x21 || c === 0x3f) {
      let end = pos + 1;
      if (c === 0x2e) while (end < length && text.charCodeAt(end) === 0x2e) end++;
      else for (let d: number; end < length && ((d = text.charCodeAt(end)) === 0x21 || d === 0x3f); end++);
      cut.pushPunct(text.slice(pos, end), pos, true);
      pos = end;
      continue;
    }
    // SPACED_LETTERS needs a separator right after a letter (of one or two units).
    const flags = latinLetter(c);
    if ((c >= 0x80 || flags) && spacedSeparatorFollows(text, pos, c)) {
      SPACED_LETTERS.lastIndex = pos;
      const spaced = SPACED_LETTERS.exec(text);
      if (spaced && (pos === 0 || !LETTER.test(text[pos - 1]!))) {
        let run = spaced[0];
        // "t r a n s n'ont": the last letter is the next word's elided article, not part of the word.
        if (!isKnownWord(run.replace(SPACED_SEPARATORS, '')) && APOSTROPHES.has(text[pos + run.length] ?? '')) run = run.slice(0, run.length - 2);
        if (run.length >= 3 && isKnownWord(run.replace(SPACED_SEPARATORS, ''))) {
          cut.push(run, pos, 'word');
          pos += run.length;
          continue;
        }
      }
    }
    // Plain words of Latin letters, the bulk of any comment, and elisions, without the regex. Their
    // letters are packed on the way, to find them among the words seen lately (words.ts).
    if (flags) {
      let end = pos + 1;
      let upper = flags & A_CAPITAL ? 1 : 0;
      packed.start(c);
      for (let d: number, f: number; end < length && (f = latinLetter((d = text.charCodeAt(end)))); end++) {
        if (f & A_CAPITAL) upper++;
        packed.add(end - pos, d);
      }
      if (endsPlainWord(text, pos, end)) {
        cut.pushWord(wordAt(text, pos, end, 'word', packed, upper), pos);
        pos = end;
        continue;
      }
      if (isElision(text, pos, end)) {
        cut.pushWord(wordAt(text, pos, end + 1, 'elision', packed, upper), pos);
        pos = end + 1;
        continue;
      }
    }
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) {
      pos++; // an unpaired surrogate or similar: skip one unit rather than fail
      continue;
    }
    const raw = m[0];
    const start = pos;
    pos = TOKEN.lastIndex;
    let kind: TokenKind = 'punct';
    for (let g = 1; g <= KINDS.length; g++) {
      if (m[g] !== undefined) {
        kind = KINDS[g - 1]!;
        break;
      }
    }
    if (kind === 'word' && DIGITS_ONLY.test(raw)) kind = 'number';
    if (kind === 'url') {
      // Trailing punctuation belongs to the sentence, not the link.
      const trimmed = raw.replace(/[.,;:!?)\]'’]+$/, '');
      pos = start + trimmed.length;
      cut.push(trimmed, start, 'url');
      continue;
    }

    // Quotes: straight double quotes toggle; typographic ones open and close.
    if (kind === 'punct' && (raw === '"' || OPEN_QUOTES.has(raw) || CLOSE_QUOTES.has(raw))) {
      const closes = openQuote && (raw === '"' || CLOSE_QUOTES.has(raw));
      if (closes && openQuote) {
        const first = openQuote.token;
        let words = 0;
        for (let i = first; i < tokens.length; i++) if (tokens[i]!.kind === 'word') words++;
        if (tokens.length > first) quotes.push({ start: first, end: tokens.length, words });
        openQuote = null;
      } else if (!CLOSE_QUOTES.has(raw)) {
        openQuote = { token: tokens.length + 1, char: raw };
      }
    }
    // A hyphen between two letters joins a compound ("vice-ministre", "va-t-en-guerre"):
    // it is dropped and the next token remembers it, so phrases match either spelling.
    if (raw === '-' && tokens.length && tokens[tokens.length - 1]!.end === start && LETTER.test(text[pos] ?? '')) {
      cut.joinNext = true;
      continue;
    }
    cut.push(raw, start, kind);
  }

  // An unclosed quote quotes nothing.
  if (openQuote) openQuote = null;
  for (let q = 0; q < quotes.length; q++) {
    const span = quotes[q]!;
    for (let i = span.start; i < span.end; i++) tokens[i]!.quote = q;
  }
  return { tokens, quotes, sentences: cut.sentence + 1 };
}
