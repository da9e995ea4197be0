/**
 * Who an insult is aimed at. In order: the insult's own words (a slur names
 * a group, "petit Hitler" a figure), a group word or a figure's name right
 * next to it ("l'arriérée asiatique", "nain poutinien"), the subject of a
 * predicate insult ("les Syriens sont des rats"), the reader when the insult
 * is said to his face ("…, imbécile"), a named figure in the same sentence,
 * the reader addressed in it ("tu", "vous", "@nom", "Arrête de…"),
 * a group the sentence generalises about, then a figure named in the
 * sentence before ("Obama n'a pas la capacité… Trop mollasson !").
 */
import type { InsultTarget } from '../../types.js';
import type { Analysis, Match } from '../analyse.js';
import type { LexEntry } from '../lexicon.js';
import { complementHead, complementsFigure, entryAt, isFigure, keyAt, perSentence, sentenceHasCached, wordsAfter, wordsBefore } from '../scope.js';

/** The word right after the insult, or else right before it, when it names a group or a figure. */
function namedNeighbour(a: Analysis, m: Match, test: (e: LexEntry) => boolean): number | undefined {
  for (const j of [m.last + 1, m.first - 1]) {
    if (j < 0 || j >= a.tokens.length || a.tokens[j]!.sentence !== a.tokens[m.first]!.sentence) continue;
    const e = entryAt(a, j);
    if (e && test(e)) return j;
  }
  return undefined;
}

export interface Aim {
  target: InsultTarget;
  /** A neighbouring word that belongs to the insult ("asiatique" in "l'arriérée asiatique"). */
  neighbour?: number;
}

function addressesReader(a: Analysis, sentence: number): boolean {
  const first = a.sentenceBounds[2 * sentence] ?? -1;
  const last = a.sentenceBounds[2 * sentence + 1] ?? -1;
  for (let i = first; i >= 0 && i <= last; i++) if (a.tokens[i]!.kind === 'mention') return true;
  return sentenceHasCached(a, sentence, 'secondPerson', (e) => !!e.secondPerson);
}

/** How far before an insult its copula may be ("sont vraiment tous des rats"), and its subject before the copula. */
const COPULA_REACH = 4;
const SUBJECT_REACH = 2;

/**
 * Whom a predicate insult is said of: the subject right before its copula
 * ("les Syriens sont des rats", "Assad est un boucher"), rather than whoever
 * else the sentence names ("Bassil a dit que les Syriens…").
 */
function subjectOf(a: Analysis, m: Match): InsultTarget | undefined {
  const before = wordsBefore(a, m.first, COPULA_REACH);
  const copula = before.findIndex((j) => entryAt(a, j)?.copula);
  if (copula < 0) return undefined;
  for (const j of wordsBefore(a, before[copula]!, SUBJECT_REACH)) {
    const e = entryAt(a, j);
    if (!e) continue;
    // "le chef des chiites est…": a complement; the subject is the head noun, a figure or not known.
    if (complementHead(a, j) >= 0) return complementsFigure(a, j) ? 'public_figure' : undefined;
    if (e.group) return 'group';
    if (isFigure(e)) return 'public_figure';
    if (e.secondPerson) return 'reader';
  }
  return undefined;
}

/** Imperatives that open a sentence said to the reader: "Arrête de défendre Erdogan", "Retourne sur ton site", "Shut up". */
const IMPERATIVE_OPENERS = new Set([
  'arrete', 'arretez', 'cesse', 'cessez', 'va', 'allez', 'retourne', 'retournez', 'ferme', 'fermez', 'regarde', 'regardez', 'lis', 'lisez',
  'ecoute', 'ecoutez', 'tais', 'taisez', 'reveille', 'reveillez', 'renseigne', 'renseignez', 'apprends', 'apprenez', 'degage', 'degagez',
  'stop', 'shut', 'go', 'get', 'read', 'learn', 'wake', 'quit',
]);
/** What may come before an insult said to someone's face: "espèce d'abruti", "pauvre type", "sale troll". */
const VOCATIVE_LEAD = new Set(['espece', 'bande', 'de', "d'", 'sale', 'sales', 'pauvre', 'pauvres', 'gros', 'grosse', 'petit', 'petite', 'you', 'ya']);

