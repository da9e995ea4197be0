/**
 * Language by stop words: frequent function words differ between French and
 * English and survive missing accents and capitals ("IL EST AUX ABOIS").
 * A few other languages' words let Spanish, Italian or German comments come
 * out as "other" instead of a wrong guess.
 */
import type { Lang } from '../types.js';
import { EN, FR } from './lexicons/function-words.js';
import type { Token } from './tokenize.js';
import { tokenKey } from './lexicon.js';

const FRENCH = new Set(FR.stopwords);
const ENGLISH = new Set(EN.stopwords);
// Words in both lists ("on", "a", "en") were left out of both; these are for other languages.
const OTHER = new Set([
  'el', 'los', 'las', 'y', 'por', 'para', 'pero', 'muy', 'esta', 'porque', 'tambien', 'como', 'todo', 'nada', 'eso',
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'ich', 'sie', 'auf', 'fur', 'auch', 'sind', 'wir',
  'di', 'che', 'della', 'sono', 'questo', 'anche', 'perche', 'molto', 'gli', 'nao', 'uma', 'voce', 'isso', 'muito',
]);
const FRENCH_LETTERS = /[éèêàùçœâîôûë]/i;
const NON_LATIN = /[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Greek}\p{Script=Armenian}]/u;

export interface LanguageGuess {
  lang: Lang;
  confidence: number;
}

export function detectLanguage(tokens: readonly Token[], fallback: 'fr' | 'en'): LanguageGuess {
  let fr = 0;
  let en = 0;
  let other = 0;
  let latinWords = 0;
  let foreignWords = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'elision') continue;
    if (NON_LATIN.test(t.raw)) {
      foreignWords++;
      continue;
    }
    latinWords++;
    const key = tokenKey(t.raw, t.kind === 'elision');
    if (FRENCH.has(key)) fr++;
    if (ENGLISH.has(key)) en++;
    if (OTHER.has(key)) other++;
    if (FRENCH_LETTERS.test(t.raw)) fr += 0.5;
  }
  if (foreignWords > latinWords) return { lang: 'other', confidence: foreignWords / (foreignWords + latinWords) };
  const total = fr + en + other;
  if (total === 0) return { lang: latinWords ? fallback : 'other', confidence: 0 };
  if (other > fr && other > en) return { lang: 'other', confidence: other / total };
  if (en > fr) return { lang: 'en', confidence: en / total };
  return { lang: 'fr', confidence: fr / total };
}
