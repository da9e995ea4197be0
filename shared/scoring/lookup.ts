/**
 * What one written word is, for one language: its candidate spellings and
 * the lexicon entry it resolves to, trying in order the word as written,
 * undone leetspeak and stretched letters, inflections, masked letters,
 * coined portmanteaus, names' derivatives, one-letter typos, words glued to
 * a pronoun; and how it takes part in the lexicon's phrases. Results are
 * cached by the written form: word frequencies are Zipfian, so most tokens
 * are cache hits.
 */
import { englishDegreeCandidates, fold, lemmaCandidates, unleet, unstretch } from './fold.js';
import { lexEntry, type CompiledLexicon, type LexEntry, type TrieNode } from './lexicon.js';
import { FALSE_FRIENDS } from './lexicons/false-friends.js';
import { isKeyNeighbour } from './keyboard.js';
import type { ThreatWords } from './rules/threats.js';

export type Via =
  | 'exact'
  | 'leet'
  | 'stretch'
  | 'lemma'
  | 'mask'
  | 'portmanteau'
  | 'derived'
  | 'typo'
  | 'glued'
  | 'prefix';

export interface WordHit {
  /** Spellings to try when continuing a phrase; the first is the plain folded form. */
  keys: string[];
  entry?: LexEntry;
  /** The lexicon key the word resolved to. */
  key?: string;
  via?: Via;
  /** What the word may be read as inside a phrase (keysInPhrase). */
  phraseKeys: string[];
  /** Those of phraseKeys that start a phrase of the lexicon: only a key whose node goes on (has `next`) can. */
  phraseStarts: readonly PhraseStart[];
  /** Whether one of phraseKeys can go on with a phrase (CompiledLexicon.phraseWords). */
  continuesPhrase: boolean;
  /**
   * What the threat rules read in the word when it stands as a plain word
   * (rules/threats.ts), kept with it: they ask it of nearly every token of
   * every comment, and a field is cheaper to read than a WeakMap.
   */
  threatWords: ThreatWords | undefined;
}

/** A key of a word that starts a phrase of the lexicon, with its trie node. */
export interface PhraseStart {
  key: string;
  node: TrieNode;
}

const NO_PHRASE_STARTS: readonly PhraseStart[] = [];

/**
 * A hit, with how the word takes part in phrases worked out here, once per
 * word (hits are cached), rather than for every token: analyse reads it for
 * every token. Every hit has the same fields in the same order, so the code
 * reading hits stays monomorphic.
 */
function wordHit(lex: CompiledLexicon, keys: string[], entry?: LexEntry, key?: string, via?: Via): WordHit {
  const phraseKeys = keysInPhrase(keys);
  let phraseStarts: PhraseStart[] | undefined;
  let continuesPhrase = false;
  for (const k of phraseKeys) {
    const node = lex.root.get(k);
    if (node?.next) (phraseStarts ??= []).push({ key: k, node });
    if (lex.phraseWords.has(k)) continuesPhrase = true;
  }
  return { keys, entry, key, via, phraseKeys, phraseStarts: phraseStarts ?? NO_PHRASE_STARTS, continuesPhrase, threatWords: undefined };
}

/**
 * A word's keys, and the singular of its first key: phrases are listed in the
 * singular ("race inférieure", "sous-homme") and written in any number
 * ("races inférieures", "des sous-hommes"), and a word that means nothing
 * alone has no lemma among its keys.
 */
function keysInPhrase(keys: string[]): string[] {
  const base = keys[0];
  if (base === undefined) return keys;
  const extra = lemmaCandidates(base).filter((l) => !keys.includes(l));
  return extra.length ? [...keys, ...extra] : keys;
}

