/**
 * Tone in [-1, 1]. Each tone word's valence is adjusted by what governs it
 * (negation flips and weakens it, "très" strengthens, "un peu" weakens,
 * capitals and stretched letters emphasise, scare quotes around a positive
 * word and an irony tag ("#not", "#ironie") turn it sour), the clause after
 * "mais"/"but" weighs more than the one before, "!" strengthens its sentence,
 * negative words weigh more than positive ones, and insults, threats and
 * attacks count as strongly negative. Some words do not count as tone where
 * they stand (toneContext.ts): names ("Taylor Swift"), "like" as a
 * preposition. Camel-case hashtags are read word by word (hashtag.ts).
 * The sum is squashed into [-1, 1] (as VADER does) rather than averaged over
 * the words, so a long angry comment is not diluted into neutral.
 */
import type { BreakdownItem, Evidence, ToneLabel } from '../../types.js';
import type { Analysis } from '../analyse.js';
import { spanEvidence } from '../evidence.js';
import { clamp, round } from '../math.js';
import { hashtagParts, hashtagTone } from '../hashtag.js';
import { entryAt, isAcronym, NEGATION_REACH, negatorOf, wordsAfter, wordsBefore } from '../scope.js';
import { ironyTagAt, isIronicThanks, isGuessedName, isNamePart, isPreposition, qualifiesParticiple } from './toneContext.js';

export interface ToneInput {
  /** Contributions of insults, threats and attacks, already signed (negative). */
  abuse: { value: number; rule: string }[];
  shouting: boolean;
}

export interface ToneResult {
  score: number;
  label: ToneLabel;
  evidence: Evidence[];
  breakdown: BreakdownItem[];
}

const NEGATION = -0.6;
/**
 * "pas mauvais", "not bad": a negated negative word is faint praise, not the
 * opposite of the word (as Taboada et al.'s SO-CAL shifts rather than flips).
 */
const NEGATED_NEGATIVE = -0.3;
const CAPS_EMPHASIS = 1.3;
const STRETCH_EMPHASIS = 1.3;
/**
 * Negative words weigh half as much again as positive ones (SO-CAL's
 * negativity weighting): people use praise loosely ("great", "merci") and
 * blame sparingly, so a blaming word says more about the comment.
 */
const NEGATIVITY = 1.5;
const SARCASM = -0.8;
/** An irony tag on a comment with no praise to turn. */
const IRONY_TAG = -0.4;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const EXCLAMATION_STEP = 0.12;
const MIN_VALENCE = 0.05;
/** Squashing constant: one clear word (±0.7) lands near ±0.55, three near ±0.9. */
const ALPHA = 1;
const SCARE_QUOTE_MAX_WORDS = 3;

/** Token indices of the hashtags and of the punctuation with a "!", in order: what tone reads besides the lexicon's matches. */
function hashtagsAndExclamations(a: Analysis): { hashtags: number[]; exclamations: number[] } {
  const hashtags: number[] = [];
  const exclamations: number[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i]!;
    if (t.kind === 'hashtag') hashtags.push(i);
    else if (t.kind === 'punct' && t.raw.includes('!')) exclamations.push(i);
  }
  return { hashtags, exclamations };
}

