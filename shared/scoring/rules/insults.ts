/**
 * Insults and profanity found by the lexicon, weighed by how they are used.
 * Ordinary adjectives that double as insults ("nul", "lâche") and
 * dehumanising nouns ("rats", "vermine") count only when aimed at someone:
 * introduced as a name ("espèce de", "quel", "sale", "ces"), predicated of
 * someone ("vous êtes des…"), or exclaimed on their own. A genuinely negated
 * insult ("ce n'est pas un idiot") and neutral reported speech ("traité
 * d'incapable, selon l'AFP") are damped.
 */
import type { BreakdownItem, Evidence, InsultTarget, Severity } from '../../types.js';
import type { Analysis, Match } from '../analyse.js';
import { spanText } from '../analyse.js';
import type { LexEntry } from '../lexicon.js';
import { spanEvidence } from '../evidence.js';
import { combine, round } from '../math.js';
import { COUNTER_SPEECH, REPORTED, entryAt, isAttributedToOthers, isBareAdjective, isBrokenNegator, isOthersViewpoint, isComparedWithPerson, isComparison, isCounterSpeech, isRestricted, isSuperlative, keyAt, matchesAndInner, negatorOf, sentenceHas, sentenceHasCached, sentenceRange, wordsAfter, wordsBefore } from '../scope.js';
import { findTarget } from './target.js';
import { PLACES } from '../lexicons/places.js';
import { fold } from '../fold.js';

export interface Insult {
  match: Match;
  weight: number;
  severity: Exclude<Severity, 'none'>;
  target: InsultTarget;
  rule: string;
  /**
   * Its highlight, kind 'insult': scoreComment, which sees the attacks on
   * groups, makes it 'identity' when it hits a people, not a political camp.
   */
  evidence?: Evidence;
}

export interface InsultResult {
  insults: Insult[];
  score: number;
  severity: Severity;
  target: InsultTarget | null;
  profanity: number;
  evidence: Evidence[];
  breakdown: BreakdownItem[];
}

const WEIGHT = { weak: 0.3, mild: 0.6, strong: 0.8, severe: 0.95, villain: 0.7, profanity: 0.6 } as const;
const NEGATED = 0.3;
/** "selon l'AFP" covers the words near it, not a whole run-on comment. */
const REPORTING_REACH = 10;
const COMPLEMENT = /^(?:de|d'|a|en|of|to|at|in)$/;
const FIRST_PERSON_OPINION = /^(?:moi|nous|me|toi|vous)$/;

/**
 * "espèce de crétin", "ce lâche", "vous êtes des nuls", "t'es nul", "Trop
 * mollasson !". An article makes a noun of an adjective ("un lâche",
 * "l'arriérée") but not of an animal ("les rats ont envahi le port").
 */
/** A copula and a person among the words before: "vous êtes…", "ce ministre est…", "ces gens sont…". */
function isPredicateOfSomeone(a: Analysis, before: readonly number[]): boolean {
  return before.some((j) => entryAt(a, j)?.copula) && before.some((j) => isSubject(a, j));
}

/**
 * People named by what they do, pointed at: "ces miliciens sont des rats". Not the lexicon's person nouns: those
 * stand for a whole people beside its adjective ("les hommes arabes"), where "les soldats israéliens" are an army.
 */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'milicien', 'miliciens', 'combattant', 'combattants', 'soldat', 'soldats', 'journaliste', 'journalistes', 'manifestant', 'manifestants',
  'rebelle', 'rebelles', 'militant', 'militants', 'policier', 'policiers', 'politicien', 'politiciens', 'dirigeant', 'dirigeants',
  'soldier', 'soldiers', 'fighter', 'fighters', 'militiaman', 'militiamen', 'rebel', 'rebels', 'journalist', 'journalists', 'protester',
  'protesters', 'policeman', 'policemen', 'politician', 'politicians', 'leader', 'leaders',
]);

// Not a closure inside isPredicateOfSomeone: tsx names every named closure with Object.defineProperty, at each call.
function isSubject(a: Analysis, j: number): boolean {
  const e = entryAt(a, j);
  if (e?.secondPerson || e?.figure || e?.group) return true;
  // "ces gens", "ce type", "ces miliciens" point at someone; "les gens" is everyone.
  return (!!e?.person || ROLE_NOUNS.has(keyAt(a, j) ?? '')) && POINTING.test(keyAt(a, j - 1) ?? '');
}

