/**
 * scoreComment: one comment in, every score with its evidence out. Pure and
 * deterministic; never throws (oversized text is cut at the limit here and
 * refused with a clear error at the edges, which know the caller).
 */
import type { BreakdownItem, CommentScore, Evidence, FlagReason } from '../types.js';
import { MAX_COMMENT_LENGTH } from '../limits.js';
import { analyse, type Analysis, type Match } from './analyse.js';
import type { LexEntry } from './lexicon.js';
import { DEFAULT_RULES, type Rules } from './rules.js';
import { combine, round } from './math.js';
import { fingerprintOf } from './fingerprint.js';
import { sortByPosition } from './evidence.js';
import { sentenceHas } from './scope.js';
import { scoreShouting } from './rules/shouting.js';
import { findInsults, type Insult, type InsultResult } from './rules/insults.js';
import { findThreats, type ThreatResult } from './rules/threats.js';
import { findIdentityAttacks, type GroupAttack, type IdentityResult } from './rules/identity.js';
import { scoreTone, type ToneInput } from './rules/tone.js';
import { findLinks } from './rules/links.js';

export interface ScoreOptions {
  /** Skip detection: the caller knows the comment's language. */
  lang?: 'fr' | 'en';
  rules?: Rules;
}

/** How much each finding pulls tone down, per unit of its weight. */
const TONE_PULL = { insult: -1, threat: -1.2, identity: -1.2, profanity: -0.4 } as const;
// Vulgarity is what newsrooms moderate first: it counts in full.
const PROFANITY_IN_TOXICITY = 1;

// Module-level functions rather than closures inside scoreComment: tsx names every named closure with
// Object.defineProperty each time it is created, and scoreComment runs for every comment.

const namesPeople = (e: LexEntry) => e.group === 'identity';

/**
 * A severe insult at a group is an identity attack, unless it is part of an attack on a political camp ("les
 * djihadistes sont des barbares") and no people is named in its sentence ("les djihadistes et les musulmans sont des barbares").
 */
function isOnPoliticalCamp(a: Analysis, attacks: readonly GroupAttack[], m: Match): boolean {
  return overlapsPoliticalAttack(attacks, m) && !sentenceHas(a, a.tokens[m.first]!.sentence, namesPeople);
}

/** Whether the match overlaps an attack on a political camp. */
function overlapsPoliticalAttack(attacks: readonly GroupAttack[], m: Match): boolean {
  for (const x of attacks) if (x.political && x.first <= m.last && m.first <= x.last) return true;
  return false;
}

/** Inside an attack on a people: the attack itself. On a political camp, the insult still decides whether a people is hit too. */
function insideIdentityAttack(attacks: readonly GroupAttack[], m: Match): boolean {
  for (const x of attacks) if (!x.political && x.first <= m.first && m.last <= x.last) return true;
  return false;
}

// Loops rather than map, filter and spread: scoreComment runs for every comment, and most have no finding,
// so the lists these would allocate are nearly always empty.

/** The weights of the insults that are not inside an identity attack, then of the attacks: what the insult score combines. */
function insultWeights(insults: readonly Insult[], attacks: readonly GroupAttack[]): number[] {
  const weights: number[] = [];
  for (const i of insults) if (!insideIdentityAttack(attacks, i.match)) weights.push(i.weight);
  for (const x of attacks) weights.push(x.weight);
  return weights;
}

/** The heaviest attack's weight, 0 without one. */
function strongestWeight(attacks: readonly GroupAttack[]): number {
  let strongest = 0;
  for (const x of attacks) strongest = Math.max(strongest, x.weight);
  return strongest;
}

/** Severe insults at a group that hit a people, not a political camp. */
function slursOnPeopleOf(a: Analysis, insults: readonly Insult[], attacks: readonly GroupAttack[]): Insult[] {
  const slurs: Insult[] = [];
  for (const i of insults) if (i.severity === 'severe' && i.target === 'group' && !isOnPoliticalCamp(a, attacks, i.match)) slurs.push(i);
  return slurs;
}

/** The identity rules' score, then the weights of the slurs on a people that are not inside an attack: what the identity score combines. */
function identityWeights(score: number, slurs: readonly Insult[], attacks: readonly GroupAttack[]): number[] {
  const weights = [score];
  for (const i of slurs) if (!insideIdentityAttack(attacks, i.match)) weights.push(i.weight);
  return weights;
}

/** The insult rules' breakdown, then one line per attack on a group. */
function insultBreakdown(insults: InsultResult, attacks: readonly GroupAttack[]): BreakdownItem[] {
  const items = insults.breakdown.slice();
  for (const x of attacks) items.push({ rule: x.rule, value: x.weight, note: x.political ? 'political camp' : 'identity group' });
  return items;
}

