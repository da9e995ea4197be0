/**
 * Tone in [-1, 1]. Each tone word's valence is adjusted by what governs it
 * (negation flips and weakens it, "très" strengthens, "un peu" weakens,
 * capitals emphasise, scare quotes around a positive word turn it sour), the
 * clause after "mais"/"but" weighs more than the one before, "!" strengthens
 * its sentence, and insults, threats and attacks count as strongly negative.
 * The sum is squashed into [-1, 1] (as VADER does) rather than averaged over
 * the words, so a long angry comment is not diluted into neutral.
 */
import type { BreakdownItem, Evidence, ToneLabel } from '../../types.js';
import type { Analysis } from '../analyse.js';
import { spanEvidence } from '../evidence.js';
import { clamp, round } from '../math.js';
import { entryAt, isAcronym, negatorOf, wordsAfter, wordsBefore } from '../scope.js';

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
const CAPS_EMPHASIS = 1.3;
const SARCASM = -0.8;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const EXCLAMATION_STEP = 0.12;
const MIN_VALENCE = 0.05;
/** Squashing constant: one clear word (±0.7) lands near ±0.55, three near ±0.9. */
const ALPHA = 1;
const SCARE_QUOTE_MAX_WORDS = 3;

export function scoreTone(a: Analysis, input: ToneInput): ToneResult {
  const evidence: Evidence[] = [];
  const sentenceSums = new Map<number, number>();
  const contrastAt = new Map<number, number>(); // sentence → token index of its last contrast word
  for (const m of a.matches) {
    if (m.entry.contrast) contrastAt.set(a.tokens[m.first]!.sentence, m.first);
  }
  let lexical = 0;
  let modifierNotes = 0;

  for (const m of a.matches) {
    const e = m.entry;
    if (e.tone === undefined || Math.abs(e.tone) < MIN_VALENCE || e.allow) continue;
    if (e.abuse && !e.abuse.weak) continue; // counted by the insult rules
    // "super bien", "super puissances": a word that intensifies has no tone of its own unless it stands alone ("Super !").
    if (e.intensifier !== undefined && wordsAfter(a, m.last, 1).length) continue;
    const t = a.tokens[m.first]!;
    let v = e.tone;

    const before = wordsBefore(a, m.first, 2);
    for (const j of before) {
      const mult = entryAt(a, j)?.intensifier;
      if (mult === undefined) continue;
      v *= mult;
      evidence.push(spanEvidence(a, j, j, 'intensifier', mult > 1 ? 'tone.intensifier' : 'tone.diminisher', mult));
      modifierNotes++;
      break;
    }
    // A phrase that carries its own negation ("pas bon") is not negated again by the "ne" before it.
    const neg = entryAt(a, m.first)?.negator ? -1 : negatorOf(a, m.first);
    if (neg >= 0) {
      v *= NEGATION;
      evidence.push(spanEvidence(a, neg, neg, 'negation', 'tone.negation', NEGATION));
      modifierNotes++;
    }
    if (!input.shouting && t.letters >= 3 && t.upper === t.letters && !isAcronym(a, t.raw)) {
      v *= CAPS_EMPHASIS;
      evidence.push(spanEvidence(a, m.first, m.last, 'emphasis', 'tone.capitals', CAPS_EMPHASIS));
    }
    const quote = t.quote >= 0 ? a.quotes[t.quote] : undefined;
    if (v > 0 && quote && quote.words <= SCARE_QUOTE_MAX_WORDS) {
      v *= SARCASM;
      evidence.push(spanEvidence(a, m.first, m.last, 'sarcasm', 'tone.scare_quotes', SARCASM));
    }
    const contrast = contrastAt.get(t.sentence);
    if (contrast !== undefined) v *= m.first < contrast ? BEFORE_CONTRAST : AFTER_CONTRAST;

    v = clamp(v, -1.5, 1.5);
    lexical += v;
    sentenceSums.set(t.sentence, (sentenceSums.get(t.sentence) ?? 0) + v);
    evidence.push(spanEvidence(a, m.first, m.last, 'tone', e.toneRule ?? 'tone.lexicon', round(v)));
  }

  for (const i of contrastAt.values()) evidence.push(spanEvidence(a, i, i, 'contrast', 'tone.contrast', AFTER_CONTRAST));

  // "!" strengthens the sentence it closes, whichever way it leans.
  let exclamation = 0;
  for (const t of a.tokens) {
    if (t.kind !== 'punct' || !t.raw.includes('!')) continue;
    const sum = sentenceSums.get(t.sentence) ?? 0;
    if (sum === 0) continue;
    const boost = Math.sign(sum) * EXCLAMATION_STEP * Math.min(3, t.raw.length);
    exclamation += boost;
    evidence.push({ start: t.start, end: t.end, kind: 'emphasis', rule: 'tone.exclamation', match: t.raw, weight: round(boost) });
  }

  const abuse = input.abuse.reduce((s, x) => s + x.value, 0);
  const total = lexical + exclamation + abuse;
  const score = round(total / Math.sqrt(total * total + ALPHA));
  const th = a.rules.thresholds;
  const label: ToneLabel = score <= th.toneNegative ? 'negative' : score >= th.tonePositive ? 'positive' : 'neutral';
  return {
    score,
    label,
    evidence,
    breakdown: [
      { rule: 'tone.words', value: round(lexical), note: `${evidence.filter((x) => x.kind === 'tone').length} tone words, ${modifierNotes} modified` },
      { rule: 'tone.exclamation', value: round(exclamation) },
      ...input.abuse.map((x) => ({ rule: x.rule, value: round(x.value) })),
      { rule: 'tone.total', value: round(total), note: 'squashed: total / sqrt(total² + 1)' },
    ],
  };
}