/** Bodies said to be made of what follows them: "un gouvernement de voleurs", "ce ramassis d'incapables". */
const COLLECTIVES: ReadonlySet<string> = new Set(['gouvernement', 'regime', 'ramassis', 'clique', 'caste', 'mafia', 'parlement', 'pays', 'government', 'gang', 'pack', 'bunch', 'country', 'parliament']);

/** Words that only restrict or stress a predicate: "n'est qu'un chien", "est juste un rat", "is merely a dog". */
const RESTRICTING: ReadonlySet<string> = new Set(['juste', 'seulement', 'simplement', 'rien', 'just', 'only', 'merely', 'simply', 'nothing', 'but']);
const RESTRICTION_QUE = /^(?:que|qu')$/;
const RESTRICTION_NE = /^(?:ne|n')$/;
/** How many words before an insult say whom it is said of: "Nasrallah est un chien". */
const AIM_REACH = 3;

/**
 * The words before an insult that say whom it is said of, past those that only restrict or stress it:
 * "Nasrallah n'est qu'un chien" and "Nasrallah est vraiment un chien" read as "Nasrallah est un chien".
 */
function aimWordsBefore(a: Analysis, i: number): number[] {
  const near = wordsBefore(a, i, AIM_REACH + 4);
  const kept: number[] = [];
  let restricted = false;
  for (let k = 0; k < near.length && kept.length < AIM_REACH; k++) {
    const j = near[k]!;
    const key = keyAt(a, j) ?? '';
    // "que" restricts after a copula ("n'est qu'un", "n'est plus qu'un"), and then its "ne" goes with it.
    if (RESTRICTION_QUE.test(key) && near.slice(k + 1, k + 3).some((c) => entryAt(a, c)?.copula)) {
      restricted = true;
      continue;
    }
    if ((restricted && (RESTRICTION_NE.test(key) || key === 'plus')) || RESTRICTING.has(key) || entryAt(a, j)?.intensifier !== undefined) continue;
    kept.push(j);
  }
  return kept;
}

function isAimed(a: Analysis, m: Match, articleCounts: boolean): boolean {
  const before = aimWordsBefore(a, m.first);
  const b0 = before[0] !== undefined ? entryAt(a, before[0]) : undefined;
  if (b0?.introducer || b0?.secondPerson || (articleCounts && b0?.determiner)) return true;
  if (isPredicateOfSomeone(a, before) || isComparedWithPerson(a, m.first, m.last)) return true;
  if (!articleCounts && saidOfThem(a, m)) return true;
  // "espèce d'incapable", and the bodies made of them: "ce gouvernement de voleurs", "a bunch of clowns".
  if (before.length >= 2 && (entryAt(a, before[1]!)?.introducer || COLLECTIVES.has(keyAt(a, before[1]!) ?? '')) && /^(?:de|d'|of)$/.test(keyAt(a, before[0]!) ?? '')) return true;
  if (before.length <= 1) {
    // Exclaimed on its own: "Minable !", "Trop mollasson !"
    const after = a.tokens[m.last + 1];
    if (!after || /^[!?.…]/.test(after.raw)) return true;
  }
  return false;
}

const POINTING = /^(?:ce|cet|cette|ces|tes|vos|this|that|these|those|your)$/;
const isPeople = (e: LexEntry) => !!(e.secondPerson || e.group || e.figure || e.person);

/**
 * "Ces miliciens ? Ce sont des rats.": a dehumanising noun said of whoever
 * "ce" points at, when people were just named (the reader, a group, a
 * figure) and the noun closes its clause ("ce sont des animaux magnifiques",
 * "ce sont des rats, pas des écureuils" describe animals).
 */
function saidOfThem(a: Analysis, m: Match): boolean {
  const before = wordsBefore(a, m.first, 4);
  const copula = before.findIndex((j) => entryAt(a, j)?.copula);
  if (copula < 0 || !/^(?:ce|c'|ca|they)$/.test(keyAt(a, before[copula + 1] ?? -1) ?? '')) return false;
  const s = a.tokens[m.first]!.sentence;
  if (!sentenceHasCached(a, s, 'people', isPeople) && !(s > 0 && sentenceHasCached(a, s - 1, 'people', isPeople))) return false;
  const next = wordsAfter(a, m.last, 1)[0];
  // A word right after the noun goes on describing it; after punctuation, only "pas…" or "qui…" still does.
  const closes = next === undefined || (next > m.last + 1 ? !/^(?:pas|qui|not|who|that)$/.test(keyAt(a, next) ?? '') : /^(?:tous|toutes|quoi|all|them)$/.test(keyAt(a, next) ?? ''));
  return closes;
}

/** A complement turns an adjective into a description: "incapable de décider", "lâche avec les faibles". */
function hasComplement(a: Analysis, m: Match): boolean {
  const next = wordsAfter(a, m.last, 1)[0];
  return next !== undefined && COMPLEMENT.test(keyAt(a, next) ?? '') && !namesMaster(a, m);
}

/** Nouns whose complement names whom the insulted serves or butchers. */
const OWNED_INSULTS = new Set(['pantin', 'marionnette', 'fantoche', 'valet', 'boucher', 'bourreau', 'puppet']);
/**
 * Of these, the ones with an everyday sense ("chez le boucher", "boucher un trou"): insults only when said of
 * someone or owned by someone, a people or a capital of the war — "le boucher de Zahlé" may be the town's butcher.
 */
const LITERAL_TOO = new Set(['boucher', 'bourreau']);
const OWNER_LINK = /^(?:de|d'|du|des|of)$/;
/** Whose victims or masters a people stands for: "le bourreau de son peuple", "the regime's puppet". */
const PEOPLE_COMPLEMENT = new Set(['peuple', 'peuples', 'regime', 'people']);
const KNOWN_PLACES: ReadonlySet<string> = new Set(PLACES.map(fold));

/**
 * The complement names whom the insult is about: "ce tyran de Bachar", "cette
 * vieille momie de Berri" (the insult in apposition to a name), and, for a
 * creature or an executioner, whom it serves or butchers: "le pantin du
 * Hezbollah", "le bourreau de son peuple".
 */
function namesMaster(a: Analysis, m: Match): boolean {
  const [link, owner, noun] = wordsAfter(a, m.last, 3);
  if (link === undefined || owner === undefined || !OWNER_LINK.test(keyAt(a, link) ?? '')) return false;
  const who = entryAt(a, owner)?.determiner ? noun : owner;
  if (who === undefined) return false;
  const e = entryAt(a, who);
  const key = keyAt(a, who) ?? '';
  const person = !!(e?.figure || e?.person);
  if (OWNED_INSULTS.has(m.key)) {
    if (person || (!!e && isPeople(e)) || PEOPLE_COMPLEMENT.has(key) || KNOWN_PLACES.has(key)) return true;
    // A puppet of any name ("le pantin de Moscou", "la marionnette de Soleimani"); a butcher of a name we do not know may sell meat there.
    return !LITERAL_TOO.has(m.key) && /^\p{Lu}/u.test(a.tokens[who]!.raw);
  }
  // In apposition, a person pointed at: "cette vieille momie de Berri", not "cette momie de Toutankhamon" nor "la momie de…".
  return person && wordsBefore(a, m.first, 2).some((j) => POINTING.test(keyAt(a, j) ?? ''));
}

/** How far before the insult its negator and copula stand: "n'est pas un idiot", "is not a moron". */
const PREDICATE_REACH = 4;
/** An adverb of certainty in that reach pushes them two words further: "n'est sans doute pas un idiot". */
const PREDICATE_REACH_PAST_ADVERB = PREDICATE_REACH + 2;

/** "n'est pas un idiot", "is not a moron": a negator and a copula before the insult. */
function isNegatedPredicate(a: Analysis, m: Match): boolean {
  if (isSuperlative(a, m.first, m.last) || isComparedWithPerson(a, m.first, m.last)) return false;
  const near = wordsBefore(a, m.first, PREDICATE_REACH_PAST_ADVERB);
  const certain = near.findIndex((j) => isBrokenNegator(a, j));
  const before = near.slice(0, certain >= 0 && certain < PREDICATE_REACH ? PREDICATE_REACH_PAST_ADVERB : PREDICATE_REACH);
  const negator = before.find((j) => entryAt(a, j)?.negator && !isRestricted(a, j, m.first) && !isBrokenNegator(a, j));
  return (negatorOf(a, m.first) >= 0 || negator !== undefined) && before.some((j) => entryAt(a, j)?.copula);
}

function isReported(a: Analysis, m: Match): boolean {
  const s = a.tokens[m.first]!.sentence;
  if (sentenceHasCached(a, s, 'secondPerson', (e) => !!e.secondPerson)) return false;
  // Only the words within reach of the insult, not the whole sentence.
  for (let i = Math.max(0, m.first - REPORTING_REACH); i <= Math.min(a.tokens.length - 1, m.first + REPORTING_REACH); i++) {
    if (a.tokens[i]!.sentence !== s || !entryAt(a, i)?.reporting) continue;
    // "according to me": whose view it is comes after "to".
    const next = a.tokens[keyAt(a, i) === 'according' && keyAt(a, i + 1) === 'to' ? i + 2 : i + 1];
    if (!(next && FIRST_PERSON_OPINION.test(next.raw.toLowerCase()))) return true;
  }
  return false;
}

/** "ces religieux de merde", "un gouvernement à la con": profanity as an adjective insults the noun before it. */
function isAttributive(a: Analysis, m: Match): boolean {
  const before = wordsBefore(a, m.first, 3);
  const k0 = before[0] !== undefined ? keyAt(a, before[0]) : undefined;
  const k1 = before[1] !== undefined ? keyAt(a, before[1]) : undefined;
  if (k0 === 'de' || k0 === "d'") return before.length >= 2;
  return k0 === 'la' && k1 === 'a' && before.length >= 3;
}

/**
 * "t'es qu'une merde", "you are a piece of shit": a vulgar noun said of a
 * person, its article right after the copula ("tu es dans la merde" is trouble).
 */
function isProfanePredicate(a: Analysis, m: Match): boolean {
  const before = wordsBefore(a, m.first, 5);
  // "une vraie merde", "une grosse merde": the adjective sits between the article and the noun.
  const article = entryAt(a, before[0] ?? -1)?.introducer && !entryAt(a, before[0]!)?.determiner ? 1 : 0;
  if (!/^(?:un|une|des|a)$/.test(keyAt(a, before[article] ?? -1) ?? '')) return false;
  const link = before[article + 1];
  if (link === undefined) return false;
  return (!!entryAt(a, link)?.copula || /^(?:qu'|que|juste|vraiment|just|really)$/.test(keyAt(a, link) ?? '')) && isPredicateOfSomeone(a, before);
}

// Singular only: "les gros" and "des petits et des gros" are big players and big things.
const FAT = new Set(['gros', 'grosse']);
const FAT_BEFORE = new Set(['la', 'une', 'cette', 'un', 'ce', 'de', 'sale']);
const SMALL = new Set(['petit', 'petite', 'petits', 'petites']);

/**
 * "c'est qui la grosse ?", "un prénom de grosse": the adjective standing for
 * a person, with no noun after it, is a jibe at their body. "La grosse
 * Bertha", "une grosse erreur" and "le gros de l'armée" have their noun.
 */
function bodyNouns(a: Analysis): Insult[] {
  if (a.lang !== 'fr') return [];
  const found: Insult[] = [];
  // Only a word matched on its own can stand for a person: the matches, not every token.
  for (const m of a.matches) {
    const i = m.first;
    // A single-word match's key is its word's (keyAt).
    if (i === 0 || m.last !== i || !FAT.has(m.key) || !FAT_BEFORE.has(keyAt(a, i - 1) ?? '')) continue;
    // "j'ai pris la grosse, toi la petite": sizes of things compared.
    const [first, last] = sentenceRange(a, a.tokens[i]!.sentence);
    let compared = false;
    for (let j = first; j <= last && !compared; j++) compared = SMALL.has(keyAt(a, j) ?? '');
    if (compared) continue;
    const next = a.tokens[i + 1];
    const standsAlone = !next || next.sentence !== a.tokens[i]!.sentence || next.kind === 'punct' || /^(?:avec|qui|la|là)$/i.test(next.raw);
    if (!standsAlone) continue;
    found.push({ match: m, weight: WEIGHT.mild, severity: 'mild', target: 'unknown', rule: 'insult.body' });
  }
  return found;
}

/** "laide comme un pou": a set simile makes an ordinary adjective a jibe at whoever it is said of. */
function isSimile(a: Analysis, m: Match): boolean {
  const [like, det] = wordsAfter(a, m.last, 2);
  return like === m.last + 1 && det === m.last + 2 && /^(?:comme|as)$/.test(keyAt(a, like) ?? '') && /^(?:un|une|ses|a|an)$/.test(keyAt(a, det) ?? '');
}

/** Coarse insults that first name a thing: the garbage of Beirut's 2015 crisis, manure. */
const THING_NOUNS = new Set(['ordure', 'fumier']);
/** Articles and prepositions before a noun that names the thing: "les ordures brûlent", "l'odeur des ordures". */
const THING_BEFORE = /^(?:les|des|la|l'|le|aux|du|de|d'|dans|sur|en|the|of)$/;

/** "Les ordures s'entassent", "l'odeur des ordures": the thing, unless said of someone ("vous êtes des ordures", "espèce d'ordure"). */
function namesThing(a: Analysis, m: Match): boolean {
  if (!THING_NOUNS.has(m.key)) return false;
  const before = wordsBefore(a, m.first, 3);
  // "Les politiciens sont des ordures": a predicate is said of its subject, whoever it is.
  if (before[0] === undefined || !THING_BEFORE.test(keyAt(a, before[0]) ?? '') || before.some((j) => entryAt(a, j)?.copula)) return false;
  // "les ordures du Hezbollah", "des ordures de djihadistes": whose they are makes them people.
  const [link, owner] = wordsAfter(a, m.last, 2);
  if (link !== undefined && owner !== undefined && /^(?:de|du|des|d')$/.test(keyAt(a, link) ?? '')) {
    const e = entryAt(a, owner);
    if (e?.group || e?.figure || e?.person || /^\p{Lu}/u.test(a.tokens[owner]!.raw)) return false;
  }
  return !isAimed(a, m, false);
}

function villainInsult(a: Analysis, m: Match): boolean {
  const b = wordsBefore(a, m.first, 2);
  return b.length > 0 && (!!entryAt(a, b[0]!)?.introducer || (!!entryAt(a, b[0]!)?.copula && b.length > 0));
}

export function findInsults(a: Analysis): InsultResult {
  const insults: Insult[] = [];
  const profanities: number[] = [];
  const evidence: Evidence[] = [];

  for (const m of matchesAndInner(a)) {
    const e = m.entry;
    if (e.allow) continue;
    if (e.figure === 'villain') {
      if (villainInsult(a, m)) {
        const first = wordsBefore(a, m.first, 1)[0]!;
        const villain = { ...m, first };
        insults.push({ match: villain, weight: WEIGHT.villain, severity: 'strong', target: 'public_figure', rule: 'insult.villain_comparison' });
      }
      continue;
    }
    if (!e.abuse) continue;
    const { kind, severity, weak } = e.abuse;
    if (kind === 'profanity' && isAttributive(a, m)) {
      insults.push({ match: m, weight: WEIGHT.strong, severity: 'strong', target: 'unknown', rule: 'insult.attributive_profanity' });
      continue;
    }
    if (kind === 'profanity' && isProfanePredicate(a, m)) {
      insults.push({ match: m, weight: WEIGHT.strong, severity: 'strong', target: 'unknown', rule: 'insult.profane_predicate' });
      continue;
    }
    if (kind === 'profanity') {
      // Vulgarity quoted from the reader to be answered ("vous écrivez que les X sont des trous du cul ?") is not the commenter's.
      const quoted = isAttributedToOthers(a, m.first);
      const weight = quoted ? round(WEIGHT.profanity * COUNTER_SPEECH) : WEIGHT.profanity;
      if (quoted) evidence.push(spanEvidence(a, m.first, m.last, 'damping', 'profanity.counter_speech', COUNTER_SPEECH));
      profanities.push(weight);
      evidence.push(spanEvidence(a, m.first, m.last, 'profanity', `profanity.${m.via}`, weight));
      continue;
    }
    let weight: number;
    let level: Insult['severity'];
    let rule = `insult.${m.via}`;
    if (kind === 'slur') {
      weight = WEIGHT.severe;
      level = 'severe';
      rule = m.via === 'portmanteau' ? 'insult.coined_slur' : `slur.${m.via}`;
    } else if (kind === 'dehumanising' && (isComparison(a, m.first, m.last) || isBareAdjective(a, m.first))) {
      // "aussi bête que toi", "plus sauvage que…", "tu es juste bête": compared or without its article, the noun is an adjective, an ordinary jibe.
      if (!isAimed(a, m, false)) continue;
      weight = WEIGHT.mild;
      level = 'mild';
    } else if (kind === 'dehumanising') {
      // "un rat" may be the animal; "un sous-homme" is someone. Either, denied, is no insult ("ne sont pas des rats").
      if (isNegatedPredicate(a, m) || !isAimed(a, m, !!e.abuse.human)) continue;
      weight = WEIGHT.severe;
      level = 'severe';
      rule = 'insult.dehumanising';
    } else if (severity >= 2) {
      if (namesThing(a, m)) continue;
      weight = WEIGHT.strong;
      level = 'strong';
    } else if (weak && LITERAL_TOO.has(m.key) && !isAimed(a, m, false) && !namesMaster(a, m)) {
      continue;
    } else if (weak && !((isAimed(a, m, true) || isSimile(a, m)) && !hasComplement(a, m))) {
      weight = WEIGHT.weak;
      level = 'mild';
      rule = 'insult.ambiguous_adjective';
    } else {
      weight = WEIGHT.mild;
      level = 'mild';
    }
    insults.push({ match: m, weight, severity: level, target: 'unknown', rule });
  }

  insults.push(...bodyNouns(a));

  for (const ins of insults) {
    const aim = ins.rule === 'insult.villain_comparison' ? { target: 'public_figure' as const } : findTarget(a, ins.match);
    ins.target = aim.target;
    if (aim.neighbour !== undefined) {
      ins.match = { ...ins.match, first: Math.min(ins.match.first, aim.neighbour), last: Math.max(ins.match.last, aim.neighbour) };
    }
    const { first, last } = ins.match;
    let damping = 1;
    if (ins.severity !== 'severe' && isNegatedPredicate(a, ins.match)) {
      damping = NEGATED;
      evidence.push(spanEvidence(a, first, last, 'damping', 'insult.negated', NEGATED));
    } else if (isCounterSpeech(a, ins.match.first)) {
      damping = COUNTER_SPEECH;
      evidence.push(spanEvidence(a, first, last, 'damping', 'insult.counter_speech', COUNTER_SPEECH));
    } else if (isReported(a, ins.match) || isOthersViewpoint(a, first)) {
      damping = REPORTED;
      evidence.push(spanEvidence(a, first, last, 'damping', 'insult.reported_speech', REPORTED));
    }
    ins.weight = round(ins.weight * damping);
    ins.evidence = spanEvidence(a, first, last, 'insult', ins.rule, ins.weight, ins.target);
    evidence.push(ins.evidence);
  }

  const counted = insults.filter((i) => i.weight >= WEIGHT.weak);
  const score = round(combine(counted.map((i) => i.weight)));
  const strongest = counted.reduce<Insult | undefined>((best, i) => (!best || i.weight > best.weight ? i : best), undefined);
  const severity: Severity = !strongest || score < a.rules.thresholds.insult ? (strongest ? 'mild' : 'none') : maxSeverity(counted);
  return {
    insults: counted,
    score,
    severity: counted.length ? severity : 'none',
    target: strongest ? strongest.target : null,
    profanity: round(combine(profanities)),
    evidence,
    breakdown: counted.map((i) => ({ rule: i.rule, value: i.weight, note: `${spanText(a, i.match.first, i.match.last)} → ${i.target}` })),
  };
}

const ORDER: Severity[] = ['none', 'mild', 'strong', 'severe'];
function maxSeverity(list: Insult[]): Severity {
  return list.reduce<Severity>((s, i) => (ORDER.indexOf(i.severity) > ORDER.indexOf(s) ? i.severity : s), 'none');
}
