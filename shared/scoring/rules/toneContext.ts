/**
 * Where a tone word stands can change what it says: inside a name ("Taylor
 * Swift", "Ségolène Royal") it says nothing, "like" is often a preposition,
 * "bien" before a participle judges it ("bien écrit"), and an irony tag
 * ("#ironie", "#not") turns the praise of the whole comment sour.
 */
import type { Analysis, Match } from '../analyse.js';
import { entryAt, keyAt, wordsAfter, wordsBefore } from '../scope.js';

/** The token index of the first of the hashtags (token indices, in order) that declares irony ("#ironie", "#not"), or -1. */
export function ironyTagAt(a: Analysis, hashtags: readonly number[]): number {
  const tags = a.lex.words.ironyTags;
  for (const i of hashtags) if (tags.includes(keyAt(a, i) ?? '')) return i;
  return -1;
}

// French past participles: the "-é" forms as written ("pensé", "réalisées"), and the common irregular ones, folded.
const PARTICIPLE_E = /[ée]e?s?$/;
const IRREGULAR_PARTICIPLES = new Set([
  'fait', 'faite', 'faits', 'faites', 'dit', 'dite', 'ecrit', 'ecrite', 'ecrits', 'ecrites', 'vu', 'vue', 'lu', 'fichu', 'foutu', 'foutue',
  'concu', 'concue', 'construit', 'construite', 'construits', 'construites', 'reussi', 'reussie', 'reussis', 'reussies', 'choisi', 'choisie',
  'rendu', 'servi', 'tenu', 'defendu',
]);

/** "bien pensé", "bien écrit": "bien" judges the participle after it rather than intensifying it. */
export function qualifiesParticiple(a: Analysis, i: number): boolean {
  if (a.lang !== 'fr' || i + 1 >= a.tokens.length || a.tokens[i + 1]!.kind !== 'word') return false;
  const raw = a.tokens[i + 1]!.raw.toLowerCase();
  const key = keyAt(a, i + 1) ?? '';
  // "é" as written: without accents "-e" and "-es" end nouns too ("super puissances").
  const participle = (PARTICIPLE_E.test(raw) && /é/.test(raw.slice(-4))) || IRREGULAR_PARTICIPLES.has(key);
  if (!participle || a.lex.stopwords.has(key)) return false;
  const e = entryAt(a, i + 1);
  return !e || (e.tone === undefined && e.intensifier === undefined && !e.negator);
}

/** "like" in "looks like rain" or "people like him": a preposition, not "I like it". */
export function isPreposition(a: Analysis, m: Match): boolean {
  const w = a.lex.words;
  if (m.first !== m.last || !w.prepositionVerbs.includes(m.key)) return false;
  // The subject may stand one adverb away: "I really like".
  return !wordsBefore(a, m.first, 2).some((j) => w.verbSubjects.includes(keyAt(a, j) ?? ''));
}

/** "Swift", "Royal" as written in "Taylor Swift", "Ségolène Royal": capital initial, the rest lower case. */
function isCapitalised(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (t.kind !== 'word' || t.upper !== 1 || t.letters < 2) return false;
  const c = t.raw.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a ? true : c >= 0xc0 && c <= 0xde;
}

const GUESSES = new Set(['typo', 'glued', 'prefix', 'mask', 'leet']);

/**
 * A capitalised word the lexicon knows only by guessing is a name: "Loire" is
 * not a typo of "gloire", "Madrid" not "mad" + "rid", "Nobel" not "noble".
 * Inflections count as guesses inside a sentence ("en France" is not "franc"),
 * and at its start only when they drop the "-e" of a feminine ("France").
 */
export function isGuessedName(a: Analysis, m: Match): boolean {
  if (m.via === 'exact' || m.via === 'stretch' || m.first !== m.last) return false;
  const t = a.tokens[m.first]!;
  const raw = t.kind === 'hashtag' ? t.raw.slice(1) : t.raw;
  if (!isTitleCase(raw)) return false;
  if (GUESSES.has(m.via)) return true;
  if (m.via !== 'lemma') return false;
  return wordsBefore(a, m.first, 1).length > 0 || /e$/i.test(raw) && m.key.length === raw.length - 1;
}

/** "France", "Loire": one capital, then lower case. */
function isTitleCase(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (!(c >= 0x41 && c <= 0x5a) && !(c >= 0xc0 && c <= 0xde)) return false;
  return raw.length >= 2 && raw.slice(1) === raw.slice(1).toLowerCase();
}

/**
 * A capitalised word, not the first of its sentence, right beside another
 * capitalised word the lexicons do not know (or know as a public figure): part
 * of a name, not a tone word.
 */
export function isNamePart(a: Analysis, first: number, last: number): boolean {
  if (!isCapitalised(a, first)) return false;
  // At the start of a sentence a capital says nothing.
  const prev = wordsBefore(a, first, 1)[0];
  if (prev === undefined) return false;
  const next = wordsAfter(a, last, 1)[0];
  return (prev === first - 1 && isUnknownName(a, prev)) || (next === last + 1 && isUnknownName(a, next));
}

/** A capitalised word the lexicons do not know, or know as a public figure. */
function isUnknownName(a: Analysis, j: number | undefined): boolean {
  return j !== undefined && isCapitalised(a, j) && (a.at[j] === undefined || !!a.at[j]!.entry.figure);
}

const THANKS = new Set(['thanks', 'thank', 'thx', 'merci', 'bravo', 'congrats', 'congratulations', 'felicitations', 'chapeau']);
const FOR = new Set(['for', 'pour', 'de', "d'"]);
const THANKS_REACH = 6;

/**
 * "Thanks Sky for screwing up another game", "merci au gouvernement pour ce
 * fiasco": thanks given for something bad are a reproach.
 */
export function isIronicThanks(a: Analysis, m: Match): boolean {
  if (m.first !== m.last || !THANKS.has(m.key)) return false;
  const after = wordsAfter(a, m.last, THANKS_REACH);
  const f = after.findIndex((j) => FOR.has(keyAt(a, j) ?? ''));
  if (f < 0) return false;
  return after.slice(f + 1).some((j) => {
    const e = entryAt(a, j);
    const v = e?.valence ?? e?.tone;
    return (v !== undefined && v <= IRONIC_THANKS_NEGATIVE) || (!!e?.abuse && !e.abuse.weak);
  });
}
const IRONIC_THANKS_NEGATIVE = -0.3;