function opensWithImperative(a: Analysis, sentence: number): boolean {
  const first = a.sentenceBounds[2 * sentence] ?? -1;
  return first >= 0 && IMPERATIVE_OPENERS.has(keyAt(a, first) ?? '');
}

/** "…, imbécile", "@Samir espèce d'abruti, …", "Shut up, troll.": the insult is its own clause, said to someone. */
function isVocative(a: Analysis, m: Match): boolean {
  return wordsAfter(a, m.last, 1).length === 0 && wordsBefore(a, m.first, 3).every((j) => a.tokens[j]!.kind === 'mention' || VOCATIVE_LEAD.has(keyAt(a, j) ?? ''));
}

/** The site's other commenters, named as such: "ce lecteur qui signe…", "ces huluberlus de lecteurs", "the trolls in this thread" (the verb only in the plural: "le commentateur qui commente le match" is a journalist). */
const COMMENTERS: ReadonlySet<string> = new Set([
  'lecteur', 'lecteurs', 'lectrice', 'lectrices', 'commentateur', 'commentateurs', 'commentatrice', 'commentatrices', 'intervenant', 'intervenants',
  'internaute', 'internautes', 'forumeur', 'forumeurs', 'commentent', 'commentez', 'commenters', 'posters', 'thread',
]);

function namesCommenters(a: Analysis, sentence: number): boolean {
  return perSentence(a, sentence, 'commenters', () => {
    const first = a.sentenceBounds[2 * sentence] ?? -1;
    const last = a.sentenceBounds[2 * sentence + 1] ?? -1;
    for (let i = first; i >= 0 && i <= last; i++) if (COMMENTERS.has(keyAt(a, i) ?? '')) return true;
    return false;
  });
}

/** A named figure, not one a side is named after: "un troll pro-Assad", "les anti-Erdogan". */
function namesFigure(a: Analysis, e: LexEntry, i: number): boolean {
  return isFigure(e) && !(a.tokens[i]!.hyphenated && /^(?:pro|anti)$/.test(keyAt(a, i - 1) ?? ''));
}

export function findTarget(a: Analysis, m: Match): Aim {
  const e = m.entry;
  if (e.abuse?.kind === 'slur' || e.group) return { target: 'group' };
  if (e.figure) return { target: 'public_figure' };
  const group = namedNeighbour(a, m, (n) => !!n.group);
  if (group !== undefined) return { target: 'group', neighbour: group };
  const figure = namedNeighbour(a, m, isFigure);
  if (figure !== undefined) return { target: 'public_figure', neighbour: figure };
  const subject = subjectOf(a, m);
  if (subject) return { target: subject };
  const s = a.tokens[m.first]!.sentence;
  // Said to the reader's face, whoever else the sentence names: "Arrête de défendre Erdogan, imbécile".
  if (isVocative(a, m) && (addressesReader(a, s) || opensWithImperative(a, s))) return { target: 'reader' };
  if (sentenceHasCached(a, s, 'namedFigure', (n, i) => namesFigure(a, n, i))) return { target: 'public_figure' };
  if (addressesReader(a, s) || opensWithImperative(a, s) || namesCommenters(a, s)) return { target: 'reader' };
  if (sentenceHasCached(a, s, 'determinedGroup', (n, i) => !!n.group && !!entryAt(a, i - 1)?.groupDeterminer)) return { target: 'group' };
  if (s > 0 && sentenceHasCached(a, s - 1, 'figure', isFigure)) return { target: 'public_figure' };
  return { target: 'unknown' };
}
