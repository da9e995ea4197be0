/**
 * The shared first step of scoring: cut the text, tell its language, and
 * match every token against the language's lexicon (longest phrase first).
 * Rules read this analysis; none of them looks at the raw text again.
 */
import type { Lang } from '../types.js';
import type { Rules } from './rules.js';
import { tokenize, type QuoteSpan, type Token } from './tokenize.js';
import { lexiconFor, type CompiledLexicon, type LexEntry, type TrieNode } from './lexicon.js';
import { isKnownWord, lookupWord, withoutTypo, type Via, type WordHit } from './lookup.js';
import { detectLanguage } from './language.js';
import type { Word } from './words.js';

export interface Match {
  first: number;
  /** Last token index, inclusive. */
  last: number;
  entry: LexEntry;
  key: string;
  via: Via;
}

export interface Analysis {
  text: string;
  rules: Rules;
  lang: Lang;
  langConfidence: number;
  lex: CompiledLexicon;
  tokens: Token[];
  quotes: QuoteSpan[];
  sentences: number;
  /**
   * Token indices of each sentence: first at [2s], last (inclusive) at
   * [2s + 1], -1 for both when the sentence has no token.
   */
  sentenceBounds: number[];
  /** What each token is on its own (function words keep their role inside a phrase). */
  hits: (WordHit | undefined)[];
  /** The match each token belongs to, if any. */
  at: (Match | undefined)[];
  matches: Match[];
  /**
   * Words inside a longer phrase that are abusive, a group or a figure on
   * their own: "de merde" is a tone phrase, and still profanity.
   */
  inner: Match[];
}

function hitOf(lex: CompiledLexicon, t: Token): WordHit | undefined {
  if (t.word !== undefined) return keptHitOf(lex, t.word);
  const k = t.kind;
  if (k === 'emoji') {
    const hit = lookupWord(lex, t.raw);
    if (hit.entry) return hit;
    // "🙌🏽", "☀" without its variation selector, "🤷🏽‍♀️": skin tones, selectors and gendered sequences
    // mean what their first pictograph means.
    const first = String.fromCodePoint(t.raw.codePointAt(0)!);
    if (first === t.raw) return lookupWord(lex, first + '\uFE0F');
    const bare = lookupWord(lex, first);
    return bare.entry ? bare : lookupWord(lex, first + '\uFE0F');
  }
  if (k === 'word' || k === 'mention' || k === 'emoticon') return lookupWord(lex, t.raw);
  if (k !== 'hashtag' && k !== 'elision') return undefined;
  if (t.kind === 'hashtag') return lookupWord(lex, t.raw.slice(1));
  if (t.kind === 'elision') return lookupWord(lex, t.raw.slice(0, -1) + "'");
  return lookupWord(lex, t.raw);
}

/** A kept word's lookup (words.ts), made once per lexicon: what hitOf would look up, without hashing the word again. */
function keptHitOf(lex: CompiledLexicon, word: Word): WordHit {
  if (lex.lang === 'fr') {
    if (word.frLexicon !== lex.id) {
      word.frHit = lookupWord(lex, formLookedUp(word));
      word.frLexicon = lex.id;
    }
    return word.frHit!;
  }
  if (word.enLexicon !== lex.id) {
    word.enHit = lookupWord(lex, formLookedUp(word));
    word.enLexicon = lex.id;
  }
  return word.enHit!;
}

/** The form of a kept word hitOf looks up: an elision with a straight apostrophe, as the lexicons write it. */
function formLookedUp(word: Word): string {
  return word.kind === 'elision' ? word.raw.slice(0, -1) + "'" : word.raw;
}

function matchAt(lex: CompiledLexicon, tokens: Token[], hits: (WordHit | undefined)[], i: number): Match | undefined {
  const hit = hits[i];
  if (!hit) return undefined;
  let best: Match | undefined = hit.entry ? { first: i, last: i, entry: hit.entry, key: hit.key!, via: hit.via! } : undefined;
  const starts = hit.phraseStarts;
  // A phrase goes on into the next token, which must be read (not punctuation) and in the same sentence.
  if (!starts.length || i + 1 >= tokens.length || !hits[i + 1] || tokens[i + 1]!.sentence !== tokens[i]!.sentence) return best;
  for (const start of starts) {
    let node: TrieNode | undefined = start.node;
    let path = start.key;
    for (let j = i + 1; node?.next && j < tokens.length; j++) {
      const next = hits[j];
      if (!next?.continuesPhrase || tokens[j]!.sentence !== tokens[i]!.sentence) break;
      let step: TrieNode | undefined;
      for (const k of next.phraseKeys) if ((step = node.next.get(k))) { path += ' ' + k; break; }
      if (!step) break;
      node = step;
      if (node.entry && (!best || j > best.last) && !isArticleAfter(lex, tokens, hits, j)) best = { first: i, last: j, entry: node.entry, key: path, via: 'exact' };
    }
  }
  return best;
}

