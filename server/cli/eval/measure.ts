/**
 * Scores every example once and turns the scores into the figures of the
 * report. The scored examples are kept so `--errors` can show mistakes
 * without scoring twice.
 */
import { scoreComment } from '../../../shared/scoring/index.js';
import { DEFAULT_RULES } from '../../../shared/scoring/rules.js';
import { TONE_LABELS, type CommentScore, type Lang, type ToneLabel } from '../../../shared/types.js';
import { binaryMetrics, multiClassMetrics, share, type BinaryMetrics, type MultiClassMetrics } from '../metrics.js';
import { FILES, type Datasets, type Example, type HateExample } from './datasets.js';

/** The quality bar for each measure; a figure below its target is a FAIL. */
export const TARGETS = {
  toxifrenchF1: 0.75,
  spellRecall: 0.8,
  sentimentMacroF1: { fr: 0.6, en: 0.65 },
} as const;

export interface Target {
  name: string;
  value: number;
  min: number;
  pass: boolean;
}

const target = (name: string, value: number, min: number): Target => ({ name, value, min, pass: value >= min });

export type Scored<E> = E & { score: CommentScore };

export interface FunctionalityRow {
  functionality: string;
  n: number;
  gold: 'hateful' | 'non-hateful' | 'mixed';
  /** What the two shares below measure, given the gold label. */
  measure: 'recall' | 'correctly not flagged' | 'flagged';
  toxicity: number;
  insultOrToxicity: number;
}

export interface Results {
  toxifrench: { file: string; metrics: BinaryMetrics; target: Target };
  hatecheck: {
    file: string;
    functionalities: FunctionalityRow[];
    overall: { toxicity: BinaryMetrics; insultOrToxicity: BinaryMetrics };
    spelling: { aggregate: { n: number; recall: number }; each: { functionality: string; n: number; recall: number; target: Target }[] };
  };
  sentiment: {
    file: string;
    lang: 'fr' | 'en';
    metrics: MultiClassMetrics<ToneLabel>;
    target: Target;
    /** Comments whose detected language is the file's language. */
    langMatch: { matched: number; n: number; share: number };
    detected: Record<Lang, number>;
    band: NeutralBand;
  }[];
  targets: Target[];
}

/**
 * How macro-F1 would move if the neutral band (Rules thresholds toneNegative
 * and tonePositive) were set otherwise: a check that the shipped band is not
 * far off on this data, without fitting it to the data.
 */
export interface NeutralBand {
  shipped: { negative: number; positive: number };
  negatives: number[];
  positives: number[];
  /** macroF1[i][j]: with toneNegative = negatives[i] and tonePositive = positives[j]. */
  macroF1: number[][];
}

const BAND_STEP = 0.1;