export function scoreTone(a: Analysis, input: ToneInput): ToneResult {
  const evidence: Evidence[] = [];
  // Plain arrays, not Maps by sentence nor typed arrays (which V8 allocates slowly).
  const sentenceSums: number[] = new Array(a.sentences).fill(0);
  const contrastAt: number[] = new Array(a.sentences).fill(-1); // sentence → token index of its last contrast word, or -1
  for (const m of a.matches) {
    if (m.entry.contrast) contrastAt[a.tokens[m.first]!.sentence] = m.first;
  }
  let lexical = 0;
  let toneWords = 0;
  let modifierNotes = 0;
  const { hashtags, exclamations } = hashtagsAndExclamations(a);
  const irony = ironyTagAt(a, hashtags);
  let ironic = 0; // praise turned sour by the irony tag

  for (const m of a.matches) {
    const e = m.entry;
    const valence = e.valence ?? e.tone;
    if (valence === undefined || Math.abs(valence) < MIN_VALENCE || e.allow) continue;
    if (e.abuse && !e.abuse.weak) continue; // counted by the insult rules
    // "super bien", "super puissances": a word that intensifies has no tone of its own unless it stands alone ("Super !").
    if (e.intensifier !== undefined && wordsAfter(a, m.last, 1).length && !qualifiesParticiple(a, m.last)) continue;
    const t = a.tokens[m.first]!;
    // "#PasContent", "#NotHappy": read word by word below, not as a guess at glued words.
    if (m.via === 'glued' && t.kind === 'hashtag' && hashtagParts(t.raw.slice(1)).length) continue;
    if (isPreposition(a, m)) continue;
    if (isNamePart(a, m.first, m.last) || isGuessedName(a, m)) continue;
    let v = valence;
    // An emoji or emoticon says how the writer feels; the words before it do not negate or intensify it.
    const pictogram = t.kind === 'emoji' || t.kind === 'emoticon';

    // A phrase that carries its own negation ("pas bon") is not negated again by the "ne" before it;
    // words run together ("pascontent") carry a negator without the phrase's own tone: it negates them.
    const glued = m.via === 'glued' && !!e.negator;
    const before = pictogram ? [] : wordsBefore(a, m.first, NEGATION_REACH);
    const neg = glued ? m.first : pictogram || entryAt(a, m.first)?.negator ? -1 : negatorOf(a, m.first, before);
    // The nearest intensifier of the two words before it: "très content", "vraiment pas content".
    for (let k = 0; k < before.length && k < 2; k++) {
      const j = before[k]!;
      let mult = entryAt(a, j)?.intensifier;
      if (mult === undefined) continue;
      // "pas très optimiste" is milder than "pas optimiste": under negation an intensifier softens.
      if (neg >= 0 && mult > 1) mult = round(1 / mult);
      v *= mult;
      evidence.push(spanEvidence(a, j, j, 'intensifier', mult > 1 ? 'tone.intensifier' : 'tone.diminisher', mult));
      modifierNotes++;
      break;
    }
    if (neg >= 0) {
      const flip = v > 0 ? NEGATION : NEGATED_NEGATIVE;
      v *= flip;
      evidence.push(spanEvidence(a, neg, neg, 'negation', 'tone.negation', flip));
      modifierNotes++;
    }
    if (!input.shouting && t.letters >= 3 && t.upper === t.letters && !isAcronym(a, t.raw)) {
      v *= CAPS_EMPHASIS;
      evidence.push(spanEvidence(a, m.first, m.last, 'emphasis', 'tone.capitals', CAPS_EMPHASIS));
    }
    // "nuuul", "soooo good": letters stretched for effect weigh like a capitalised word.
    if (m.via === 'stretch') {
      v *= STRETCH_EMPHASIS;
      evidence.push(spanEvidence(a, m.first, m.last, 'emphasis', 'tone.lengthening', STRETCH_EMPHASIS));
    }
    const quote = t.quote >= 0 ? a.quotes[t.quote] : undefined;
    if (v > 0 && quote && quote.words <= SCARE_QUOTE_MAX_WORDS) {
      v *= SARCASM;
      evidence.push(spanEvidence(a, m.first, m.last, 'sarcasm', 'tone.scare_quotes', SARCASM));
    }
    if (v > 0 && irony >= 0) {
      v *= SARCASM;
      ironic++;
    }
    if (v > 0 && isIronicThanks(a, m)) {
      v *= SARCASM;
      evidence.push(spanEvidence(a, m.first, m.last, 'sarcasm', 'tone.ironic_thanks', SARCASM));
    }
    const contrast = contrastAt[t.sentence]!;
    if (contrast >= 0) v *= m.first < contrast ? BEFORE_CONTRAST : AFTER_CONTRAST;

    if (v < 0) v *= NEGATIVITY;
    v = clamp(v, -1.5, 1.5);
    lexical += v;
    sentenceSums[t.sentence] = sentenceSums[t.sentence]! + v;
    evidence.push(spanEvidence(a, m.first, m.last, 'tone', e.toneRule ?? 'tone.lexicon', round(v)));
    toneWords++;
  }

  // Camel-case hashtags the lexicon does not know whole: their words.
  for (const i of hashtags) {
    const t = a.tokens[i]!;
    if (a.at[i] && a.at[i]!.via !== 'glued') continue;
    let v = hashtagTone(a.lex, t.raw.slice(1));
    if (Math.abs(v) < MIN_VALENCE) continue;
    if (v > 0 && irony >= 0) {
      v *= SARCASM;
      ironic++;
    }
    const contrast = contrastAt[t.sentence]!;
    if (contrast >= 0) v *= i < contrast ? BEFORE_CONTRAST : AFTER_CONTRAST;
    if (v < 0) v *= NEGATIVITY;
    v = clamp(v, -1.5, 1.5);
    lexical += v;
    sentenceSums[t.sentence] = sentenceSums[t.sentence]! + v;
    evidence.push(spanEvidence(a, i, i, 'tone', 'tone.hashtag', round(v)));
    toneWords++;
  }

  if (irony >= 0) {
    // With no praise to turn, the tag still says the writer mocks what they describe.
    const own = ironic ? 0 : IRONY_TAG;
    lexical += own;
    evidence.push(spanEvidence(a, irony, irony, 'sarcasm', 'tone.irony_tag', ironic ? SARCASM : own));
  }
  for (const i of contrastAt) if (i >= 0) evidence.push(spanEvidence(a, i, i, 'contrast', 'tone.contrast', AFTER_CONTRAST));

  // "!" strengthens the sentence it closes, whichever way it leans.
  let exclamation = 0;
  for (const i of exclamations) {
    const t = a.tokens[i]!;
    const sum = sentenceSums[t.sentence]!;
    if (sum === 0) continue;
    const boost = Math.sign(sum) * EXCLAMATION_STEP * Math.min(3, t.raw.length);
    exclamation += boost;
    evidence.push({ start: t.start, end: t.end, kind: 'emphasis', rule: 'tone.exclamation', match: t.raw, weight: round(boost) });
  }

  // Insults, threats and attacks are negative evidence too, and weigh as negative words do.
  const abuse = sumOf(input.abuse) * NEGATIVITY;
  const total = lexical + exclamation + abuse;
  const score = round(total / Math.sqrt(total * total + ALPHA));
  const th = a.rules.thresholds;
  const label: ToneLabel = score <= th.toneNegative ? 'negative' : score >= th.tonePositive ? 'positive' : 'neutral';
  const breakdown: BreakdownItem[] = [
    { rule: 'tone.words', value: round(lexical), note: `${toneWords} tone words, ${modifierNotes} modified` },
    { rule: 'tone.exclamation', value: round(exclamation) },
  ];
  for (const x of input.abuse) breakdown.push({ rule: x.rule, value: round(x.value * NEGATIVITY) });
  breakdown.push({ rule: 'tone.total', value: round(total), note: 'squashed: total / sqrt(total² + 1)' });
  return { score, label, evidence, breakdown };
}

/** The abuse's values added up in order (a loop: reduce would make a closure for every comment). */
function sumOf(abuse: ToneInput['abuse']): number {
  let sum = 0;
  for (const x of abuse) sum += x.value;
  return sum;
}
