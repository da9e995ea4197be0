/**
 * Language by stop words: frequent function words differ between French and
 * English and survive missing accents and capitals ("IL EST AUX ABOIS").
 * A few other languages' words let Spanish, Italian or German comments come
 * out as "other" instead of a wrong guess.
 */
import type { Lang } from '../types.js';
import { EN, FR } from './lexicons/function-words.js';
import type { Token } from './tokenize.js';
import { tokenKey, type CompiledLexicon } from './lexicon.js';
import { isKnownWord } from './lookup.js';

// "on" and "me" are function words of both languages: half a clue for English, where the stop list has them.
// The pronouns and forms of "aller" that French threats are made of ("on va te…") are clues for French here
// rather than in FR.stopwords, which the lexicon also reads (Pattern tones, glued-word splits).
const HALF_ENGLISH = new Set(['on', 'me']);
const FRENCH = new Set([...FR.stopwords, 'te', 'se', 'va', 'vas', 'vais', 'vont', 'allez', 'allons', 'nos', 'vos', 'cet']);
const ENGLISH = new Set(EN.stopwords.filter((w) => !HALF_ENGLISH.has(w)));
// Words in both lists ("on", "a", "en") were left out of both; these are for other languages.
const OTHER = new Set([
  'el', 'los', 'las', 'y', 'por', 'para', 'pero', 'muy', 'esta', 'porque', 'tambien', 'como', 'todo', 'nada', 'eso',
  // Not "die": English threats are made of it ("go die").
  'der', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'ich', 'sie', 'auf', 'fur', 'auch', 'sind', 'wir',
  'di', 'che', 'della', 'sono', 'questo', 'anche', 'perche', 'molto', 'gli', 'nao', 'uma', 'voce', 'isso', 'muito',
]);
const FRENCH_LETTERS = /[éèêàùçœâîôûë]/i;
const NON_LATIN = /[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Greek}\p{Script=Armenian}]/u;

export interface LanguageGuess {
  lang: Lang;
  confidence: number;
}

// What one written word says about the language, as bits; cached because words repeat.
const FR_WORD = 1;
const EN_WORD = 2;
const OTHER_WORD = 4;
const FR_LETTER = 8;
const FOREIGN = 16;
const HALF_EN_WORD = 32;
const CACHE_LIMIT = 50_000;
const clues = new Map<string, number>();

function cluesOf(raw: string, elision: boolean): number {
  const cacheKey = elision ? raw + '\u0000' : raw;
  let c = clues.get(cacheKey);
  if (c !== undefined) return c;
  if (NON_LATIN.test(raw)) c = FOREIGN;
  else {
    const key = tokenKey(raw, elision);
    c = (FRENCH.has(key) ? FR_WORD : 0) | (ENGLISH.has(key) ? EN_WORD : HALF_ENGLISH.has(key) ? HALF_EN_WORD : 0) | (OTHER.has(key) ? OTHER_WORD : 0) | (FRENCH_LETTERS.test(raw) ? FR_LETTER : 0);
  }
  if (clues.size >= CACHE_LIMIT) clues.clear();
  clues.set(cacheKey, c);
  return c;
}

/** Below this many function words, a comment's other words are read too: "Great article, thanks.", "Assad must go." */
const WEAK_EVIDENCE = 2;
const LEXICON_CLUE_WORDS = 40;

/**
 * Half a clue per word one language's lexicon knows and the other's does not
 * ("great", "thanks", "moron"; "génial", "merci"): for comments too short to
 * hold enough function words.
 */
function lexiconClues(tokens: readonly Token[], fr: CompiledLexicon, en: CompiledLexicon): { fr: number; en: number } {
  const out = { fr: 0, en: 0 };
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    // Enough to tell; a long run of words without one function word ("typiquedeconnard…") is not read through.
    if (++words > LEXICON_CLUE_WORDS) break;
    const inFr = isKnownWord(fr, t.raw);
    const inEn = isKnownWord(en, t.raw);
    if (inFr && !inEn) out.fr += 0.5;
    if (inEn && !inFr) out.en += 0.5;
  }
  return out;
}

export function detectLanguage(tokens: readonly Token[], fallback: 'fr' | 'en', lexicons?: { fr: CompiledLexicon; en: CompiledLexicon }): LanguageGuess {
  let fr = 0;
  let en = 0;
  let other = 0;
  let latinWords = 0;
  let foreignWords = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'elision') continue;
    const word = t.word;
    // A word kept in words.ts keeps its clues: no string to hash.
    const c = word === undefined ? cluesOf(t.raw, t.kind === 'elision') : word.clues >= 0 ? word.clues : (word.clues = cluesOf(word.raw, word.kind === 'elision'));
    if (c & FOREIGN) {
      foreignWords++;
      continue;
    }
    latinWords++;
    if (c & FR_WORD) fr++;
    if (c & EN_WORD) en++;
    if (c & HALF_EN_WORD) en += 0.5;
    if (c & OTHER_WORD) other++;
    if (c & FR_LETTER) fr += 0.5;
  }
  if (foreignWords > latinWords) return { lang: 'other', confidence: foreignWords / (foreignWords + latinWords) };
  if (lexicons && fr + en + other < WEAK_EVIDENCE) {
    const more = lexiconClues(tokens, lexicons.fr, lexicons.en);
    fr += more.fr;
    en += more.en;
  }
  const total = fr + en + other;
  if (total === 0) return { lang: latinWords ? fallback : 'other', confidence: 0 };
  if (other > fr && other > en) return { lang: 'other', confidence: other / total };
  if (en > fr) return { lang: 'en', confidence: en / total };
  return { lang: 'fr', confidence: fr / total };
}