function neutralBand(examples: Scored<Example<ToneLabel>>[]): NeutralBand {
  const { toneNegative, tonePositive } = DEFAULT_RULES.thresholds;
  const negatives = [toneNegative - BAND_STEP, toneNegative, toneNegative + BAND_STEP].map(round2);
  const positives = [tonePositive - BAND_STEP, tonePositive, tonePositive + BAND_STEP].map(round2);
  const gold = examples.map((e) => e.gold);
  const macroF1 = negatives.map((n) =>
    positives.map((p) => {
      const pred = examples.map((e): ToneLabel => (e.score.tone.score <= n ? 'negative' : e.score.tone.score >= p ? 'positive' : 'neutral'));
      return multiClassMetrics(TONE_LABELS, gold, pred).macroF1;
    }),
  );
  return { shipped: { negative: toneNegative, positive: tonePositive }, negatives, positives, macroF1 };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export interface ScoredDatasets {
  toxifrench: Scored<Example<boolean>>[];
  hatecheck: Scored<HateExample>[];
  sentiment: { lang: 'fr' | 'en'; examples: Scored<Example<ToneLabel>>[] }[];
}

function scoreAll<E extends Example<unknown>>(examples: E[]): Scored<E>[] {
  return examples.map((e) => {
    try {
      // No `lang`: the figures must include the engine's own language detection.
      return { ...e, score: scoreComment(e.text) };
    } catch (err) {
      throw new Error(`the engine threw on ${e.file} line ${e.line}: ${(err as Error).message}`, { cause: err });
    }
  });
}

export function scoreDatasets(data: Datasets): ScoredDatasets {
  return {
    toxifrench: scoreAll(data.toxifrench),
    hatecheck: scoreAll(data.hatecheck),
    sentiment: data.sentiment.map((s) => ({ lang: s.lang, examples: scoreAll(s.examples) })),
  };
}

const toxic = (s: CommentScore) => s.toxicity.flag;
const insultOrToxic = (s: CommentScore) => s.insult.flag || s.toxicity.flag;

function hatecheck(examples: Scored<HateExample>[]): Results['hatecheck'] {
  const groups = new Map<string, Scored<HateExample>[]>();
  for (const e of examples) {
    const group = groups.get(e.functionality);
    if (group) group.push(e);
    else groups.set(e.functionality, [e]);
  }
  const names = [...groups.keys()].sort();

  const functionalities = names.map((functionality): FunctionalityRow => {
    const rows = groups.get(functionality) ?? [];
    const allHateful = rows.every((r) => r.gold);
    const noneHateful = rows.every((r) => !r.gold);
    // For non-hateful cases the useful figure is how often the engine stays quiet.
    const shareOf = (predict: (s: CommentScore) => boolean) =>
      share(rows.map((r) => (noneHateful ? !predict(r.score) : predict(r.score))));
    return {
      functionality,
      n: rows.length,
      gold: allHateful ? 'hateful' : noneHateful ? 'non-hateful' : 'mixed',
      measure: allHateful ? 'recall' : noneHateful ? 'correctly not flagged' : 'flagged',
      toxicity: shareOf(toxic),
      insultOrToxicity: shareOf(insultOrToxic),
    };
  });

  const gold = examples.map((e) => e.gold);
  const spellNames = names.filter((f) => f.startsWith('spell_'));
  const spellRecall = (rows: Scored<HateExample>[]) => binaryMetrics(rows.map((r) => r.gold), rows.map((r) => toxic(r.score))).recall;
  const spellRows = examples.filter((e) => e.functionality.startsWith('spell_'));
  return {
    file: FILES.hatecheck,
    functionalities,
    overall: {
      toxicity: binaryMetrics(gold, examples.map((e) => toxic(e.score))),
      insultOrToxicity: binaryMetrics(gold, examples.map((e) => insultOrToxic(e.score))),
    },
    spelling: {
      aggregate: { n: spellRows.length, recall: spellRecall(spellRows) },
      each: spellNames.map((functionality) => {
        const rows = groups.get(functionality) ?? [];
        const recall = spellRecall(rows);
        return { functionality, n: rows.length, recall, target: target(`HateCheck ${functionality} recall`, recall, TARGETS.spellRecall) };
      }),
    },
  };
}

function sentiment(lang: 'fr' | 'en', examples: Scored<Example<ToneLabel>>[]): Results['sentiment'][number] {
  const metrics = multiClassMetrics(
    TONE_LABELS,
    examples.map((e) => e.gold),
    examples.map((e) => e.score.tone.label),
  );
  const detected: Record<Lang, number> = { fr: 0, en: 0, other: 0 };
  for (const e of examples) detected[e.score.lang]++;
  const matched = detected[lang];
  return {
    file: lang === 'fr' ? FILES.sentimentFr : FILES.sentimentEn,
    lang,
    metrics,
    target: target(`sentiment ${lang} macro-F1`, metrics.macroF1, TARGETS.sentimentMacroF1[lang]),
    langMatch: { matched, n: examples.length, share: share(examples.map((e) => e.score.lang === lang)) },
    detected,
    band: neutralBand(examples),
  };
}

export function measure(scored: ScoredDatasets): Results {
  const tox = binaryMetrics(
    scored.toxifrench.map((e) => e.gold),
    scored.toxifrench.map((e) => toxic(e.score)),
  );
  const toxifrench = { file: FILES.toxifrench, metrics: tox, target: target('ToxiFrench F1', tox.f1, TARGETS.toxifrenchF1) };
  const hate = hatecheck(scored.hatecheck);
  const sent = scored.sentiment.map((s) => sentiment(s.lang, s.examples));
  return {
    toxifrench,
    hatecheck: hate,
    sentiment: sent,
    targets: [toxifrench.target, ...hate.spelling.each.map((s) => s.target), ...sent.map((s) => s.target)],
  };
}
