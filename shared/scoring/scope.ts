/**
 * Where a word's influence stops: clauses, sentences, and the few tokens
 * before a word that can negate, intensify or aim it. Every rule uses these
 * so that "scope" means the same thing for tone, insults and attacks.
 */
import type { Analysis, Match } from './analyse.js';
import type { LexEntry } from './lexicon.js';

const CLAUSE_BREAK = /^(?:[,;:()[\]{}.!?…]+|[—–-])$/;

export function isClauseBreak(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (t.kind === 'punct') {
    const raw = t.raw;
    if (raw.length !== 1) return CLAUSE_BREAK.test(raw);
    // One character, the usual case: CLAUSE_BREAK without the regex.
    switch (raw.charCodeAt(0)) {
      case 0x2c: case 0x3b: case 0x3a: case 0x28: case 0x29: case 0x5b: case 0x5d: case 0x7b: case 0x7d: // , ; : ( ) [ ] { }
      case 0x2e: case 0x21: case 0x3f: case 0x2026: // . ! ? …
      case 0x2014: case 0x2013: case 0x2d: // — – -
        return true;
      default:
        return false;
    }
  }
  const e = a.at[i]?.entry;
  return !!e && (!!e.contrast || !!e.concessive);
}

/**
 * Every match, then the words inside phrases that count on their own
 * (Analysis.inner): copied into one list only when there are such words, and
 * most comments have none.
 */
export function matchesAndInner(a: Analysis): readonly Match[] {
  return a.inner.length ? [...a.matches, ...a.inner] : a.matches;
}

/** What token i is on its own, or as part of its phrase when it means nothing alone. */
export function entryAt(a: Analysis, i: number): LexEntry | undefined {
  return a.hits[i]?.entry ?? a.at[i]?.entry;
}

/** The folded key of token i on its own. */
export function keyAt(a: Analysis, i: number): string | undefined {
  const hit = a.hits[i];
  return hit?.key ?? hit?.keys[0];
}