const OBJECT_OR_ARTICLE = new Set(['la', 'le', 'les']);

/**
 * "ferme-la" ends on a pronoun; in "fermé la frontière" the same letters are
 * an article, before a noun and without the imperative's hyphen: a phrase
 * cannot end there.
 */
function isArticleAfter(lex: CompiledLexicon, tokens: readonly Token[], hits: readonly (WordHit | undefined)[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (t.hyphenated || !OBJECT_OR_ARTICLE.has(t.raw.toLowerCase()) || next === undefined || next.sentence !== t.sentence || next.kind !== 'word') return false;
  // "ferme la et dégage", "ferme la toi": a grammatical word follows a pronoun, not an article.
  const key = hits[j + 1]?.keys[0];
  return key === undefined || !lex.stopwords.has(key);
}

export function analyse(text: string, rules: Rules, lang?: 'fr' | 'en'): Analysis {
  const fr = lexiconFor(rules, 'fr');
  const en = lexiconFor(rules, 'en');
  // Inline rather than a named closure: tsx (which runs the server) gives every named closure its name with
  // Object.defineProperty, a quarter of a microsecond per comment.
  const { tokens, quotes, sentences } = tokenize(text, (w) => isKnownWord(fr, w) || isKnownWord(en, w));
  const guess = lang ? { lang, confidence: 1 } : detectLanguage(tokens, rules.defaultLang, { fr, en });
  // "other" comments are read with the site's language: its insults are the ones moderators need caught.
  const lex = guess.lang === 'en' ? en : guess.lang === 'fr' ? fr : lexiconFor(rules, rules.defaultLang);

  const hits: (WordHit | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const hit = hitOf(lex, tokens[i]!);
    hits[i] = hit?.via === 'typo' && !hit.entry?.group && isWrittenAsName(tokens, hits, i) ? withoutTypo(lex, hit) : hit;
  }
  const at: (Match | undefined)[] = new Array(tokens.length);
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(lex, tokens, hits, i);
    if (!m) continue;
    matches.push(m);
    for (let j = m.first; j <= m.last; j++) at[j] = m;
    i = m.last;
  }
  const inner: Match[] = [];
  for (const m of matches) {
    if (m.first === m.last || m.entry.allow) continue;
    for (let j = m.first; j <= m.last; j++) {
      const h = hits[j];
      const e = h?.entry;
      if (e && e !== m.entry && (e.abuse || e.group || e.figure) && !(m.entry.abuse || m.entry.group || m.entry.figure)) {
        inner.push({ first: j, last: j, entry: e, key: h.key!, via: h.via! });
      }
    }
  }
  const sentenceBounds = boundsOf(tokens, sentences);
  return { text, rules, lang: guess.lang, langConfidence: guess.confidence, lex, tokens, quotes, sentences, sentenceBounds, hits, at, matches, inner };
}

const NAME_LIKE = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * A capital then small letters, inside a sentence or before another such
 * word ("Whitney Houston", "I love Whitney"): a name, not a typo of a slur.
 * Only at the start of a sentence, alone, may it still be a misspelt word.
 * Names of peoples are capitalised too ("les Arbaes"): their typos stay read.
 */
function isWrittenAsName(tokens: readonly Token[], hits: readonly (WordHit | undefined)[], i: number): boolean {
  const t = tokens[i]!;
  if (!NAME_LIKE.test(t.raw)) return false;
  // "Sale Bicth", "un Tyarn", "you Bicth": what comes before calls for a word, not a name.
  const prev = hits[i - 1]?.entry;
  if (prev && (prev.determiner || prev.introducer || prev.secondPerson) && tokens[i - 1]!.sentence === t.sentence) return false;
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && next.kind === 'word' && NAME_LIKE.test(next.raw)) return true;
  for (let j = i - 1; j >= 0 && tokens[j]!.sentence === t.sentence; j--) if (tokens[j]!.kind !== 'punct') return true;
  return false;
}

/** First and last token of each sentence (tokens come in sentence order), for Analysis.sentenceBounds. */
function boundsOf(tokens: readonly Token[], sentences: number): number[] {
  // A plain array: V8 allocates a typed array more slowly than it fills this one.
  const bounds: number[] = new Array(2 * sentences).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.sentence;
    if (bounds[2 * s]! < 0) bounds[2 * s] = i;
    bounds[2 * s + 1] = i;
  }
  return bounds;
}

/** The original text of tokens first..last. */
export function spanText(a: Analysis, first: number, last: number): string {
  return a.text.slice(a.tokens[first]!.start, a.tokens[last]!.end);
}
