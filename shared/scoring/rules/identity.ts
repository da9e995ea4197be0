/**
 * Attacks on a group for what it is: hatred declared against it ("je
 * déteste les…"), a derogatory predicate ("les … sont des rats", "… ne sont
 * pas humains"), a slur phrase ("sales …"), profanity or dehumanising words
 * next to it, a threat against it. Attacks on nationalities, religions,
 * ethnicities and the like are identity attacks; the same against a
 * political camp is an insult aimed at a group. Counter-speech — quoting or
 * reporting such words to condemn them — is damped.
 */
import type { Evidence } from '../../types.js';
import type { Analysis, Match } from '../analyse.js';
import { combine, round } from '../math.js';
import { spanEvidence } from '../evidence.js';
import { COMPARED_WITH, COUNTER_SPEECH, REPORTED, complementHead, entryAt, isFigure, isAcronym, isBareAdjective, isCounterSpeech, isEndorsed, isOthersViewpoint, isSuperlative, keyAt, matchesAndInner, negatorOf, perSentence, sentenceHas, wordsAfter, wordsBefore } from '../scope.js';
import type { Threat } from './threats.js';

export interface GroupAttack {
  first: number;
  last: number;
  weight: number;
  rule: string;
  political: boolean;
}

/** An attack as a rule finds it, before the political discount and the counter-speech damping. */
type FoundAttack = Omit<GroupAttack, 'political'>;

export interface IdentityResult {
  attacks: GroupAttack[];
  /** Attacks on identity groups only. */
  score: number;
  evidence: Evidence[];
}

const POLITICAL_FACTOR = 0.75;
/**
 * What counts against a political camp or an armed group: abuse and threats.
 * Judging one ("Daech est une menace", "les djihadistes sont dangereux", "je
 * déteste le Hezbollah") is opinion, the daily stuff of war coverage; judged
 * so, a people is attacked for what it is.
 */
const ABUSE_OF_CAMP = new Set(['identity.threat', 'identity.slur_phrase', 'identity.name_calling', 'identity.dehumanising', 'identity.profanity']);
const NEGATIVE_PREDICATE = -0.3;
const HATE_REACH = 8;
/** The group, a short complement ("de leur espèce", "comme toi"), then the verb: "les X comme toi sont…". */
const COPULA_REACH = 4;
const WORTH_REACH = 8;
const HOSTILE_TONE = -0.3;
/** "ces X me rendent malade", "vous autres X": the speaker or reader stands right by the group word. */
const PERSON_REACH = 3;
/** Pronouns that take up a group named before: "les X ? Ils sont…", "…, mais ce sont des…". */
const RESUMING_SUBJECT = new Set(['ils', 'elles', 'they']);

/** A capital first: a name. A module constant because tsx turns a \p{…} regex literal into a new RegExp at each use. */
const CAPITALISED = /^\p{Lu}/u;
/** A small letter first; a module constant, as CAPITALISED is. */
const LOWER_CASE_INITIAL = /^\p{Ll}/u;

/** What a tone word adds to its sentence: a negated one ("pas méchants") counts less, the other way. */
function matchTone(a: Analysis, m: Match): number {
  const tone = m.entry.tone ?? 0;
  return negatorOf(a, m.first) >= 0 ? -0.6 * tone : tone;
}

/** Sum of sentence s's tone words. */
function sentenceTone(a: Analysis, s: number): number {
  let sum = 0;
  // The sentence's own tokens, each match at its first one: not every match of a long comment.
  for (let i = a.sentenceBounds[2 * s]!; i >= 0 && i <= a.sentenceBounds[2 * s + 1]!; i++) {
    const m = a.at[i];
    if (m && m.first === i && m.entry.tone !== undefined) sum += matchTone(a, m);
  }
  return sum;
}

/**
 * The tone of g's sentence with g's own left out: a group word with a tone of its own ("Daech") does not make what
 * is said of it hostile. Summed once per sentence, not once per group word: a sentence may name hundreds of peoples.
 */
function toneAround(a: Analysis, g: Match): number {
  const s = a.tokens[g.first]!.sentence;
  // An inner match (a word inside a phrase) was never counted as itself.
  const own = a.at[g.first] === g && g.entry.tone !== undefined ? matchTone(a, g) : 0;
  return perSentence(a, s, 'tone', () => sentenceTone(a, s)) - own;
}

/** "par", "by": the word before was done to the subject by someone, and what follows names who. */
const isAgent = (key: string | undefined) => key === 'par' || key === 'by';

/** Tone of what follows a copula, with negation flipping it: "ne sont pas humains" is negative. */
function predicateIsDerogatory(a: Analysis, copula: number): { yes: boolean; last: number } {
  const words = wordsAfter(a, copula, 6);
  const restrictive = words.some((j) => keyAt(a, j) === 'que' || keyAt(a, j) === "qu'");
  const negated = !restrictive && (negatorOf(a, copula) >= 0 || words.slice(0, 2).some((j) => entryAt(a, j)?.negator));
  let tone = 0;
  let abusive = false;
  let last = copula;
  for (const [n, j] of words.entries()) {
    // "sont haïs par les extrémistes": what follows the agent describes the agent, not the group.
    if (isAgent(keyAt(a, j))) break;
    const e = entryAt(a, j);
    if (!e) continue;
    if (e.abuse && e.abuse.kind !== 'profanity') {
      abusive = true;
      last = j;
    }
    // Judging words (adjectives), not events: "sont victimes de la guerre" is not a derogation; nor is
    // what a group suffers or feels ("sont épuisés", "sont furieux"), nor a passive with its agent ("sont chassés par Daech").
    const judging = e.toneRule === 'tone.pattern' || e.toneRule === 'tone.afinn' || (e.toneRule === 'tone.lexicon' && isAdjectival(a, copula, j));
    if (e.tone !== undefined && !e.negator && judging && !e.plight && !isAgent(keyAt(a, words[n + 1] ?? -1))) {
      tone += e.tone;
      last = j;
    }
  }
  if (negated) return { yes: !abusive && tone > 0.2, last };
  return { yes: abusive || tone <= NEGATIVE_PREDICATE, last };
}

/** A past participle: what was done to the group ("sont massacrés"), not what it is. */
const PARTICIPLE = /(?:é|ée|és|ées|ed)$/;