const COMPLEMENT_LINK = /^(?:de|des|du|d'|of)$/;
/** A named person or a title ("Assad", "le ministre"), not a villain's name used as an insult. */
export const isFigure = (e: LexEntry | undefined): boolean => e?.figure === 'name' || e?.figure === 'title';

const LINKED_ARTICLE = /^(?:the|la|l')$/;

/** The word at i complements the noun before its link ("le chef des chiites", "the king of the Saudis"): that noun's index, or -1. */
export function complementHead(a: Analysis, i: number): number {
  const link = LINKED_ARTICLE.test(keyAt(a, i - 1) ?? '') ? i - 2 : i - 1;
  return link >= 1 && COMPLEMENT_LINK.test(keyAt(a, link) ?? '') ? link - 1 : -1;
}

/** "le président des Kurdes", "the king of the Saudis": a people named only to say whose figure is meant. */
export function complementsFigure(a: Analysis, i: number): boolean {
  const head = complementHead(a, i);
  return head >= 0 && isFigure(entryAt(a, head));
}

function isWordToken(a: Analysis, i: number): boolean {
  const k = a.tokens[i]!.kind;
  return k === 'word' || k === 'elision' || k === 'mention' || k === 'hashtag';
}

/**
 * Indices of up to `count` word tokens before `i`, nearest first, without
 * crossing a clause break.
 */
export function wordsBefore(a: Analysis, i: number, count: number): number[] {
  const out: number[] = [];
  const tokens = a.tokens;
  const sentence = tokens[i]!.sentence;
  const match = a.at[i];
  for (let j = i - 1; j >= 0 && out.length < count; j--) {
    if (tokens[j]!.sentence !== sentence || isClauseBreak(a, j)) break;
    if (isWordToken(a, j) && (match === undefined || a.at[j] !== match)) out.push(j);
  }
  return out;
}

export function wordsAfter(a: Analysis, i: number, count: number): number[] {
  const out: number[] = [];
  const tokens = a.tokens;
  const sentence = tokens[i]!.sentence;
  const match = a.at[i];
  for (let j = i + 1; j < tokens.length && out.length < count; j++) {
    if (tokens[j]!.sentence !== sentence || isClauseBreak(a, j)) break;
    if (isWordToken(a, j) && (match === undefined || a.at[j] !== match)) out.push(j);
  }
  return out;
}

const COMPARATIVES = new Set(['aussi', 'plus', 'si', 'autant', 'as', 'more', 'so']);
/** What introduces the standard of a comparison: "plus X que…", "as X as…". */
export const COMPARED_WITH: ReadonlySet<string> = new Set(['que', "qu'", 'as', 'than']);

/**
 * "personne n'est aussi crasseux que ces…", "nothing is more vile than…": a
 * comparison says the word of what follows, whatever the negation denies.
 */
export function isComparison(a: Analysis, first: number, last = first): boolean {
  // The words right beside it, no punctuation between: the rare "que" after is checked first (every tone word asks).
  const after = keyAt(a, last + 1);
  if (after === undefined || !COMPARED_WITH.has(after)) return false;
  const before = keyAt(a, first - 1);
  return before !== undefined && COMPARATIVES.has(before);
}

const NOBODY = new Set(['rien', 'personne', 'nul', 'nulle', 'aucun', 'aucune', 'nothing', 'nobody', 'noone', 'none']);

/** Pronouns for people, as the standard of a comparison: "aussi con que toi". */
const PERSONAL = new Set(['toi', 'vous', 'lui', 'elle', 'eux', 'elles', 'you', 'him', 'her', 'them']);

/**
 * "Personne n'est aussi X que…", "rien de plus X que…": no one else is as X,
 * so what follows is — the negation does not deny X. "Ce n'est pas si mal
 * que ça" denies it: there the negation stands.
 */
export function isSuperlative(a: Analysis, first: number, last = first): boolean {
  return isComparison(a, first, last) && wordsBefore(a, first, 6).some((j) => NOBODY.has(keyAt(a, j) ?? ''));
}

/**
 * "je ne suis pas aussi con que toi", "not as stupid as you.": an insult
 * compared with a person is said of that person, whatever the negation (tone
 * keeps it: "pas aussi intelligent que lui" is no praise). "Pas aussi bête que
 * vous le pensez" is not: the pronoun must close the clause.
 */
export function isComparedWithPerson(a: Analysis, first: number, last = first): boolean {
  if (!isComparison(a, first, last)) return false;
  const standard = last + 2;
  const next = a.tokens[standard + 1];
  return PERSONAL.has(keyAt(a, standard) ?? '') && (next === undefined || next.sentence !== a.tokens[standard]!.sentence || next.kind === 'punct');
}

/** "n'es qu'un idiot", "n'êtes rien que des…": "ne … que" restricts, it does not deny what follows the "que". */
export function isRestricted(a: Analysis, negator: number, i: number): boolean {
  for (let k = negator + 1; k < i; k++) {
    const key = keyAt(a, k);
    if (key === 'que' || key === "qu'") return true;
  }
  return false;
}

/** A negator undone by the word after it: "non seulement", "pas que", "sans doute". */
export function isBrokenNegator(a: Analysis, j: number): boolean {
  const breakers = a.lex.words.negationBreakers[keyAt(a, j) ?? ''];
  const next = keyAt(a, j + 1);
  return !!breakers && !!next && breakers.includes(next);
}

/** How many words before a word its negator may stand. */
export const NEGATION_REACH = 3;

/**
 * The negator governing token `i`, if any: within three words before it in
 * the same clause. French "ne … pas" puts "ne" before the verb and "pas"
 * after it, so either half in range counts. A caller that has those words
 * already (wordsBefore(a, i, NEGATION_REACH)) passes them.
 */
export function negatorOf(a: Analysis, i: number, before: readonly number[] = wordsBefore(a, i, NEGATION_REACH)): number {
  for (const j of before) {
    const e = entryAt(a, j);
    if (!e?.negator || isRestricted(a, j, i) || isBrokenNegator(a, j)) continue;
    if (isDoubleDenial(a, before, j, !!e.lack)) return -1;
    // Asked last: most words have no negator before them for a superlative to overrule.
    return isSuperlative(a, i) ? -1 : j;
  }
  return -1;
}

/**
 * "ne manque pas de respect", "I don't lack respect": two denials affirm. A
 * loop rather than before.some(…): a closure over the negator would cost an
 * allocation for every word before every tone word.
 */
function isDoubleDenial(a: Analysis, before: readonly number[], negator: number, lack: boolean): boolean {
  for (const k of before) {
    if (k === negator) continue;
    const e = entryAt(a, k);
    if (e?.negator && (lack || e.lack) && !isBrokenNegator(a, k)) return true;
  }
  return false;
}

/** Token indices of a sentence. */
export function sentenceRange(a: Analysis, sentence: number): [number, number] {
  const bounds = a.sentenceBounds;
  if (bounds) {
    // Precomputed by analyse(); [-1, -1] for a sentence that does not exist.
    const k = 2 * sentence;
    return Number.isInteger(sentence) && k >= 0 && k < bounds.length ? [bounds[k]!, bounds[k + 1]!] : [-1, -1];
  }
  let first = -1;
  let last = -1;
  for (let i = 0; i < a.tokens.length; i++) {
    if (a.tokens[i]!.sentence !== sentence) continue;
    if (first < 0) first = i;
    last = i;
  }
  return [first, last];
}

/** Whether any token of a sentence satisfies `test` on its lexicon entry. */
export function sentenceHas(a: Analysis, sentence: number, test: (e: LexEntry, i: number) => boolean): boolean {
  const bounds = a.sentenceBounds;
  const k = 2 * sentence;
  let first: number;
  let last: number;
  if (bounds && k >= 0 && k < bounds.length && Number.isInteger(sentence)) {
    first = bounds[k]!;
    last = bounds[k + 1]!;
  } else {
    [first, last] = sentenceRange(a, sentence);
  }
  for (let i = first; i >= 0 && i <= last; i++) {
    const e = entryAt(a, i);
    if (e && test(e, i)) return true;
    const phrase = a.at[i]?.entry;
    if (phrase && phrase !== e && test(phrase, i)) return true;
  }
  return false;
}

const ACRONYM_ANSWERS_LIMIT = 20_000;

/** Whether a word as written is a known acronym, in any case ("ONU", "Onu", "onu"). */
export function isAcronym(a: Analysis, raw: string): boolean {
  const lex = a.lex;
  // Upper case never shortens a word: one longer than every acronym is none.
  if (raw.length > lex.longestAcronym) return false;
  // Asked about most words of a sentence (identity.ts, isOtherAntecedent): upper-casing each cost more than looking its
  // answer up. Acronyms are short, so are the words kept: V8 copies such words out of a comment, the map keeps no text alive.
  let yes = lex.acronymAnswers.get(raw);
  if (yes === undefined) {
    if (lex.acronymAnswers.size >= ACRONYM_ANSWERS_LIMIT) lex.acronymAnswers.clear();
    yes = lex.acronyms.has(raw.toUpperCase());
    lex.acronymAnswers.set(raw, yes);
  }
  return yes;
}

/** Adverbs between a copula and the adjective it is said with: "tu es juste bête", "t'es vraiment trop bête". */
const BARE_ADVERBS = new Set(['juste', 'vraiment', 'trop', 'tellement', 'si', 'tres', 'completement', 'assez', 'bien', 'just', 'really', 'so', 'too', 'very']);

/** "Tu es juste bête", "t'es bête": in French, right after the copula with no article, a noun is said as an adjective. */
export function isBareAdjective(a: Analysis, i: number): boolean {
  // English says its plural nouns bare: "they are savages".
  if (a.lang === 'en') return false;
  for (const j of wordsBefore(a, i, 3)) {
    const e = entryAt(a, j);
    if (e?.copula) return true;
    if (e?.intensifier === undefined && !BARE_ADVERBS.has(keyAt(a, j) ?? '')) return false;
  }
  return false;
}

/** What counter-speech keeps of the words it quotes: enough to show, too little to flag. */
export const COUNTER_SPEECH = 0.2;
/** How much words reported from someone else count: "…, selon l'AFP". */
export const REPORTED = 0.35;

/**
 * Counter-speech: the words at token i are quoted or reported in order to
 * condemn them («"les X sont des rats" : c'est raciste»).
 */
export function isCounterSpeech(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (t.quote >= 0 && (a.hits.some((h) => h?.entry?.counterSpeech) || isCitation(a, t.quote) || isMention(a, t.quote))) return true;
  if (!sentenceHasCached(a, t.sentence, 'speechVerb', (e) => !!e.speechVerb)) return false;
  return sentenceHasCached(a, t.sentence, 'counterSpeech', (e) => !!e.counterSpeech) || isAttributedToOthers(a, i);
}

/** How far back a speech verb still governs the words: "vous dites que tous les … sont …". */
const ATTRIBUTION_REACH = 10;
/** How far before the verb its subject may stand: "vous ne pouvez pas sérieusement croire que…". */
const SUBJECT_REACH = 6;
const STOPPING = /^(?:arreter|arretez|arrete|arretes|cesser|cessez|cesse|stop|stopper|quit)$/;
const INFINITIVE_LINK = /^(?:de|d'|a)$/;
const NAMING_VERB = /^(?:traiter|traitez|traite|traites|appeler|appelez|appelle|qualifier|qualifiez|insulter|insultez|menacer|menacez|call|calling|calls)$/;
const ENDORSING = /^(?:raison|right|agree|accord|exactement|exactly|bravo|vrai|verite|true|merci|thanks|thank|courage)$/;
const NAME_THROWER = /^(?:bande|espece|sale|sales|bunch)$/;
const OBJECT_CLITIC = /^(?:me|m'|te|t')$/;
const isContrast = (e: LexEntry) => !!e.contrast;
/**
 * Said or written: negated by its speaker, a denial ("je n'ai jamais dit que…", "je ne dis pas qu'il faut les tuer, je dis
 * qu'il faut les juger"), unless a "mais" makes it a hedge ("je ne dis pas que…, mais").
 */
const DENIABLE_SPEECH = /^(?:dit|dis|ecrit|affirme|said|wrote|say|saying)$/;

/**
 * "Vous dites que les X sont…", "tu traites les X de…", "arrêtez de traiter
 * les X de…": the words are the reader's, quoted to be answered — not the
 * commenter's own; nor are words he denies having said ("je n'ai jamais dit
 * que…"). "Je vous dis que…", "il faut dire que…", and a quote the
 * commenter agrees with ("…, et vous avez raison") stay the commenter's.
 */
export function isAttributedToOthers(a: Analysis, i: number): boolean {
  const sentence = a.tokens[i]!.sentence;
  for (let j = i - 1; j >= 0 && j >= i - ATTRIBUTION_REACH; j--) {
    if (a.tokens[j]!.sentence !== sentence || isClauseBreak(a, j)) return false;
    // "…que le Liban va mieux bande d'abrutis": a name thrown at someone is the commenter speaking again.
    if (NAME_THROWER.test(keyAt(a, j) ?? '')) return false;
    if (!entryAt(a, j)?.speechVerb) continue;
    // What is said follows the verb: "dire que…", "traiter les X de…"; "ce que tu dis est vrai" quotes nothing.
    // "je ne dis pas que…": the negation's second word may stand between.
    const that = entryAt(a, j + 1)?.negator ? j + 2 : j + 1;
    if (!NAMING_VERB.test(keyAt(a, j) ?? '') && !/^(?:que|qu'|that)$/.test(keyAt(a, that) ?? '')) return false;
    let before = wordsBefore(a, j, SUBJECT_REACH + 1);
    // "me traiter de…", "t'appeler…": the pronoun right before the verb is its object, not who speaks.
    before = before.length && OBJECT_CLITIC.test(keyAt(a, before[0]!) ?? '') ? before.slice(1) : before.slice(0, SUBJECT_REACH);
    // "Je n'ai jamais dit que…", "I never said…": the words are denied, by whoever speaks.
    // Not when it goes on "…, mais ils le sont": the denial is a setup.
    if (DENIABLE_SPEECH.test(keyAt(a, j) ?? '') && before.some((k) => entryAt(a, k)?.negator)) return !isEndorsed(a, sentence) && !sentenceHas(a, sentence, isContrast);
    const persons = before.filter((k) => entryAt(a, k)?.firstOrSecondPerson);
    // Any first person is the speaker: in "je vous dis que", "vous" is only who hears it.
    if (persons.some((k) => !entryAt(a, k)!.secondPerson)) return false;
    const stop = INFINITIVE_LINK.test(keyAt(a, before[0] ?? -1) ?? '') ? before[1] : before[0];
    const reported = persons.length > 0 || (stop !== undefined && STOPPING.test(keyAt(a, stop) ?? ''));
    return reported && !isEndorsed(a, sentence);
  }
  return false;
}

/** Where a view is said to come from: "pour la police", "selon eux", "d'après certains", "aux yeux de l'État". */
const VIEWPOINT_OPENERS: readonly (readonly string[])[] = [
  ['pour'], ['selon'], ["d'", 'apres'], ['aux', 'yeux', 'de'], ['aux', 'yeux', "d'"], ['aux', 'yeux', 'des'], ['aux', 'yeux', 'du'], ['according', 'to'],
];
/** Holders named by a quantity rather than a name: "selon certains", "according to some". */
const SOME = new Set(['certains', 'some', 'many']);
/** How many words may name who holds the view. */
const HOLDER_REACH = 5;
/** Who may hold a view besides people, groups and figures: "pour la police", "aux yeux de l'État". */
const INSTITUTIONS = new Set([
  'police', 'etat', 'regime', 'gouvernement', 'administration', 'autorites', 'justice', 'armee', 'medias', 'media', 'presse',
  'societe', 'systeme', 'gens', 'racistes', 'patron', 'patrons', 'employeur', 'voisins', 'douane', 'douaniers', 'banque', 'prefecture',
  // Who speaks in war reporting: "a crié le commandant", "selon un témoin", "the protesters chanted".
  'temoin', 'temoins', 'manifestants', 'foule', 'commandant', 'chef', 'officier', 'soldat', 'soldats', 'combattants', 'militants',
  'source', 'sources', 'porte-parole', 'witness', 'witnesses', 'protesters', 'crowd', 'officer', 'official', 'officials', 'soldiers',
  'fighters', 'assaillant', 'tireur', 'agresseur', 'suspect', 'attacker', 'gunman',
]);

/** "la police", "ces gens", "le ministre", "les Libanais" — not "le coup", "une fois", "le reste". */
function namesHolder(a: Analysis, i: number): boolean {
  const e = entryAt(a, i);
  return !!(e?.person || e?.group || e?.figure) || INSTITUTIONS.has(keyAt(a, i) ?? '');
}

/**
 * "Pour la police, tu n'es qu'un Syrien", "selon eux, vous n'êtes que des
 * Arabes", "les X sont…, selon Bassil": the view of someone the commenter
 * names before or after it, reported — not his own, unless he endorses it.
 * The holder is a person, people or an institution ("la police", "eux",
 * "certains"), not the commenter ("pour moi, …"), an aim ("pour ceux qui…",
 * "pour finir, …") nor a manner of speaking ("pour le coup", "pour une fois").
 */
export function isOthersViewpoint(a: Analysis, i: number): boolean {
  // "…, selon Bassil, et il a raison": reported, then shared.
  return (isViewpointBefore(a, i) || isViewpointAfter(a, i) || isReportedSpeech(a, i)) && !isEndorsed(a, a.tokens[i]!.sentence);
}

/** A verb that says who spoke, after what was said: "…, dit Bassil", "…, a déclaré le ministre", "…, said Obama". */
const SAID = 'dit|disent|affirme|affirment|estime|estiment|declare|declarent|ecrit|explique|assure|ajoute|juge|jugent|precise|souligne|lance|crie|hurle|menace|said|says|claims|claimed|wrote|added';
const POSTPOSED_SPEECH = new RegExp(`^(?:${SAID})$`);
// "aurait dit": said, reportedly.
const AUXILIARY = /^(?:a|ont|aurait|auraient|avait|avaient|has|have|had)$/;
/** Said aloud by someone, before what was said: "le chef a crié :", "les manifestants scandaient « … »", "he told them that". */
const SPEECH_BEFORE = new RegExp(
  `^(?:${SAID}|criait|criaient|crient|scande|scandait|scandaient|scandent|hurlait|hurlaient|hurlent|promet|promis|annonce|told|shouted|chanted|yelled|screamed|threatened|vowed|tweeted)$`,
);
const OPENS_WORDS = /^(?:que|qu'|that|:|«|"|“)$/;
const THIRD_PERSON_SPEAKER = /^(?:il|ils|elle|elles|he|she|they)$/;

/**
 * "Le chef a crié : il faut tous les tuer", "les manifestants scandaient
 * « mort à… »", "the commander told them that…": words at i said by someone
 * named before a verb of saying, within the same clause of reported speech.
 */
function isReportedSpeech(a: Analysis, i: number): boolean {
  const sentence = a.tokens[i]!.sentence;
  // From i itself: a finding may start on the verb ("criaient « mort à… »").
  for (let j = i; j >= 0 && j >= i - ATTRIBUTION_REACH; j--) {
    const t = a.tokens[j]!;
    if (t.sentence !== sentence) return false;
    const key = keyAt(a, j) ?? t.raw;
    if (isClauseBreak(a, j) && !OPENS_WORDS.test(t.raw) && t.quote < 0) return false;
    if (!SPEECH_BEFORE.test(key) || !OPENS_WORDS.test(keyAt(a, j + 1) ?? a.tokens[j + 1]?.raw ?? '')) continue;
    for (const k of wordsBefore(a, j, SUBJECT_REACH)) {
      const e = entryAt(a, k);
      if (e?.firstOrSecondPerson) return false;
      if (THIRD_PERSON_SPEAKER.test(keyAt(a, k) ?? '') || namesHolder(a, k)) return true;
    }
    return false;
  }
  return false;
}

/** Whether the clause from token c on opens by saying whose view it is: "selon…", "d'après…", "according to…", "(a) dit…". */
function opensWithHolder(a: Analysis, c: number): boolean {
  const first = keyAt(a, c) ?? '';
  const second = keyAt(a, c + 1) ?? '';
  if (first === 'selon' || POSTPOSED_SPEECH.test(first)) return true;
  // Not "d'Assad à Nasrallah", "à part…", "a fact the media hides".
  if (first === "d'") return second === 'apres';
  if (first === 'according') return second === 'to';
  return AUXILIARY.test(first) && POSTPOSED_SPEECH.test(second);
}

/**
 * "Les Syriens sont des rats, selon Bassil.", "…, a dit le ministre": the
 * sentence ends on a short clause naming who holds the view of the one
 * before it. Not "…, dit-on" or "…, selon moi": the commenter's own.
 */
function isViewpointAfter(a: Analysis, i: number): boolean {
  const [, last] = sentenceRange(a, a.tokens[i]!.sentence);
  let comma = i + 1;
  while (comma <= last && !isClauseBreak(a, comma)) comma++;
  // The clause runs to the end of the sentence, its full stop aside.
  const end = a.tokens[last]!.kind === 'punct' ? last - 1 : last;
  // "…, selon Bassil", "…, a dit le ministre", or "…, the commander said", "…, the minister told reporters".
  if (comma > last || a.tokens[comma]!.raw !== ',' || !(opensWithHolder(a, comma + 1) || saysSomewhere(a, comma + 1, end))) return false;
  if (end - comma > HOLDER_REACH + 1) return false;
  let holder = false;
  for (let j = comma + 1; j <= end; j++) {
    if (isClauseBreak(a, j)) return false;
    const e = entryAt(a, j);
    if (e?.firstOrSecondPerson && !e.secondPerson) return false;
    if (PERSONAL.has(keyAt(a, j) ?? '') || SOME.has(keyAt(a, j) ?? '') || namesHolder(a, j)) holder = true;
  }
  return holder;
}

function saysSomewhere(a: Analysis, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (SPEECH_BEFORE.test(keyAt(a, j) ?? '')) return true;
  return false;
}

function isViewpointBefore(a: Analysis, i: number): boolean {
  const [first] = sentenceRange(a, a.tokens[i]!.sentence);
  const opener = VIEWPOINT_OPENERS.find((words) => words.every((w, k) => keyAt(a, first + k) === w));
  if (!opener) return false;
  const holder = first + opener.length;
  const head = keyAt(a, holder) ?? '';
  // "pour eux", "selon certains", "pour Assad", "pour la police".
  if (!PERSONAL.has(head) && !SOME.has(head) && !entryAt(a, holder)?.figure && !(entryAt(a, holder)?.determiner && namesHolder(a, holder + 1))) return false;
  for (let j = holder; j < i && j <= holder + HOLDER_REACH; j++) {
    if (isClauseBreak(a, j)) {
      // The holder's clause closes on a comma, and what is said is the very next clause.
      if (a.tokens[j]!.raw !== ',') return false;
      for (let k = j + 1; k < i; k++) if (isClauseBreak(a, k)) return false;
      return true;
    }
    const e = entryAt(a, j);
    if ((e?.firstOrSecondPerson && !e.secondPerson) || /^(?:qui|que|qu')$/.test(keyAt(a, j) ?? '')) return false;
  }
  return false;
}

/** The keys of the words first..last, punctuation left out, joined by spaces. */
function wordsOf(a: Analysis, first: number, last: number): string {
  let out = '';
  for (let k = first; k <= last; k++) {
    const key = keyAt(a, k);
    if (key !== undefined) out = out ? out + ' ' + key : key;
  }
  return out;
}

/** A reply that shares what was just said: "Tu détestes les X ? Moi aussi.", "…? Me too." */
const SHARING = /^(?:moi|nous|me) (?:aussi|non plus|too|neither)$/;

/**
 * "…, et vous avez raison", "bien dit", "c'est la vérité": agreement in the
 * sentence or the next one; or the next one being only "moi aussi" ("moi
 * aussi, je trouve ça honteux" shares the condemnation, not the hatred).
 */
export function isEndorsed(a: Analysis, sentence: number): boolean {
  for (let s = sentence; s <= sentence + 1; s++) {
    const [first, last] = sentenceRange(a, s);
    for (let k = first; k >= 0 && k <= last; k++) {
      const key = keyAt(a, k) ?? '';
      // "c'est du bon sens" agrees; "dans ce sens" does not.
      if (ENDORSING.test(key) || (key === 'sens' && keyAt(a, k - 1) === 'bon')) return true;
    }
    if (s > sentence && first >= 0 && SHARING.test(wordsOf(a, first, last))) return true;
  }
  return false;
}

// Per analysis: a long sentence with many findings is searched once per question, not once per finding.
// Rules ask about one analysis at a time, so only the latest one's answers are kept: a WeakMap entry per
// analysis cost more than most comments' answers saved.
let answersFor: Analysis | undefined;
/** Per question, per sentence: its answer; filled in as sentences are asked about. */
let answers = new Map<string, unknown[]>();

/**
 * What a sentence-wide search finds, named by `question`, computed once per analysis and sentence and
 * kept for the sentence's other findings. `compute` must depend on the analysis and the sentence alone.
 */
export function perSentence<T>(a: Analysis, sentence: number, question: string, compute: () => T): T {
  if (!(sentence >= 0 && sentence < a.sentences && Number.isInteger(sentence))) return compute(); // no such sentence: nothing to keep
  if (a !== answersFor) {
    answersFor = a;
    answers = new Map();
  }
  let known = answers.get(question);
  // An empty plain array: a typed array of the sentences, or filling one in advance, cost more than most analyses' answers save.
  if (!known) answers.set(question, (known = []));
  // `undefined` is a possible answer: presence, not value, says it is known.
  if (sentence in known) return known[sentence] as T;
  const answer = compute();
  known[sentence] = answer;
  return answer;
}

/** sentenceHas for a test that depends on the entry alone, named by `question`, answered once per analysis and sentence. */
export function sentenceHasCached(a: Analysis, sentence: number, question: string, test: (e: LexEntry, i: number) => boolean): boolean {
  return perSentence(a, sentence, question, () => sentenceHas(a, sentence, test));
}

/**
 * Nouns that name a word rather than use it: "l'expression « chiffe molle »", "the word 'traitor'". Not "surnom",
 * "sobriquet" or "label": those name someone ("son surnom « le boucher »").
 */
const WORD_NOUNS: ReadonlySet<string> = new Set(['expression', 'mot', 'terme', 'word', 'term']);

/** A quote that a noun before it names as a word: talked about, not thrown at anyone. */
function isMention(a: Analysis, q: number): boolean {
  const before = wordsBefore(a, a.quotes[q]!.start, 1)[0];
  return before !== undefined && WORD_NOUNS.has(keyAt(a, before) ?? '');
}

/** A quotation of several words inside a longer sentence: someone's words cited, not the commenter's own. */
function isCitation(a: Analysis, q: number): boolean {
  const span = a.quotes[q]!;
  if (span.words < CITATION_MIN_WORDS) return false;
  const s = a.tokens[span.start]!.sentence;
  let outside = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i]!;
    if (t.sentence === s && t.quote !== q && t.kind === 'word') outside++;
  }
  return outside >= CITATION_MIN_WORDS;
}

const CITATION_MIN_WORDS = 3;
