/**
 * Splits a comment into tokens that keep their offsets into the original
 * text, so every piece of evidence can be highlighted where it was written.
 * No normalisation happens here beyond what is needed to cut the text;
 * `forms` are computed lazily by the lexicon lookup (see lexicon.ts).
 */

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
// punctuation, URLs before words, elisions before words.
const TOKEN = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"«»]+|\b[a-z0-9][a-z0-9-]*\.(?:com|fr|net|org|lb|info|io|ly|be|ch|co|ca|ru|tv|me|biz|eu)\b(?:\/[^\s<>"«»]*)?)`,
    String.raw`(?<emoticon>(?<![\p{L}\p{N}])(?:[:;=8][-']?[)(\]\[dDpPoO3/\\|*]|<3|[xX][dD](?![\p{L}])|\^\^|\^_\^|T_T|-_-)(?![\p{L}\p{N}]))`,
    // French elision, with the apostrophe or the comma some readers type instead ("L,ODEUR").
    String.raw`(?<elision>(?<![\p{L}\p{M}])(?:[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu|[qQ][uU]|[lLdDnNjJcCsSmMtT])['’ʼ´${'`'},](?=\p{L}))`,
    String.raw`(?<number>\d+(?:[.,]\d+)+(?![\p{L}]))`,
    String.raw`(?<mention>@[\p{L}\p{N}_][\p{L}\p{M}\p{N}_$*€]*)`,
    String.raw`(?<hashtag>#[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*)`,
    // A word may carry leet digits and masking symbols inside ("c0nn@rd", "p*tain", "$alaud").
    String.raw`(?<word>(?:[$€]|[\p{L}\p{N}])(?:[\p{L}\p{M}\p{N}@$*€|]|['’](?=\p{L}))*)`,
    String.raw`(?<emoji>\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*)`,
    String.raw`(?<punct>[!?]+|\.{2,}|…|[^\s\p{L}\p{N}])`,
  ].join('|'),
  'uy',
);

const SPACE = /[\s\u0000-\u001f\u007f-\u009f\u200b\uFEFF]+/uy;
const SENTENCE_END = /^(?:[.!?…]+|\.{2,})$/;
const OPEN_QUOTES = new Set(['«', '“', '„', '‹']);
const CLOSE_QUOTES = new Set(['»', '”', '›']);
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const DIGITS_ONLY = /^[\d.,]+$/;

function countLetters(raw: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (const ch of raw) {
    if (LETTER.test(ch)) {
      letters++;
      if (UPPER.test(ch)) upper++;
    }
  }
  return { letters, upper };
}

// Letters split by dots, spaces, dashes or underscores: "c.o.n.n.a.r.d", "i d i o t".
const SPACED_LETTERS = /\p{L}(?<sep>[. _-])\p{L}(?:\k<sep>\p{L})+(?![\p{L}\p{N}])/uy;

/**
 * @param isKnownWord decides whether letters written apart ("i d i o t") are
 *   one word: only when the joined letters make a word some lexicon knows, so
 *   "il y a à" is left alone.
 */
export function tokenize(text: string, isKnownWord: (joined: string) => boolean = () => false): Tokenized {
  const tokens: Token[] = [];
  const quotes: QuoteSpan[] = [];
  let sentence = 0;
  let openQuote: { token: number; char: string } | null = null;
  let pos = 0;
  let pendingSentenceBreak = false;
  let joinNext = false;

  while (pos < text.length) {
    SPACE.lastIndex = pos;
    const space = SPACE.exec(text);
    if (space) {
      if (space[0].includes('\n') && tokens.length) pendingSentenceBreak = true;
      pos = SPACE.lastIndex;
      continue;
    }
    SPACED_LETTERS.lastIndex = pos;
    const spaced = SPACED_LETTERS.exec(text);
    if (spaced && (pos === 0 || !LETTER.test(text[pos - 1]!))) {
      const joined = spaced[0].replace(/[. _-]/g, '');
      if (isKnownWord(joined)) {
        pushToken(spaced[0], pos, 'word');
        pos = SPACED_LETTERS.lastIndex;
        continue;
      }
    }
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m || !m.groups) {
      pos++; // an unpaired surrogate or similar: skip one unit rather than fail
      continue;
    }
    const raw = m[0];
    const start = pos;
    pos = TOKEN.lastIndex;
    let kind = (Object.keys(m.groups).find((k) => m.groups![k] !== undefined) ?? 'punct') as TokenKind;
    if (kind === 'word' && DIGITS_ONLY.test(raw)) kind = 'number';
    if (kind === 'url') {
      // Trailing punctuation belongs to the sentence, not the link.
      const trimmed = raw.replace(/[.,;:!?)\]'’]+$/, '');
      pos = start + trimmed.length;
      pushToken(trimmed, start, 'url');
      continue;
    }

    // Quotes: straight double quotes toggle; typographic ones open and close.
    if (kind === 'punct' && (raw === '"' || OPEN_QUOTES.has(raw) || CLOSE_QUOTES.has(raw))) {
      const closes = openQuote && (raw === '"' || CLOSE_QUOTES.has(raw));
      if (closes && openQuote) {
        const first = openQuote.token;
        const words = tokens.slice(first).filter((t) => t.kind === 'word').length;
        if (tokens.length > first) quotes.push({ start: first, end: tokens.length, words });
        openQuote = null;
      } else if (!CLOSE_QUOTES.has(raw)) {
        openQuote = { token: tokens.length + 1, char: raw };
      }
    }
    // A hyphen between two letters joins a compound ("vice-ministre", "va-t-en-guerre"):
    // it is dropped and the next token remembers it, so phrases match either spelling.
    if (raw === '-' && tokens.length && tokens[tokens.length - 1]!.end === start && LETTER.test(text[pos] ?? '')) {
      joinNext = true;
      continue;
    }
    pushToken(raw, start, kind);
  }

  // An unclosed quote quotes nothing.
  if (openQuote) openQuote = null;
  for (let q = 0; q < quotes.length; q++) {
    const span = quotes[q]!;
    for (let i = span.start; i < span.end; i++) tokens[i]!.quote = q;
  }
  return { tokens, quotes, sentences: sentence + 1 };

  function pushToken(raw: string, start: number, kind: TokenKind) {
    if (pendingSentenceBreak) {
      const prev = tokens[tokens.length - 1];
      if (prev && prev.sentence === sentence) sentence++;
      pendingSentenceBreak = false;
    }
    const hyphenated = joinNext;
    joinNext = false;
    const { letters, upper } = kind === 'punct' || kind === 'emoji' ? { letters: 0, upper: 0 } : countLetters(raw);
    tokens.push({ kind, raw, start, end: start + raw.length, letters, upper, hyphenated, sentence, quote: -1 });
    if (kind === 'punct' && SENTENCE_END.test(raw)) pendingSentenceBreak = true;
  }
}