const CACHE_LIMIT = 200_000;
const MASK = /[*#]/;
const DERIVED_SUFFIXES = ['ien', 'ienne', 'iens', 'iennes', 'iste', 'istes', 'isme', 'ite', 'ites'];

const PORTMANTEAU_ENTRY: LexEntry = lexEntry({ abuse: { kind: 'slur', severity: 3, weak: false }, group: 'political' });
const FIGURE_ENTRY: LexEntry = lexEntry({ figure: 'name' });

function spellings(base: string): string[] {
  const keys = [base];
  for (const k of unleet(base)) keys.push(k);
  for (const k of [...keys]) for (const s of unstretch(k)) keys.push(s);
  return keys;
}

function entryOf(lex: CompiledLexicon, key: string): LexEntry | undefined {
  return lex.root.get(key)?.entry;
}

/** An entry worth finding through a guess (typo, glued word): a strong signal, not any tone word. */
function isStrong(e: LexEntry | undefined): e is LexEntry {
  return !!e && ((!!e.abuse && !e.abuse.weak) || !!e.hateVerb || e.group === 'identity' || Math.abs(e.tone ?? 0) >= 0.6);
}

function exactOrLemma(lex: CompiledLexicon, key: string): LexEntry | undefined {
  const e = entryOf(lex, key);
  if (e) return e;
  for (const l of lemmaCandidates(key)) {
    const le = entryOf(lex, l);
    if (le) return le;
  }
  return undefined;
}

function resolve(lex: CompiledLexicon, raw: string, falseFriends: ReadonlySet<string> = FALSE_FRIENDS): WordHit {
  const base = fold(raw).replace(/[. _-]/g, '');
  const keys = spellings(base);
  const hit = (entry: LexEntry, key: string, via: Via): WordHit => wordHit(lex, keys, entry, key, via);

  for (const [i, k] of keys.entries()) {
    const e = entryOf(lex, k);
    if (e) return hit(e, k, i === 0 ? 'exact' : /[0-9@$€|!£]/.test(base) && i <= 2 ? 'leet' : 'stretch');
  }
  // Grammatical words are not inflections of anything: "après" is not a plural of "âpre".
  const grammatical = lex.stopwords.has(base);
  for (const k of grammatical ? [] : keys) {
    for (const l of lemmaCandidates(k)) {
      // Nor are grammatical words inflected: "mois" is not a plural of "moi".
      const e = lex.stopwords.has(l) ? undefined : entryOf(lex, l);
      if (e) {
        keys.push(l);
        return hit(e, l, 'lemma');
      }
    }
  }
  if (lex.lang === 'en' && !grammatical) {
    // Only a tone word: "stupidest" is read as "stupid" by the tone rule, not found again as an insult.
    for (const l of englishDegreeCandidates(keys[0]!)) {
      const e = entryOf(lex, l);
      // "likely" does not come from "like".
      if (e?.tone !== undefined && !e.abuse && !lex.words.prepositionVerbs.includes(l)) return hit(lexEntry({ tone: e.tone, toneRule: e.toneRule }), l, 'lemma');
    }
  }
  const negated = negatedByPrefix(lex, keys[0]!);
  if (negated) return hit(negated.entry, negated.key, 'prefix');
  if (lex.stopwords.has(base) || base.length < 4 || falseFriends.has(base)) return wordHit(lex, keys);

  if (MASK.test(base)) {
    const pattern = new RegExp('^' + base.replace(/[*#]/g, '.') + '$');
    const found = lex.byLength.get(base.length)?.find((w) => pattern.test(w));
    if (found) return hit(entryOf(lex, found)!, found, 'mask');
  }
  for (const prefix of lex.pejorativePrefixes) {
    if (base.length - prefix.length < 3 || !base.startsWith(prefix)) continue;
    const rest = base.slice(prefix.length);
    const restEntry = exactOrLemma(lex, rest);
    if (lex.pejorativeRoots.has(rest) || lemmaCandidates(rest).some((r) => lex.pejorativeRoots.has(r)) || (restEntry?.abuse && !restEntry.abuse.weak)) {
      return hit(PORTMANTEAU_ENTRY, base, 'portmanteau');
    }
  }
  for (const name of lex.figureStems) {
    const stem = name.endsWith('e') ? name.slice(0, -1) : name;
    if (base.startsWith(stem) && DERIVED_SUFFIXES.includes(base.slice(stem.length))) return hit(FIGURE_ENTRY, base, 'derived');
  }
  if (base.length >= 4) {
    const typo = lex.typos.get(base) ?? insertionTypo(lex, base) ?? inflectedTypo(lex, base);
    if (typo) {
      // So phrases read on: "manque de respcet" is "manque de respect".
      keys.push(typo);
      return hit(entryOf(lex, typo)!, typo, 'typo');
    }
  }
  const glued = segment(lex, base);
  if (glued) {
    keys.push(glued.key);
    return hit(glued.entry, glued.key, 'glued');
  }
  return wordHit(lex, keys);
}

/**
 * English "un-" negates what follows: "unimpressive" is "not impressive".
 * Only before a word that clearly judges, so "unique" or "united" stay
 * unread. French "in-", "mé-", "dés-" are left out: too many words only look
 * prefixed ("interne" is not "in" + "terne", nor "mêlent" "mé" + "lent"), and
 * the lexicons spell the real ones out.
 */
const NEGATIVE_PREFIXES: Record<'fr' | 'en', readonly string[]> = { en: ['un'], fr: [] };
/** Five letters or more after the prefix: "undies" and "undead" are not the opposite of "dies" and "dead". */
const PREFIX_MIN_REST = 5;
const PREFIX_MIN_VALENCE = 0.3;
/** How much of the opposite a prefix makes: "unhappy" is not quite as strong as "happy". */
const PREFIX_NEGATION = -0.7;

function negatedByPrefix(lex: CompiledLexicon, key: string): { entry: LexEntry; key: string } | undefined {
  for (const p of NEGATIVE_PREFIXES[lex.lang]) {
    if (key.length - p.length < PREFIX_MIN_REST || !key.startsWith(p)) continue;
    const rest = key.slice(p.length);
    const e = exactOrLemma(lex, rest);
    const v = e?.valence ?? e?.tone;
    if (!e || v === undefined || Math.abs(v) < PREFIX_MIN_VALENCE || e.abuse || e.negator || e.intensifier !== undefined) continue;
    if (lex.words.prepositionVerbs.includes(rest)) continue; // "unlike" is a preposition
    return { entry: lexEntry({ tone: PREFIX_NEGATION * v, toneRule: 'tone.prefix' }), key: rest };
  }
  return undefined;
}

const MIN_PART = 2;
const MAX_GLUED = 28;

/** Short grammatical words both languages' stop-word lists leave out (they do not tell the language apart). */
const GLUE = new Set(['de', 'a', 'en', 'y', 'l', 'd', 'on', 'to', 'of', 'in']);

/** A piece of a glued word: a grammatical word, or a word some list knows. */
function partEntry(lex: CompiledLexicon, part: string): LexEntry | null | undefined {
  if (lex.stopwords.has(part) || lex.stopwords.has(part + "'") || GLUE.has(part)) return exactOrLemma(lex, part) ?? exactOrLemma(lex, part + "'") ?? null;
  return exactOrLemma(lex, part);
}

const MIN_UNKNOWN_HEAD = 4;
const OF = ['de', 'des', 'du', 'd'];

/** "desalope" → "de salope": a preposition then a word that is abuse or a group on its own, read as that word. */
function ofAbuseOrGroup(lex: CompiledLexicon, rest: string): { entry: LexEntry; key: string } | undefined {
  for (const of of OF) {
    if (!rest.startsWith(of) || rest.length - of.length < 4) continue;
    const word = rest.slice(of.length);
    const e = exactOrLemma(lex, word);
    if (e && ((e.abuse && !e.abuse.weak) || e.group === 'identity')) return { entry: e, key: `${of} ${word}` };
  }
  return undefined;
}

/**
 * Words run together ("Jedéteste", "lanausée", "orduresdemusulmans"): split
 * into two or three known pieces, at least one of them a strong signal, and
 * read as all of them at once. The key is the pieces joined by spaces, so
 * phrase patterns (threats) still see "mort a".
 */
function segment(lex: CompiledLexicon, base: string): { entry: LexEntry; key: string } | undefined {
  if (base.length < 2 * MIN_PART + 2 || base.length > MAX_GLUED || !/^[a-z']+$/.test(base)) return undefined;
  const merge = (parts: string[], entries: (LexEntry | null)[]) => {
    if (!entries.some((e) => isStrong(e ?? undefined))) return undefined;
    const entry = lexEntry({});
    for (const e of entries) if (e) for (const [k, v] of Object.entries(e)) if ((entry as Record<string, unknown>)[k] === undefined) (entry as Record<string, unknown>)[k] = v;
    // The tone is the strongest piece's, not the first's: "absolumentignoble" is as bad as "ignoble".
    let strongest: LexEntry | undefined;
    for (const e of entries) if (e?.tone !== undefined && Math.abs(e.tone) > Math.abs(strongest?.tone ?? 0)) strongest = e;
    if (strongest) {
      entry.tone = strongest.tone;
      entry.toneRule = strongest.toneRule;
      entry.valence = strongest.valence;
    }
    return { entry, key: parts.join(' ') };
  };
  for (let i = MIN_PART; i <= base.length - MIN_PART; i++) {
    const left = base.slice(0, i);
    const le = partEntry(lex, left);
    if (le === undefined) {
      // A word the lexicon does not know, glued to "de" and an abusive word or a group: "typiquedesalope".
      const tail = i >= MIN_UNKNOWN_HEAD ? ofAbuseOrGroup(lex, base.slice(i)) : undefined;
      // The head stays in the key, so phrase patterns still read "gorges de …".
      if (tail) return { entry: tail.entry, key: `${left} ${tail.key}` };
      continue;
    }
    const right = base.slice(i);
    const re = partEntry(lex, right);
    if (re !== undefined) {
      const two = merge([left, right], [le, re]);
      if (two) return two;
    }
    for (let j = i + MIN_PART; j <= base.length - MIN_PART; j++) {
      const me = partEntry(lex, base.slice(i, j));
      if (me === undefined) continue;
      const te = partEntry(lex, base.slice(j));
      if (te === undefined) continue;
      const three = merge([left, base.slice(i, j), base.slice(j)], [le, me, te]);
      if (three) return three;
    }
  }
  return undefined;
}

const TYPO_MIN_LEMMA = 5;

/**
 * A misspelt plural ("savuages", "imbcieles", "cnonards", "ignoratns"): the
 * typo of its lemma, when that lemma is abuse (an adjective that insults only
 * when aimed, too), hate or an identity group. Not for words
 * that only carry a tone: an inflected word read as another's typo is too
 * often a different word ("chutes" is not "chuter").
 */
function inflectedTypo(lex: CompiledLexicon, base: string): string | undefined {
  // Plurals only: a final "e" is as often part of a name ("google" is not a feminine).
  const last = base[base.length - 1];
  if (last !== 's' && last !== 'x') return undefined;
  for (const l of lemmaCandidates(base)) {
    if (l.length < TYPO_MIN_LEMMA) continue;
    const typo = lex.typos.get(l);
    const e = typo ? entryOf(lex, typo) : undefined;
    if (e && (e.abuse || e.hateVerb || e.group === 'identity')) return typo;
  }
  return undefined;
}

/** Whether the letter at i is one a finger slipping off the letter before or after it would type. */
function isSlip(base: string, i: number): boolean {
  const c = base[i]!;
  return (i > 0 && isKeyNeighbour(c, base[i - 1]!)) || (i + 1 < base.length && isKeyNeighbour(c, base[i + 1]!));
}

/** "connnard" is covered by stretching; "connarsd" (one extra letter, a slip to a neighbour key) by this. */
function insertionTypo(lex: CompiledLexicon, base: string): string | undefined {
  if (base.length < 6) return undefined;
  for (let i = 0; i < base.length; i++) {
    if (!isSlip(base, i)) continue;
    const k = base.slice(0, i) + base.slice(i + 1);
    const e = entryOf(lex, k);
    if (e && e.abuse && !e.abuse.weak && k.length >= 5) return k;
  }
  return undefined;
}

/**
 * Resolves a word afresh (no cache). `ignoreFalseFriends` lets the guesses run
 * on every word: for `npm run gen:false-friends`, which computes that list.
 */
export function guessWord(lex: CompiledLexicon, raw: string, opts: { ignoreFalseFriends?: boolean } = {}): WordHit {
  return resolve(lex, raw, opts.ignoreFalseFriends ? NO_FALSE_FRIENDS : FALSE_FRIENDS);
}
const NO_FALSE_FRIENDS: ReadonlySet<string> = new Set();

export function lookupWord(lex: CompiledLexicon, raw: string): WordHit {
  const cache = lex.cache as Map<string, WordHit>;
  let hit = cache.get(raw);
  if (!hit) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hit = resolve(lex, raw);
    cache.set(raw, hit);
  }
  return hit;
}

const asWritten = new WeakMap<WordHit, WordHit>();

/**
 * A word read as written, without the typo guess that resolved it (the
 * guessed spelling is its last key): for a word that context shows is a
 * name, "Whitney" rather than a misspelt "whitey".
 */
export function withoutTypo(lex: CompiledLexicon, hit: WordHit): WordHit {
  if (hit.via !== 'typo') return hit;
  let plain = asWritten.get(hit);
  if (!plain) asWritten.set(hit, (plain = wordHit(lex, hit.keys.slice(0, -1))));
  return plain;
}

/** Whether letters written apart ("i d i o t") spell a word this lexicon knows. */
export function isKnownWord(lex: CompiledLexicon, joined: string): boolean {
  const key = fold(joined);
  return !!exactOrLemma(lex, key) || unleet(key).some((k) => !!exactOrLemma(lex, k));
}