const INDEFINITE = /^(?:un|une|des|a|an)$/;
/** "sont tous des…", "are all…": the whole group, no complement. */
const ALL_OF_THEM = new Set(['tous', 'toutes', 'all']);
/** A noun's complement: "victimes de la guerre", "otages du régime" name a role, not a quality. */
const COMPLEMENT = /^(?:de|d'|du|des|of)$/;

/**
 * A word of our own tone list (nouns and events as well as adjectives) is a
 * quality of the subject only right after the copula or its adverbs, with no
 * complement: "sont absolument abjects", not "sont des victimes", "sont
 * victimes de la guerre" nor "sont en guerre".
 */
function isAdjectival(a: Analysis, copula: number, j: number): boolean {
  if (PARTICIPLE.test(a.tokens[j]!.raw.toLowerCase()) || COMPLEMENT.test(keyAt(a, wordsAfter(a, j, 1)[0] ?? -1) ?? '')) return false;
  // "sont une menace", "sont des terroristes": one indefinite article, and the noun says what the group is.
  const article = wordsBefore(a, j, 1)[0];
  const start = article !== undefined && INDEFINITE.test(keyAt(a, article) ?? '') ? article - 1 : j - 1;
  for (let k = start; k > copula; k--) if (entryAt(a, k)?.intensifier === undefined && !ALL_OF_THEM.has(keyAt(a, k) ?? '')) return false;
  return true;
}

const COMPARATIVE = new Set(['plus', 'aussi', 'si', 'more', 'as', 'so']);

/**
 * The group as the measure of something bad: "rien de plus horrible qu'un X",
 * "nothing is as vile as these X". Returns where the comparison starts.
 */
function derogatoryComparison(a: Analysis, g: Match): number | undefined {
  const before = wordsBefore(a, g.first, 4);
  const than = before.findIndex((j) => COMPARED_WITH.has(keyAt(a, j) ?? ''));
  if (than < 0) return undefined;
  const [adjective, comparative] = [before[than + 1], before[than + 2]];
  if (adjective === undefined || comparative === undefined || !COMPARATIVE.has(keyAt(a, comparative) ?? '')) return undefined;
  // "rien de plus X qu'un…" measures by them; "ce n'est pas plus X que les…", "not as bad as the…" does not.
  if (!isSuperlative(a, adjective) && negatorOf(a, comparative) >= 0) return undefined;
  const e = entryAt(a, adjective);
  const judging = e?.toneRule === 'tone.pattern' || e?.toneRule === 'tone.afinn';
  return e?.tone !== undefined && judging && !e.plight && e.tone <= NEGATIVE_PREDICATE ? comparative : undefined;
}

/** Disabilities whose names are thrown at people who have none: "t'es complètement autiste ou quoi ?". */
const ABLEIST_NAMES = new Set(['autiste', 'handicape', 'handicapee', 'trisomique']);
/** What turns "tu es autiste" from a statement into a jibe: an intensifier before, "ou quoi", "!" after. */
const JIBE_INTENSIFIER = /^(?:vraiment|completement|totalement|trop|grave|carrement|serieusement|tous|toutes)$/;
const RESTRICTIVE = new Set(['que', "qu'"]);

/**
 * What a person is, thrown at someone as an insult: "espèce d'Arabe", "t'es
 * qu'un juif", "vous n'êtes que des X" — and, for disabilities, said of the
 * reader as a jibe ("t'es complètement autiste ou quoi ?"). "Une espèce de
 * juif orthodoxe" (a kind of), "tu n'es pas qu'un Arabe", "si vous êtes
 * handicapé, …" and "tu es autiste ? moi aussi" are not. Returns where the
 * name-calling starts.
 */
function nameCalling(a: Analysis, g: Match): number | undefined {
  const before = wordsBefore(a, g.first, 5);
  const keys = before.map((j) => keyAt(a, j));
  if ((keys[0] === 'de' || keys[0] === "d'") && keys[1] === 'espece' && !entryAt(a, before[2] ?? -1)?.determiner) return before[1];
  // Said to the reader: the verb itself is in the second person ("t'es", "tu n'es", "vous êtes"), unlike "ton fils est…".
  const you = keys.findIndex((k) => k === 'es' || k === 'etes');
  if (you < 0 || keys.slice(you).includes('si')) return undefined;
  const start = entryAt(a, before[you + 1] ?? -1)?.secondPerson ? before[you + 1]! : before[you]!;
  const article = keys[0] === 'un' || keys[0] === 'une' || keys[0] === 'des';
  // "n'es qu'un": "ne … que" restricts; "n'es pas qu'un" denies the restriction.
  if (article && RESTRICTIVE.has(keys[1] ?? '')) return keys[2] === 'pas' || keys[2] === 'plus' ? undefined : start;
  if (!ABLEIST_NAMES.has(g.key) || negatorOf(a, g.first) >= 0) return undefined;
  const between = keys.slice(0, you);
  if (!between.every((k) => k === 'un' || k === 'une' || k === 'des' || JIBE_INTENSIFIER.test(k ?? ''))) return undefined;
  const [next, after] = wordsAfter(a, g.last, 2).map((j) => keyAt(a, j));
  // "!" has no key: the token itself, right after the name.
  const exclaimed = a.tokens[g.last + 1]?.raw.startsWith('!') ?? false;
  const jibe = between.some((k) => JIBE_INTENSIFIER.test(k ?? '')) || (next === 'ou' && after === 'quoi') || exclaimed;
  return jibe ? start : undefined;
}

/**
 * A hatred the commenter voices at token j: "je déteste", or, negated, "je ne
 * supporte pas", "aucun respect pour" — not one he blames on others or condemns.
 */
function isHatredAt(a: Analysis, j: number): boolean {
  const e = entryAt(a, j);
  // Most words are neither: answered before looking for a negator.
  if (!e || (!e.hateVerb && !e.tolerateVerb)) return false;
  const negated = negatorOf(a, j) >= 0;
  return ((!!e.hateVerb && !negated) || (!!e.tolerateVerb && negated)) && !isHateOfOthers(a, j);
}

/** Words that fight what they govern: "dénoncer la haine des X", "combattre le mépris des X", "stop à la haine", "pourquoi tant de haine". */
const CONDEMNING = /^(?:denonc|condamn|combatt|lutt|stop$|assez$|pourquoi$)/;
/** How near the owner of a hatred stands before it: "votre mépris", "vous détestez", "votre manque de respect". */
const OWNER_REACH = 3;

/**
 * "Votre manque de respect pour les X doit cesser", "vous détestez les X",
 * "dénonçons la haine des X": a hatred the commenter blames on the reader or
 * condemns, not one he voices. "Je vous déteste, vous et vos X" is his own.
 */
function isHateOfOthers(a: Analysis, hate: number): boolean {
  const before = wordsBefore(a, hate, OWNER_REACH);
  // "C'est faux, je déteste les X", "arrête, je hais les X": the commenter owns it, whatever else he condemns;
  // in "je condamne la haine contre les X" the "je" is the condemner's.
  const own = before.findIndex((j) => entryAt(a, j)?.firstOrSecondPerson && !entryAt(a, j)!.secondPerson);
  const condemned = before.findIndex((j) => CONDEMNING.test(keyAt(a, j) ?? ''));
  if (condemned >= 0 && (own < 0 || condemned < own)) return true;
  if (own >= 0) return false;
  // "Vous détestez les X, et vous avez bien raison": blamed on the reader, then shared.
  return before.some((j) => entryAt(a, j)?.secondPerson) && !isEndorsed(a, a.tokens[hate]!.sentence);
}

function attackOn(a: Analysis, g: Match, threats: readonly Threat[]): FoundAttack | undefined {
  const s = a.tokens[g.first]!.sentence;

  // "You're a dead man": a word inside a threat to the reader is what the reader is called, not a group threatened.
  const threat = threats.find((t) => !t.quoted && a.tokens[t.first]!.sentence === s && !(t.target === 'reader' && g.first >= t.first && g.last <= t.last));
  if (threat) return { weight: 0.9, rule: 'identity.threat', first: Math.min(threat.first, g.first), last: Math.max(threat.last, g.last) };

  const before = wordsBefore(a, g.first, 2);
  const after = wordsAfter(a, g.last, 2);
  const adjacent = [...before, ...after];
  const introducer = before[0] !== undefined ? keyAt(a, before[0]) : undefined;
  if (introducer === 'sale' || introducer === 'sales' || introducer === 'dirty' || introducer === 'filthy') {
    return { weight: 0.9, rule: 'identity.slur_phrase', first: before[0]!, last: g.last };
  }
  const calledBy = nameCalling(a, g);
  if (calledBy !== undefined && !isOthersViewpoint(a, calledBy)) return { weight: 0.9, rule: 'identity.name_calling', first: calledBy, last: g.last };
  const adjacentAbuse = adjacent.find((j) => {
    const e = entryAt(a, j);
    return e?.abuse && !e.abuse.weak;
  });
  if (adjacentAbuse !== undefined) {
    const kind = entryAt(a, adjacentAbuse)!.abuse!.kind;
    return { weight: kind === 'profanity' ? 0.8 : 0.9, rule: kind === 'profanity' ? 'identity.profanity' : 'identity.slur_phrase', first: Math.min(adjacentAbuse, g.first), last: Math.max(adjacentAbuse, g.last) };
  }

  for (let j = Math.max(0, g.first - HATE_REACH); j <= Math.min(a.tokens.length - 1, g.last + HATE_REACH); j++) {
    if (a.tokens[j]!.sentence !== s) continue;
    // "je déteste les X" — or, negated, "je ne supporte pas les X", "aucun respect pour les X".
    if (isHatredAt(a, j) && isAimedAtGroup(a, j, g)) {
      return { weight: 0.85, rule: 'identity.hate_statement', first: Math.min(j, g.first), last: Math.max(j, g.last) };
    }
  }

  const denied = belongingDenied(a, before);
  if (denied !== undefined && !isOthersViewpoint(a, g.first)) return { weight: 0.8, rule: 'identity.belonging_denied', first: denied, last: g.last };
  // "Le président des Kurdes est un idiot", "le sort des Syriens est honteux": what follows is said of the head noun, not of the people.
  if (complementsOtherNoun(a, g)) return undefined;
  const worth = worthDenied(a, g.last);
  if (worth !== undefined && !isOthersViewpoint(a, g.first)) return { weight: 0.85, rule: 'identity.worth_denied', first: g.first, last: worth };
  // Compared with or called vermin anywhere near: "valent moins que des rats".
  for (let j = Math.max(0, g.first - WORTH_REACH); j <= Math.min(a.tokens.length - 1, g.first + WORTH_REACH); j++) {
    const m = a.at[j];
    // "tu es juste bête": said as an adjective, the animal is a jibe, not a people's dehumanisation.
    if (!m || m.first !== j || m.entry.abuse?.kind !== 'dehumanising' || a.tokens[j]!.sentence !== s || isBareAdjective(a, j)) continue;
    if (negatorOf(a, m.first) < 0) return { weight: 0.9, rule: 'identity.dehumanising', first: Math.min(m.first, g.first), last: Math.max(m.last, g.last) };
  }
  const comparison = derogatoryComparison(a, g);
  if (comparison !== undefined) return { weight: 0.85, rule: 'identity.derogatory_comparison', first: comparison, last: g.last };
  const predicate = derogatoryPredicate(a, g.last);
  // "Pour Assad, les Syriens ne valent rien", "selon le ministre, les X sont…": someone else's contempt, reported.
  if (predicate !== undefined && !isOthersViewpoint(a, g.first)) return { weight: 0.85, rule: 'identity.derogatory_predicate', first: g.first, last: predicate };
  const slander = slanderingVerb(a, g.last);
  if (slander !== undefined && !isOthersViewpoint(a, g.first)) return { weight: 0.8, rule: 'identity.slander', first: g.first, last: slander };
  const stereotype = stereotypeOf(a, g.last);
  if (stereotype !== undefined && !isOthersViewpoint(a, g.first)) return { weight: 0.8, rule: 'identity.stereotype', first: g.first, last: stereotype };
  const essence = essentialism(a, g);
  if (essence !== undefined && !isOthersViewpoint(a, g.first)) return { weight: 0.8, rule: 'identity.essentialism', first: Math.min(essence, g.first), last: Math.max(essence, g.last) };
  const exclusion = exclusionOf(a, g);
  if (exclusion && !isOthersViewpoint(a, g.first)) return { weight: 0.75, rule: 'identity.exclusion', first: Math.min(exclusion.first, g.first), last: Math.max(exclusion.last, g.last) };
  return hostileEmotion(a, g, before) ?? resumedAttack(a, g);
}

/** Vermin that stink and swarm: "les X puent", "les X pullulent". */
const VERMIN_VERBS = new Set(['pue', 'puent', 'puaient', 'empestent', 'pullulent', 'grouillent', 'proliferent', 'stink', 'stinks', 'reek', 'infest', 'infesting']);
/** Of those, the ones that may name what is smelled: with it they describe ("puent la sueur après des jours de marche"). */
const SMELL_VERBS = new Set(['pue', 'puent', 'puaient', 'empestent', 'stink', 'stinks', 'reek']);
/** Invaders: "les X nous envahissent". */
const INVADE_VERBS = new Set(['envahissent', 'envahissaient', 'invade', 'invading']);
/** A cabal that owns what informs and pays: "les X contrôlent les médias". */
const CONTROL_VERBS = new Set(['controlent', 'controlaient', 'possedent', 'dirigent', 'tiennent', 'manipulent', 'control', 'controls', 'own', 'run', 'runs']);
/** Verbs that also say what a great power does: "dirigent le monde", "run the world". */
const LEADING_VERBS = new Set(['dirigent', 'tiennent', 'run', 'runs']);
const WHOLE_WORLD = new Set(['monde', 'world', 'tout', 'everything', 'planete', 'entier']);
/** What the cabal is said to hold, whole: "les médias", "la finance", "le monde", "tout". */
const CONTROLLED = new Set(['medias', 'media', 'banques', 'finance', 'hollywood', 'presse', 'press', 'banks', 'banking', 'monde', 'world', 'tout', 'everything']);
/** What widens the whole to the world rather than narrowing it: "les médias du monde entier", "the world's banks", "the media worldwide". */
const WORLDWIDE = new Set(['entier', 'planete', 'mondiaux', 'mondial', 'mondiale', 'mondiales', 'internationaux', 'internationales', 'occidentaux', 'occidentales', 'partout', 'everywhere', 'worldwide', 'global', 'western']);
/** Prepositions that may lead to the world: "du monde", "de la planète", "in the world"; leading elsewhere ("du pays"), they narrow. */
const WORLD_LINKS = new Set(['du', 'de', 'des', 'dans', 'au', 'in', 'of']);
const EVERYTHING = new Set(['tout', 'everything']);
const US = new Set(['nous', 'us']);
const AND_OR = new Set(['et', 'ou', 'and', 'or']);
/** How long a whole object may run: "les médias et les banques"; longer, it is described, so specific. */
const OBJECT_REACH = 6;
/** What may stand between the people and the verb: "les X nous envahissent", "les X puent tous". */
const SUBJECT_FILLERS = new Set(['nous', 'tous', 'toutes', 'vraiment', 'toujours', 'all', 'really', 'always', 'just', 'are', 'us']);

/**
 * Verbs that, said of a whole people (the subject ending at `subject`), are
 * the old slanders themselves with no insult word: vermin ("les X puent",
 * "les X pullulent"), invaders ("les X nous envahissent"), a cabal ("les X
 * contrôlent les médias"). Said of something specific they are news or a
 * claim to argue ("les Russes envahissent la Crimée", "les Kurdes envahissent
 * tout le nord", "les Saoudiens contrôlent les médias locaux"): what is invaded
 * or controlled must be us, or everything, with nothing to narrow it before
 * the clause ends. Returns the slander's last word.
 */
function slanderingVerb(a: Analysis, subject: number): number | undefined {
  const after = wordsAfter(a, subject, 4);
  const v = after.findIndex((j) => !SUBJECT_FILLERS.has(keyAt(a, j) ?? ''));
  const verb = after[v];
  if (verb === undefined || negatorOf(a, verb) >= 0 || after.slice(0, v).some((j) => entryAt(a, j)?.negator)) return undefined;
  const key = keyAt(a, verb) ?? '';
  if (VERMIN_VERBS.has(key)) return SMELL_VERBS.has(key) && namesASmell(a, verb) ? undefined : verb;
  if (INVADE_VERBS.has(key)) {
    if (after.slice(0, v).some((j) => US.has(keyAt(a, j) ?? ''))) return verb;
    // "are invading us", "envahissent tout." — not "envahissent tout le nord".
    const [object, more] = wordsAfter(a, verb, 2);
    const what = keyAt(a, object ?? -1) ?? '';
    return what === 'us' || (EVERYTHING.has(what) && more === undefined) ? object : undefined;
  }
  if (!CONTROL_VERBS.has(key)) return undefined;
  const last = wholeControlled(a, verb);
  // Leading the world is what great powers are said to do ("les Américains dirigent le monde"); running the media is the cabal's.
  return last !== undefined && LEADING_VERBS.has(key) && WHOLE_WORLD.has(keyAt(a, last) ?? '') ? undefined : last;
}

/**
 * The old stereotypes said of a whole people, on the folded words after it: that it understands only force, will
 * never fit in, is unfit for freedom, or is behind every attack. Words, not a lexicon entry: none of them is abusive
 * alone ("ne comprennent que", "s'intègrent", "derrière").
 */
const STEREOTYPES: readonly RegExp[] = [
  /^(?:ne |n' )?comprennent (?:que |qu' )(?:la force|le baton|la violence|le langage de la force)\b/,
  // Never, or not at all with no reason given: "ne s'intègrent pas faute de papiers" explains a fact.
  /^ne s' (?:integrent|integreront|integreraient|adapteront|adaptent) (?:jamais\b|pas(?: du tout)?$)/,
  /^ne sont (?:pas|jamais) (?:faits|faites|prets|pretes|murs|mures) pour (?:la democratie|la liberte|la civilisation|vivre (?:en paix|en societe|avec nous))\b/,
  /^(?:sont|etaient) (?:derriere|a l' origine de) (?:tout|(?:tous )?les attentats?|daech|daesh|l' ei|le terrorisme|le 11 septembre)\b/,
  /^(?:only|just) understand (?:force|violence|the stick|the language of force)\b/,
  /^(?:will never|won't ever|can never|never) (?:integrate|assimilate|fit in)\b|^(?:cannot|can't) (?:integrate|assimilate|fit in)$/,
  /^(?:are|were) (?:not|never) (?:made|fit|ready) for (?:democracy|freedom|civilization|civilisation)\b/,
  /^(?:are|were) behind (?:everything|isis|daesh|all (?:the|these|those) attacks?|the attacks?|terrorism|9 11)\b/,
];
/** How many words a stereotype runs over after its people. */
const STEREOTYPE_REACH = 8;

/** A stereotype said of the people ending at `subject`: its last word, or undefined. */
function stereotypeOf(a: Analysis, subject: number): number | undefined {
  const after = wordsAfter(a, subject, STEREOTYPE_REACH + 2);
  const start = after.findIndex((j) => !SUBJECT_FILLERS.has(keyAt(a, j) ?? '') || keyAt(a, j) === 'are');
  if (start < 0) return undefined;
  const words = after.slice(start, start + STEREOTYPE_REACH);
  const text = words.map((j) => keyAt(a, j) ?? '').join(' ');
  for (const re of STEREOTYPES) {
    const m = re.exec(text);
    if (m) return words[m[0].split(' ').length - 1];
  }
  return undefined;
}

/** "puent la sueur": the verb's object, after its article, is a smell — unless the smell is itself abuse ("puent la merde"). */
function namesASmell(a: Analysis, verb: number): boolean {
  const [article, noun] = wordsAfter(a, verb, 4).filter((j) => entryAt(a, j)?.intensifier === undefined && !ALL_OF_THEM.has(keyAt(a, j) ?? ''));
  return article !== undefined && !!entryAt(a, article)?.determiner && !entryAt(a, noun ?? -1)?.abuse;
}

/**
 * What the verb controls, if it is the whole of what informs and pays and
 * ends the clause: "contrôlent les médias", "les médias et les banques",
 * "control everything". "Les médias locaux", "the media group", "la presse
 * du pays" name a part. Returns the last word controlled.
 */
function wholeControlled(a: Analysis, verb: number): number | undefined {
  const words = wordsAfter(a, verb, OBJECT_REACH + 1);
  if (words.length > OBJECT_REACH) return undefined;
  let last: number | undefined;
  let linked = false;
  for (const j of words) {
    const key = keyAt(a, j) ?? '';
    if (CONTROLLED.has(key) || WORLDWIDE.has(key)) {
      if (CONTROLLED.has(key) || linked || last !== undefined) last = j;
      linked = false;
    } else if (WORLD_LINKS.has(key)) linked = true;
    else if (!entryAt(a, j)?.determiner && !AND_OR.has(key) && !ALL_OF_THEM.has(key)) return undefined;
  }
  return linked ? undefined : last;
}

/** First words of an answer that denies what was just asked: "…? Non, c'est un mythe.", "…? Faux.", "…? No." */
const DENIAL_ANSWERS = new Set(['non', 'no', 'nope', 'faux', 'false', 'wrong']);
/** "Non mais…", "no but…": a protest that leads on to what the speaker says, not a denial. */
const LEADS_ON = new Set(['mais', 'but']);

/**
 * "Les Juifs contrôlent les médias ? Non, c'est un mythe complotiste.": an
 * attack asked as a question, then denied by the answer right after it, is
 * put in order to be refuted. Only an attack inside the question: a denial
 * does not excuse what the answer itself says ("Les X ? Non, ils sont…").
 */
function isRebuttedQuestion(a: Analysis, found: FoundAttack): boolean {
  const s = a.tokens[found.first]!.sentence;
  if (a.tokens[found.last]!.sentence !== s || s + 1 >= a.sentences) return false;
  if (!a.tokens[a.sentenceBounds[2 * s + 1]!]!.raw.includes('?')) return false;
  const [first, last] = [a.sentenceBounds[2 * s + 2]!, a.sentenceBounds[2 * s + 3]!];
  for (let i = first; i >= 0 && i <= last; i++) {
    const key = keyAt(a, i);
    // A dash or a quote mark may open the answer.
    if (key === undefined) continue;
    // The very next token: "mais" is a clause break, so wordsAfter would never reach it.
    return DENIAL_ANSWERS.has(key) && !LEADS_ON.has(keyAt(a, i + 1) ?? '');
  }
  return false;
}

/** What a people is born with: "c'est dans leurs gènes", "it's in their blood". */
const ESSENCE: ReadonlySet<string> = new Set(['genes', 'gene', 'sang', 'adn', 'nature', 'religion', 'blood', 'dna']);
const ESSENCE_OWNER: ReadonlySet<string> = new Set(['leur', 'leurs', 'their']);
/** "dans leur nature de trahir", "in their blood to lie": what follows names what their essence makes them do. */
const TO_DO: ReadonlySet<string> = new Set(['de', "d'", 'to']);

/**
 * French infinitives end so (-oir is an -ir): after "dans leur nature de" it
 * names a deed ("de survivre"); anything else ("de la guerre") names a thing.
 */
const isInfinitive = (key: string) => /(?:er|ir|re)$/.test(key);

interface Essence {
  /** The essence word. */
  at: number;
  /** The tone of the deed named after it, when one is: "de trahir" blames, "de survivre" does not. */
  deed: number | undefined;
}

/** The first essence said of "them" in sentence s, not denied ("n'est pas dans leur nature"). */
function essenceIn(a: Analysis, s: number): Essence | undefined {
  const end = a.sentenceBounds[2 * s + 1]!;
  // Three words from "dans": none can start closer to the sentence's end.
  for (let i = a.sentenceBounds[2 * s]!; i >= 0 && i + 2 <= end; i++) {
    const key = keyAt(a, i);
    if (key !== 'dans' && key !== 'in') continue;
    const [owner, essence] = wordsAfter(a, i, 2);
    if (essence === undefined || !ESSENCE_OWNER.has(keyAt(a, owner!) ?? '') || !ESSENCE.has(keyAt(a, essence) ?? '')) continue;
    if (negatorOf(a, i) >= 0) continue;
    const [link, verb] = wordsAfter(a, essence, 2);
    const named = verb !== undefined && TO_DO.has(keyAt(a, link!) ?? '') && (a.lang === 'en' || isInfinitive(keyAt(a, verb) ?? ''));
    return { at: essence, deed: named ? (entryAt(a, verb)?.tone ?? 0) : undefined };
  }
  return undefined;
}

/**
 * A fault blamed on a people's blood, genes or nature: "les X trahissent
 * toujours, c'est dans leurs gènes", "c'est dans leur nature de trahir". The
 * fault is the deed named after the essence, or else what the rest of the
 * sentence says: "c'est dans leur nature d'accueillir" and "les X survivront,
 * c'est dans leur nature de survivre malgré la guerre" blame nothing.
 * Returns the essence word.
 */
function essentialism(a: Analysis, g: Match): number | undefined {
  const s = a.tokens[g.first]!.sentence;
  const essence = perSentence(a, s, 'essence', () => essenceIn(a, s));
  if (!essence) return undefined;
  return (essence.deed ?? toneAround(a, g)) < 0 ? essence.at : undefined;
}

const GENUINE = new Set(['vrais', 'vraies', 'vrai', 'vraie', 'veritables', 'veritable', 'real', 'true']);
/** What denies the genuineness: "pas de vrais", "jamais de vrais", "plus de vrais", "not real". */
const DENYING = new Set(['pas', 'jamais', 'plus', 'not', "aren't", "isn't", 'never']);
/** English negators with the copula in them: "they aren't real Lebanese". */
const NEGATED_COPULA = new Set(["aren't", "isn't"]);
/** How far before its verb a subject may start: "les terroristes de Daech ne sont…". */
const SUBJECT_REACH = 5;

/** A subject the commenter condemns: "les terroristes", "ces assassins", "Daech". */
const isCondemned = (a: Analysis, j: number) => {
  const e = entryAt(a, j);
  return !!e && ((!!e.abuse && !e.abuse.weak) || (e.tone !== undefined && e.tone <= NEGATIVE_PREDICATE));
};

/**
 * Someone's people denied to them: "ceux de la banlieue sud ne sont pas de
 * vrais Libanais", "they are not real Lebanese". It says what they are, so a
 * copula comes before the denial: "il n'y a pas de vrais Libanais dans ce
 * gouvernement" counts who is there. Killers denied a religion ("les
 * terroristes de Daech ne sont pas de vrais musulmans") are cut off from it,
 * and the religion defended. Returns where the denial starts. `before` is the
 * two words before the people, nearest first.
 */
function belongingDenied(a: Analysis, before: readonly number[]): number | undefined {
  const [genuine, of] = before;
  if (genuine === undefined || !GENUINE.has(keyAt(a, genuine) ?? '')) return undefined;
  // "pas de vrais", or English "not real" with no "de".
  const de = keyAt(a, of ?? -1) === 'de' || keyAt(a, of ?? -1) === 'des';
  const negator = de ? wordsBefore(a, of!, 1)[0] : of;
  if (negator === undefined || !DENYING.has(keyAt(a, negator) ?? '')) return undefined;
  // "ne sont pas", "ne sont même pas", "are not".
  const copula = NEGATED_COPULA.has(keyAt(a, negator) ?? '') ? negator : wordsBefore(a, negator, 2).find((j) => entryAt(a, j)?.copula);
  if (copula === undefined) return undefined;
  const subject = wordsBefore(a, copula, SUBJECT_REACH);
  // "There are not real Lebanese here" counts them, as "il y a" does.
  if (keyAt(a, subject[0] ?? -1) === 'there' || subject.some((j) => isCondemned(a, j))) return undefined;
  return negator;
}

/** The slogan's word: "Dehors les X !", "les X dehors !". */
const GET_OUT = new Set(['dehors']);
/** Where from, after the slogan's people: "Dehors les Syriens du Liban !", "dehors les X de chez nous". */
const FROM = new Set(['de', 'du', "d'", 'des', 'from', 'of', 'hors']);
/** Leaving, ordered to those told: "rentrez", "renvoyez-les". */
const LEAVE_ORDERS = new Set(['rentrez', 'retournez', 'degagez', 'renvoyez']);
/** Leaving in the third person plural: news ("les réfugiés rentrent chez eux") unless wished ("qu'ils rentrent"). */
const LEAVE_THIRD_PLURAL = new Set(['rentrent', 'retournent', 'degagent']);
/** Leaving in the infinitive: news ("veulent rentrer") unless left to them ("n'ont qu'à rentrer"). */
const LEAVE_INFINITIVES = new Set(['rentrer', 'retourner']);
/** The subjunctive's "que": "qu'ils rentrent", "que les X rentrent". */
const THAT = new Set(["qu'", 'que']);
/** What makes a "que" clause wished rather than reported: "il faut qu'ils…", "je veux que les X…" ("on apprend que…" reports). */
const WANTING = new Set(['faut', 'veux', 'voudrais', 'veut', 'voulons', 'voudrait', 'souhaite', 'souhaitons', 'exige', 'exigeons', 'mieux', 'temps', 'espere', 'esperons']);
/** "chez eux", "chez vous", "chez toi": home, for whoever is sent there. */
const HOME_PRONOUNS = new Set(['eux', 'vous', 'toi']);
/** "dans leur pays", "dans vos camps": the place is theirs. */
const THEIRS_OR_YOURS = new Set(['leur', 'leurs', 'votre', 'vos', 'ton']);
/** "en Syrie", "au Liban", "aux États-Unis": a country follows. */
const TO_COUNTRY = new Set(['en', 'au', 'aux']);
/** A purpose after the destination ("pour voter", "afin de reconstruire"): called home, an invitation. */
const PURPOSE = new Set(['pour', 'afin']);
/** Their safety wished after the destination: "en sécurité", "sains et saufs", "en paix", "safely". */
const SAFELY = new Set(['securite', 'paix', 'sains', 'saufs', 'sauf', 'safely', 'safe']);
/** Verbs that name who gave the order quoted before them: "« Rentrez chez vous », dit le ministre". */
const SAID_AFTER = new Set(['dit', 'disent', 'lance', 'lancent', 'declare', 'ordonne', 'crie', 'hurle', 'repete', 'ajoute', 'affirme', 'said', 'says', 'told', 'tells', 'shouted', 'ordered']);
/** Before the verb of saying, whom it was said to or its auxiliary: "leur dit-il", "a dit le ministre", "has said". */
const BEFORE_SAID = new Set(['leur', 'lui', 'nous', 'vous', 'a', 'ont', 'avait', 'has', 'had']);
const THEM = new Set(['them', 'em']);
/** A word of a phrase naming people ("tous ces X et les Y"): a determiner, "et", "tous", a people — not a verb. */
const isPartOfGroupPhrase = (a: Analysis, j: number) => {
  const key = keyAt(a, j) ?? '';
  const e = entryAt(a, j);
  return AND_OR.has(key) || ALL_OF_THEM.has(key) || !!(e?.determiner || e?.groupDeterminer || e?.group);
};

/**
 * A people told to leave: "Dehors les X !", "X go home", or, with the people
 * named in the sentence, "qu'ils rentrent chez eux", "que les X rentrent chez
 * eux", "renvoyez-les dans leur pays", "retournez en Syrie", "send them all
 * back". Not news of returns ("les réfugiés rentrent chez eux", "devraient
 * être renvoyés" is a policy argued) — only the slogan, the order and the wish.
 */
function exclusionOf(a: Analysis, g: Match): { first: number; last: number } | undefined {
  // "Dehors les X", "dehors tous ces X", "les X dehors !", "X go home".
  const before = wordsBefore(a, g.first, 3);
  const out = before.find((j) => GET_OUT.has(keyAt(a, j) ?? ''));
  if (out !== undefined && before.slice(0, before.indexOf(out)).every((j) => isPartOfGroupPhrase(a, j)) && endsSlogan(a, g)) return { first: out, last: g.last };
  const [next, then] = wordsAfter(a, g.last, 2);
  if (next !== undefined && GET_OUT.has(keyAt(a, next) ?? '') && then === undefined) return { first: g.first, last: next };
  if (next !== undefined && keyAt(a, next) === 'go' && keyAt(a, then ?? -1) === 'home') return { first: g.first, last: then! };
  // The order or the wish anywhere in the people's sentence.
  const s = a.tokens[g.first]!.sentence;
  return perSentence(a, s, 'exclusion', () => leaveOrderIn(a, s));
}

/**
 * "Dehors les X !", "… et les Y !", "… du Liban !": the slogan stops at its
 * people, or says where from. "Dehors les Syriens ont froid" goes on with a
 * verb: a sentence about people outside.
 */
function endsSlogan(a: Analysis, g: Match): boolean {
  for (const j of wordsAfter(a, g.last, 4)) {
    if (FROM.has(keyAt(a, j) ?? '')) return true;
    if (!isPartOfGroupPhrase(a, j)) return false;
  }
  return true;
}

/** "qu'ils rentrent chez eux", "renvoyez-les dans leur pays", "n'ont qu'à retourner en Arménie", "send them back": where in sentence s. */
function leaveOrderIn(a: Analysis, s: number): { first: number; last: number } | undefined {
  for (let i = a.sentenceBounds[2 * s]!; i >= 0 && i <= a.sentenceBounds[2 * s + 1]!; i++) {
    const key = keyAt(a, i);
    if (key === undefined) continue;
    const order = key === 'send' ? sentBack(a, i) : toldToLeave(a, i, key);
    if (order && !isInvitation(a, order.last) && !isQuotedThenAttributed(a, i)) return order;
  }
  return undefined;
}

/** "send them back", "send 'em all back": from "send" to "back". */
function sentBack(a: Analysis, send: number): { first: number; last: number } | undefined {
  const [them, ...rest] = wordsAfter(a, send, 3);
  if (them === undefined || !THEM.has(keyAt(a, them) ?? '')) return undefined;
  const back = rest.find((j) => keyAt(a, j) === 'back');
  return back === undefined ? undefined : { first: send, last: back };
}

/** A verb of leaving at i, ordered, wished or left to them, with where to: "rentrez chez vous", "qu'ils retournent en Syrie". */
function toldToLeave(a: Analysis, i: number, key: string): { first: number; last: number } | undefined {
  if (!LEAVE_ORDERS.has(key) && !(LEAVE_THIRD_PLURAL.has(key) && isWished(a, i)) && !(LEAVE_INFINITIVES.has(key) && isLeftToThem(a, i))) return undefined;
  // Past the object: "renvoyez-les tous chez eux", "renvoyez-les en Syrie".
  const [to, place] = wordsAfter(a, i, 4).filter((j, n) => !(n < 2 && (keyAt(a, j) === 'les' || ALL_OF_THEM.has(keyAt(a, j) ?? ''))));
  if (to === undefined || place === undefined) return undefined;
  const [where, whose] = [keyAt(a, to), keyAt(a, place) ?? ''];
  if (where === 'chez' && HOME_PRONOUNS.has(whose)) return { first: i, last: place };
  // "dans leur pays": up to the place's noun.
  if (where === 'dans' && THEIRS_OR_YOURS.has(whose)) return { first: i, last: wordsAfter(a, place, 1)[0] ?? place };
  if (TO_COUNTRY.has(where ?? '') && CAPITALISED.test(a.tokens[place]!.raw)) return { first: i, last: place };
  return undefined;
}

/**
 * "qu'ils rentrent", "que les Syriens rentrent", "il faut qu'ils rentrent":
 * "que" before the verb's subject, opening its clause or after a verb of
 * wanting. "On apprend qu'ils rentrent chez eux" reports a return.
 */
function isWished(a: Analysis, verb: number): boolean {
  for (const j of wordsBefore(a, verb, 4)) {
    const key = keyAt(a, j) ?? '';
    if (THAT.has(key)) {
      const [opener] = wordsBefore(a, j, 1);
      return opener === undefined || WANTING.has(keyAt(a, opener) ?? '') || AND_OR.has(keyAt(a, opener) ?? '');
    }
    if (!RESUMING_SUBJECT.has(key) && !isPartOfGroupPhrase(a, j)) return false;
  }
  return false;
}

/** "n'ont qu'à rentrer": dismissive, the only thing left for them to do. */
function isLeftToThem(a: Analysis, verb: number): boolean {
  const [to, only] = wordsBefore(a, verb, 2);
  return keyAt(a, to ?? -1) === 'a' && keyAt(a, only ?? -1) === "qu'";
}

/** "Rentrez chez vous pour voter", "… en sécurité": called home for their sake, not sent away. */
function isInvitation(a: Analysis, destination: number): boolean {
  const [first, second] = wordsAfter(a, destination, 2);
  if (first === undefined) return false;
  const key = keyAt(a, first) ?? '';
  // "pour voter", "afin de reconstruire" — not "pour de bon", "pour toujours".
  const deed = key === 'afin' ? wordsAfter(a, second!, 1)[0] : second;
  if (PURPOSE.has(key) && deed !== undefined && isInfinitive(keyAt(a, deed) ?? '')) return true;
  return SAFELY.has(key) || SAFELY.has(keyAt(a, second ?? -1) ?? '');
}

/** "« Rentrez chez vous », dit le ministre": the order at i is quoted, then who gave it is named. */
function isQuotedThenAttributed(a: Analysis, i: number): boolean {
  const q = a.tokens[i]!.quote;
  if (q < 0) return false;
  // Past the closing mark and a comma, then "dit", "a dit", "leur a dit".
  let verb = a.quotes[q]!.end;
  while (verb < a.tokens.length && keyAt(a, verb) === undefined) verb++;
  for (let n = 0; n < 2 && BEFORE_SAID.has(keyAt(a, verb) ?? ''); n++) verb = wordsAfter(a, verb, 1)[0] ?? a.tokens.length;
  if (verb >= a.tokens.length || !(SAID_AFTER.has(keyAt(a, verb) ?? '') || entryAt(a, verb)?.speechVerb)) return false;
  // Its subject after it: "dit le ministre", "dit-il".
  for (let j = verb + 1; j < a.tokens.length && a.tokens[j]!.sentence === a.tokens[verb]!.sentence; j++) if (keyAt(a, j) !== undefined) return true;
  return false;
}

/** A speaker voicing anger at a group ("ces X me rendent malade", "vous autres X"), not reporting what befell it. */
function hostileEmotion(a: Analysis, g: Match, before: readonly number[]): FoundAttack | undefined {
  if (!before.some((j) => entryAt(a, j)?.groupDeterminer || entryAt(a, j)?.introducer)) return undefined;
  const near = [...wordsBefore(a, g.first, PERSON_REACH), ...wordsAfter(a, g.last, PERSON_REACH)];
  // Anger that condemns ("dénonçons la haine des X") is not anger at the X.
  const condemning = wordsBefore(a, g.first, HATE_REACH).some((j) => CONDEMNING.test(keyAt(a, j) ?? ''));
  if (condemning || !near.some((j) => entryAt(a, j)?.firstOrSecondPerson)) return undefined;
  return toneAround(a, g) <= HOSTILE_TONE ? { weight: 0.75, rule: 'identity.hostile_emotion', first: g.first, last: g.last } : undefined;
}

/** Nouns that stand for the group they complement: "la plupart des X", "cette race de X", "la présence des X". */
const GROUP_BY_ANOTHER_NAME = ['plupart', 'majorite', 'race', 'engeance', 'espece', 'presence', 'communaute', 'odeur', 'bande', 'tas'];
// Their lives, nature and ways are the people: "les vies des X ne valent rien", "c'est dans la nature des X", "de la part des X".
const STANDS_FOR_GROUP: ReadonlySet<string> = new Set([
  ...GROUP_BY_ANOTHER_NAME, 'vie', 'vies', 'nature', 'part', 'faute', 'mentalite', 'comportement', 'caractere', 'moeurs', 'habitude', 'genre',
  'most', 'majority', 'bunch', 'life', 'lives', 'mentality', 'behaviour', 'behavior', 'culture', 'fault',
]);

/** "à le", "à les" as written: "au", "aux". */
const CONTRACTED_ARTICLE: ReadonlySet<string> = new Set(['au', 'aux']);

/**
 * "Le sort des Syriens est honteux", "le massacre des Yézidis est
 * abominable", "le président des Kurdes…": the people complements another
 * noun, and what the sentence says is said of that noun.
 */
function complementsOtherNoun(a: Analysis, g: Match): boolean {
  // "le traitement des réfugiés syriens": the adjective's noun is the complement.
  let first = g.first;
  for (;;) {
    const noun = wordsBefore(a, first, 1)[0];
    if (!LOWER_CASE_INITIAL.test(a.tokens[first]!.raw) || noun === undefined || !entryAt(a, noun)?.group) break;
    first = noun;
  }
  const head = complementHead(a, first);
  if (head < 1) return false;
  // A noun with its article ("le sort des…", "appeler au meurtre des…"), not a verb or adjective ("voir des X", "typique des X").
  const article = wordsBefore(a, head, 1)[0] ?? -1;
  if (!(entryAt(a, article)?.determiner || CONTRACTED_ARTICLE.has(keyAt(a, article) ?? ''))) return false;
  const e = entryAt(a, head);
  const key = keyAt(a, head) ?? '';
  if (isFigure(e)) return true;
  // Three letters or fewer, unknown: as likely a word cut short ("vos ves de X") as a noun of its own.
  if (key.length < 4 || e?.group || e?.person || e?.abuse || e?.determiner) return false;
  return !a.lex.stopwords.has(key) && !STANDS_FOR_GROUP.has(key);
}

/**
 * Words that may stand between a hatred and the group it is aimed at: "je
 * déteste tous les X", "aucun respect pour les X", "dégoûté par les X", "que
 * je déteste plus qu'un X", "pour vous autres X",
 * "the X and the Y".
 */
const TOWARDS = new Set([
  'et', 'ou', 'and', 'or', 'tous', 'toutes', 'all', 'autres', 'other',
  'pour', 'envers', 'contre', 'par', 'for', 'towards', 'toward', 'against', 'by', 'of', 'de', "d'", 'du', 'au', 'aux', 'a',
  'plus', 'moins', 'autant', 'more', 'than', 'as',
  // How much: "un manque de respect total pour les X", "a deep hatred of the X", "every single X".
  'total', 'totale', 'absolu', 'absolue', 'profond', 'profonde', 'complet', 'complete', 'pur', 'pure', 'visceral', 'viscerale', 'deep', 'utter', 'sheer',
  'every', 'each', 'single',
  // How many of them, or the group itself by another name: "la plupart des X", "cette race de X", "la présence des X".
  ...GROUP_BY_ANOTHER_NAME,
]);
/** "Je hais cordialement les X", "je déteste profondément et sincèrement les X": adverbs of manner. */
const MANNER = /^[a-z]{3,}ment$/;
/** After the verb, "ces gens", "these people" point back at the group named before: "les X, je déteste ces gens". */
const PEOPLE = new Set(['gens', 'people', 'types', 'mecs', 'personnes', 'individus']);
/** Determiners that point back at the group: "les X, je déteste leur arrogance". */
const THEIR = new Set(['leur', 'leurs', 'their']);

/**
 * Whether the hatred at `verb` is aimed at group g. Before the group, only
 * the words of its object may stand between them ("je déteste vraiment tous
 * les X"), not another noun ("je hais ce régime qui massacre les X", "je
 * déteste la guerre que subissent les X"). After the group, the verb must not
 * have an object of its own ("les X sont là, je déteste cette chaleur").
 */
function isAimedAtGroup(a: Analysis, verb: number, g: Match): boolean {
  if (verb < g.first) {
    for (let k = verb + 1; k < g.first; k++) {
      const key = keyAt(a, k);
      if (key === undefined) continue; // punctuation: "les Kurdes, les Turcs"
      const e = entryAt(a, k);
      // "que" after a comparative ("plus qu'un X"); anywhere else it opens a clause: "je ne tolère pas que les X soient…".
      if (COMPARED_WITH.has(key) && COMPARATIVE.has(keyAt(a, wordsBefore(a, k, 1)[0] ?? -1) ?? '')) continue;
      if (!(e?.determiner || e?.groupDeterminer || e?.group || e?.secondPerson || e?.negator || e?.intensifier !== undefined || TOWARDS.has(key) || MANNER.test(key))) return false;
    }
    return true;
  }
  const [first, second] = wordsAfter(a, verb, 2).filter((k) => entryAt(a, k)?.intensifier === undefined);
  if (first === undefined || !entryAt(a, first)?.determiner || THEIR.has(keyAt(a, first) ?? '')) return true;
  return second !== undefined && (!!entryAt(a, second)?.group || PEOPLE.has(keyAt(a, second) ?? ''));
}

/** Worth or rights denied to the subject ending at `subject`: "les X n'ont aucune valeur", "ne méritent pas de vivre". Returns the worth word. */
function worthDenied(a: Analysis, subject: number): number | undefined {
  const s = a.tokens[subject]!.sentence;
  for (let j = subject + 1; j <= Math.min(a.tokens.length - 1, subject + WORTH_REACH); j++) {
    if (a.tokens[j]!.sentence !== s || !entryAt(a, j)?.worth) continue;
    // "ne valent pas moins que nous" grants the worth it seems to deny.
    if (wordsAfter(a, j, 2).some((k) => /^(?:moins|less)$/.test(keyAt(a, k) ?? ''))) continue;
    if (negatorOf(a, j) >= 0 || wordsBefore(a, j, 4).some((k) => entryAt(a, k)?.negator)) return j;
  }
  return undefined;
}

/** A derogatory predicate of the subject ending at `subject`: "les X sont des rats", "… ne sont pas humains". Returns its last word. */
function derogatoryPredicate(a: Analysis, subject: number): number | undefined {
  const copula = wordsAfter(a, subject, COPULA_REACH).find((j) => entryAt(a, j)?.copula);
  if (copula === undefined) return undefined;
  const p = predicateIsDerogatory(a, copula);
  return p.yes ? p.last : undefined;
}

/** Object pronouns: French before its verb ("les X, je les déteste"), English after it ("X? I hate them"). */
const FR_OBJECT = 'les';
const EN_OBJECT = 'them';
/** The commenter, or people he speaks for: a hatred another subject holds ("Erdogan les déteste") is reported. */
const SPEAKER = new Set(['je', "j'", 'on', 'nous', 'i', 'we']);
/** Determiners of a plural noun: another noun the pronoun may stand for. */
const PLURAL_DETERMINER = new Set(['les', 'des', 'ces', 'leurs', 'aux', 'mes', 'tes', 'ses', 'nos', 'vos', 'the', 'these', 'those', 'their', 'some']);
/** How far after the group a pronoun may take it up: in its sentence or the next. */
const RESUME_REACH = 15;

/** "je les", "je ne les": the speaker, maybe with "ne", before "les" makes it an object, not a determiner. */
function isSpeakersObject(a: Analysis, j: number): boolean {
  const [before, further] = wordsBefore(a, j, 2).map((k) => keyAt(a, k));
  const subject = before === 'ne' || before === "n'" ? further : before;
  return SPEAKER.has(subject ?? '');
}

/** "I hate them", "we really hate them": the speaker within two words before the verb. */
const saidBySpeaker = (a: Analysis, verb: number) => wordsBefore(a, verb, 2).some((k) => SPEAKER.has(keyAt(a, k) ?? ''));

/**
 * Whatever could be the pronoun's antecedent other than the group: another
 * plural noun ("les X vivent dans des camps, ils sont…"), another group (the
 * pronoun is the nearer one's), a name or an acronym inside the sentence
 * ("Erdogan", "ISIS"), an agent ("par les Turcs").
 */
function isOtherAntecedent(a: Analysis, j: number, g: Match): boolean {
  const key = keyAt(a, j)!;
  const m = a.at[j];
  if (m && m !== g && (m.entry.group || m.entry.figure)) return true;
  if (isAgent(key)) return true;
  const t = a.tokens[j]!;
  const sentenceStart = j === 0 || a.tokens[j - 1]!.sentence !== t.sentence;
  // A name is capitalised ("Erdogan"), an acronym is known ("ISIS"); in a comment all in capitals neither tells.
  if (!sentenceStart && ((t.upper === 1 && CAPITALISED.test(t.raw)) || isAcronym(a, t.raw))) return true;
  return PLURAL_DETERMINER.has(key) && wordsAfter(a, j, 1).length > 0 && !isSpeakersObject(a, j);
}

/**
 * The group taken up by a pronoun, in its sentence or the next, and attacked
 * there by the commenter: "les X ? Ils sont répugnants", "j'essaie de
 * comprendre les X mais ils sont méprisables", "les X ? Je ne les supporte
 * pas", "X? I hate them". Not past anything else the pronoun may stand for
 * (isOtherAntecedent), nor when the words are quoted to be answered. The
 * evidence starts at the pronoun.
 */
function resumedAttack(a: Analysis, g: Match): FoundAttack | undefined {
  const s = a.tokens[g.first]!.sentence;
  const last = Math.min(a.tokens.length - 1, g.last + RESUME_REACH);
  for (let j = g.last + 1; j <= last && a.tokens[j]!.sentence <= s + 1; j++) {
    const key = keyAt(a, j);
    if (key === undefined) continue;
    const subject = RESUMING_SUBJECT.has(key) || (key === 'ce' && keyAt(a, wordsAfter(a, j, 1)[0] ?? -1) === 'sont');
    // The verb whose object the pronoun is: after it in French ("je les déteste"), before it in English ("I hate them");
    // none when the comment stops short ("Les X, je les").
    const verb = key === FR_OBJECT && isSpeakersObject(a, j) ? wordsAfter(a, j, 1)[0] : key === EN_OBJECT ? wordsBefore(a, j, 1).find((v) => saidBySpeaker(a, v)) : undefined;
    if ((subject || verb !== undefined) && isCounterSpeech(a, j)) return undefined;
    if (subject) {
      const worth = worthDenied(a, j);
      if (worth !== undefined) return { weight: 0.85, rule: 'identity.worth_denied', first: j, last: worth };
      const predicate = derogatoryPredicate(a, j);
      if (predicate !== undefined) return { weight: 0.85, rule: 'identity.derogatory_predicate', first: j, last: predicate };
      const slander = slanderingVerb(a, j);
      if (slander !== undefined) return { weight: 0.8, rule: 'identity.slander', first: j, last: slander };
      const stereotype = stereotypeOf(a, j);
      if (stereotype !== undefined) return { weight: 0.8, rule: 'identity.stereotype', first: j, last: stereotype };
      // "Les X pensent qu'ils sont importants. Je les déteste.": the next pronoun may still be theirs.
      continue;
    }
    if (verb !== undefined) {
      if (isHatredAt(a, verb)) {
        return { weight: 0.85, rule: 'identity.hate_statement', first: Math.min(j, verb), last: Math.max(j, verb) };
      }
      continue;
    }
    if (isOtherAntecedent(a, j, g)) return undefined;
  }
  return undefined;
}

/** Whether any token first..last is already in an attack: a span test, however many attacks a long comment holds. */
function overlaps(covered: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (covered[i]) return true;
  return false;
}

/**
 * What a people's adjective names when it goes with one of these (after it in
 * French, before it in English): the state, its forces, its money, its land —
 * not people ("les jeunes syriens", "Muslim leaders" are people).
 */
const STATE_NOUNS: Record<'fr' | 'en', ReadonlySet<string>> = {
  fr: new Set([
    'regime', 'regimes', 'gouvernement', 'gouvernements', 'armee', 'armees', 'etat', 'etats', 'pouvoir', 'president', 'ministre', 'ministere',
    'diplomatie', 'politique', 'economie', 'livre', 'monnaie', 'dinar', 'frontiere', 'frontieres', 'territoire', 'sol', 'cote', 'capitale',
    'parlement', 'autorites', 'administration', 'ambassade', 'aviation', 'marine', 'guerre', 'crise', 'conflit', 'dossier', 'drapeau',
    // What a state does in a war, and its foreign affairs: "les frappes russes", "le ministre des Affaires étrangères".
    'frappe', 'frappes', 'bombardements', 'raids', 'forces', 'troupes', 'avions', 'intervention', 'ingerence', 'offensive', 'accord', 'programme',
    'affaires', 'presse', 'medias',
  ]),
  en: new Set([
    'regime', 'government', 'army', 'military', 'forces', 'troops', 'state', 'authorities', 'president', 'policy', 'policies', 'economy',
    'currency', 'pound', 'lira', 'embassy', 'border', 'borders', 'parliament', 'ministry', 'navy', 'airstrikes', 'jets', 'territory', 'coast',
    'capital', 'war', 'conflict', 'crisis', 'bombing', 'bombings', 'strikes', 'intervention', 'offensive', 'deal', 'media', 'press',
  ]),
};

/**
 * "le régime syrien", "la livre syrienne", "the Syrian government": a
 * people's adjective with a state's noun names the state, its army or its
 * money, not the people; what is said of it is said of the thing.
 */
function modifiesThing(a: Analysis, g: Match): boolean {
  if (g.first !== g.last || g.entry.group !== 'identity') return false;
  const s = a.tokens[g.first]!.sentence;
  const english = a.lang === 'en';
  // French writes the people with a capital ("les Syriens") and the adjective without ("le régime syrien").
  if (!english && !LOWER_CASE_INITIAL.test(a.tokens[g.first]!.raw)) return false;
  const nouns = STATE_NOUNS[english ? 'en' : 'fr'];
  // The noun right beside it, then the one past it: after it in English, before it in French.
  const [noun, next] = english ? wordsAfter(a, g.last, 2) : wordsBefore(a, g.first, 2);
  if (noun === undefined) return false;
  if (nouns.has(keyAt(a, noun) ?? '') || (!english && isRoleNoun(a, noun))) return true;
  // Past another adjective: "l'accord nucléaire iranien", "the Iranian nuclear deal".
  return next !== undefined && a.tokens[noun]!.kind === 'word' && LOWER_CASE_INITIAL.test(a.tokens[noun]!.raw) && nouns.has(keyAt(a, next) ?? '');
}

/**
 * People of the group by sex or age: "les hommes arabes" are Arabs. Not the lexicon's person nouns: "femmes" is a
 * protected group of its own, and a person entry would change how every rule reads it.
 */
const PEOPLE_BY_KIND: ReadonlySet<string> = new Set(['hommes', 'femmes', 'enfants', 'jeunes', 'filles', 'garcons', 'personnes', 'familles', 'peres', 'meres', 'vieux', 'ados']);

/**
 * A noun that is neither a people, a person, an insult nor a grammatical
 * word, before a people's adjective: "les politiciens libanais", "les
 * dirigeants saoudiens", "la Ligue arabe" — a role or a body, not the people.
 */
function isRoleNoun(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (t.kind !== 'word' || t.raw.length < 3) return false;
  const e = entryAt(a, i);
  const key = keyAt(a, i) ?? '';
  if (e && (e.group || e.person || e.abuse || e.determiner || e.copula || e.intensifier !== undefined || e.negator || e.firstOrSecondPerson || e.introducer)) return false;
  // "sont libanais", "tous syriens", "être arabe": a predicate or a quantity, not a noun.
  return !a.lex.stopwords.has(key) && !PEOPLE_BY_KIND.has(key) && !/(?:ment|er|ir)$/.test(key);
}

export function findIdentityAttacks(a: Analysis, threats: readonly Threat[]): IdentityResult {
  const attacks: GroupAttack[] = [];
  // Allocated at the first attack: most comments have none.
  let covered: Uint8Array | undefined;
  const evidence: Evidence[] = [];
  for (const g of matchesAndInner(a)) {
    if (!g.entry.group) continue;
    // A group word glued to an abusive one ("vermineX", "Xdemerde") is the slur phrase in one token.
    const glued = g.via === 'glued' && g.entry.group === 'identity' && g.entry.abuse && !g.entry.abuse.weak ? g.entry.abuse.kind : undefined;
    if ((g.entry.abuse && !glued) || modifiesThing(a, g)) continue;
    const found = glued
      ? { weight: glued === 'profanity' ? 0.8 : 0.9, rule: glued === 'profanity' ? 'identity.profanity' : 'identity.slur_phrase', first: g.first, last: g.last }
      : attackOn(a, g, threats);
    const political = g.entry.group === 'political';
    if (!found || (political && !ABUSE_OF_CAMP.has(found.rule))) continue;
    let weight = found.weight * (political ? POLITICAL_FACTOR : 1);
    if (isCounterSpeech(a, g.first) || isRebuttedQuestion(a, found)) {
      weight *= COUNTER_SPEECH;
      evidence.push(spanEvidence(a, found.first, found.last, 'damping', 'identity.counter_speech', COUNTER_SPEECH));
    } else if (found.rule !== 'identity.threat' && isOthersViewpoint(a, g.first)) {
      // "Les X sont des rats, selon Bassil": reported, as an insult would be (a threat has its own damping).
      weight *= REPORTED;
      evidence.push(spanEvidence(a, found.first, found.last, 'damping', 'identity.reported_speech', REPORTED));
    }
    covered ??= new Uint8Array(a.tokens.length);
    if (overlaps(covered, found.first, found.last)) continue;
    covered.fill(1, found.first, found.last + 1);
    weight = round(weight);
    attacks.push({ ...found, weight, political });
    evidence.push(spanEvidence(a, found.first, found.last, political ? 'insult' : 'identity', found.rule, weight, 'group'));
  }
  return { attacks, score: round(combine(attacks.filter((x) => !x.political).map((x) => x.weight))), evidence };
}