/** Insults, attacks, threats and profanity, as the negative evidence tone counts them. */
function abuseForTone(insults: InsultResult, identity: IdentityResult, threats: ThreatResult): ToneInput['abuse'] {
  const abuse: ToneInput['abuse'] = [];
  for (const i of insults.insults) abuse.push({ value: TONE_PULL.insult * i.weight, rule: i.rule });
  for (const x of identity.attacks) abuse.push({ value: TONE_PULL.identity * x.weight, rule: x.rule });
  for (const t of threats.threats) abuse.push({ value: TONE_PULL.threat * t.weight, rule: t.rule });
  if (insults.profanity) abuse.push({ value: TONE_PULL.profanity * insults.profanity, rule: 'profanity' });
  return abuse;
}

/** The rules' evidence in one new list, in this order: what concat makes, without its generic path (most lists are empty). */
function allEvidence(...lists: Evidence[][]): Evidence[] {
  const all: Evidence[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i++) all.push(list[i]!);
  return all;
}

export function scoreComment(text: string, options: ScoreOptions = {}): CommentScore {
  const rules = options.rules ?? DEFAULT_RULES;
  const input = typeof text === 'string' ? text.slice(0, MAX_COMMENT_LENGTH) : '';
  const a = analyse(input, rules, options.lang);

  const shouting = scoreShouting(a);
  const threats = findThreats(a);
  const identity = findIdentityAttacks(a, threats.threats);
  const insults = findInsults(a);

  // An attack on a group is also an insult aimed at it; on an identity group it is an identity attack.
  // An insult inside an attack ("rats" in "les X sont des rats") is that attack, not a second finding.
  const attacks = identity.attacks;
  const insultScore = round(combine(insultWeights(insults.insults, attacks)));
  const insultTarget = strongestWeight(attacks) > insults.score ? 'group' : (insults.target ?? (attacks.length ? 'group' : null));
  const slursOnPeople = slursOnPeopleOf(a, insults.insults, attacks);
  for (const i of slursOnPeople) if (i.evidence) i.evidence.kind = 'identity';
  const identityScore = round(combine(identityWeights(identity.score, slursOnPeople, attacks)));

  const tone = scoreTone(a, { shouting: shouting.flag, abuse: abuseForTone(insults, identity, threats) });
  const links = findLinks(a);

  // Every identity attack is already in insultScore: counted once.
  const toxicityScore = round(combine([insultScore, insults.profanity * PROFANITY_IN_TOXICITY, threats.score]));
  const th = rules.thresholds;
  const insultFlag = insultScore >= th.insult;
  const reasons: FlagReason[] = [];
  if (insultFlag) reasons.push('insult');
  if (identityScore >= th.identityAttack) reasons.push('identity_attack');
  if (threats.score >= th.threat) reasons.push('threat');
  if (insults.profanity >= th.profanity) reasons.push('profanity');
  if (links.spam) reasons.push('spam_link');
  if (shouting.flag) reasons.push('shouting');
  if (tone.score <= th.veryNegative) reasons.push('very_negative');

  // Flagged for an attack on a camp alone ("Sales djihadistes."), an insult is at least mild.
  const found = insults.severity !== 'none';
  const severity = identityScore >= th.identityAttack || insults.severity === 'severe' ? 'severe' : insultFlag && found ? insults.severity : insultFlag || found ? 'mild' : 'none';
  const evidence = allEvidence(shouting.evidence, insults.evidence, threats.evidence, identity.evidence, tone.evidence, links.evidence);
  sortByPosition(evidence);

  return {
    lang: a.lang,
    langConfidence: round(a.langConfidence),
    tone: { score: tone.score, label: tone.label },
    shouting: { score: shouting.score, flag: shouting.flag },
    insult: { score: insultScore, flag: insultFlag, severity, target: insultScore > 0 ? insultTarget : null },
    toxicity: {
      score: toxicityScore,
      flag: toxicityScore >= th.toxicity,
      profanity: insults.profanity,
      threat: threats.score,
      identityAttack: identityScore,
    },
    links: { count: links.urls.length, urls: links.urls },
    fingerprint: fingerprintOf(a.text, a.tokens, a.hits),
    flagged: reasons.length > 0,
    reasons,
    evidence,
    breakdown: {
      tone: tone.breakdown,
      shouting: shouting.breakdown,
      insult: insultBreakdown(insults, attacks),
      toxicity: [
        { rule: 'insult', value: insultScore },
        { rule: 'profanity', value: insults.profanity },
        { rule: 'threat', value: threats.score },
        { rule: 'identity_attack', value: identityScore },
      ],
    },
  };
}
