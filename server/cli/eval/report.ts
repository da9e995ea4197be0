/** The results as report sections: what each table shows and which targets pass. */
import type { BinaryMetrics } from '../metrics.js';
import type { Results, Target } from './measure.js';
import { NONE, fmt, status, type Section, type Table } from './tables.js';

const targetCells = (t: Target | undefined): string[] => (t ? [`≥ ${t.min.toFixed(2)}`, status(t.pass)] : [NONE, NONE]);
const HEAD = ['metric', 'value', 'target', 'status'];
const counts = (m: BinaryMetrics) => `counts: ${m.tp} true positives, ${m.fp} false positives, ${m.fn} false negatives, ${m.tn} true negatives`;

function toxifrench(r: Results['toxifrench']): Section {
  const m = r.metrics;
  return {
    heading: '1. Toxicity — ToxiFrench',
    intro: `${r.file}: French forum comments, gold label 1 = toxic; prediction = toxicity.flag.`,
    tables: [
      {
        title: 'Toxic class',
        head: HEAD,
        rows: [
          ['precision', fmt(m.precision), ...targetCells(undefined)],
          ['recall', fmt(m.recall), ...targetCells(undefined)],
          ['F1', fmt(m.f1), ...targetCells(r.target)],
          ['accuracy', fmt(m.accuracy), ...targetCells(undefined)],
          ['n', String(m.n), ...targetCells(undefined)],
        ],
        notes: [counts(m)],
      },
    ],
  };
}

function hatecheck(r: Results['hatecheck']): Section {
  const { toxicity: t, insultOrToxicity: io } = r.overall;
  const perFunctionality: Table = {
    title: 'Per functionality (share: recall for hateful cases, correctly not flagged for non-hateful ones)',
    head: ['functionality', 'n', 'gold', 'measure', 'toxicity.flag', 'insult|toxicity'],
    rows: r.functionalities.map((f) => [f.functionality, String(f.n), f.gold, f.measure, fmt(f.toxicity), fmt(f.insultOrToxicity)]),
    notes: [
      'Note: target_indiv_nh and profanity_nh are non-hateful by HateCheck’s definition (not aimed at a protected group), though a moderator may want them flagged as insult/profanity.',
    ],
  };
  const overall: Table = {
    title: 'Overall, hateful class',
    head: ['metric', 'toxicity.flag', 'insult|toxicity'],
    rows: [
      ['precision', fmt(t.precision), fmt(io.precision)],
      ['recall', fmt(t.recall), fmt(io.recall)],
      ['F1', fmt(t.f1), fmt(io.f1)],
      ['accuracy', fmt(t.accuracy), fmt(io.accuracy)],
      ['n', String(t.n), String(io.n)],
    ],
    notes: [counts(t) + ' (toxicity.flag)'],
  };
  const spelling: Table = {
    title: 'Obfuscated spellings (spell_*), recall of toxicity.flag',
    head: ['functionality', 'n', 'recall', 'target', 'status'],
    rows: [
      ...r.spelling.each.map((s) => [s.functionality, String(s.n), fmt(s.recall), ...targetCells(s.target)]),
      ['all spell_* together', String(r.spelling.aggregate.n), fmt(r.spelling.aggregate.recall), NONE, NONE],
    ],
  };
  return {
    heading: '2. Hate speech — HateCheck (French)',
    intro: `${r.file}: functional tests, gold label hateful / non-hateful; prediction = toxicity.flag (insult.flag || toxicity.flag shown for reference).`,
    tables: [perFunctionality, overall, spelling],
  };
}

function sentiment(r: Results['sentiment'][number]): Section {
  const m = r.metrics;
  const d = r.detected;
  const summary: Table = {
    title: 'Summary',
    head: HEAD,
    rows: [
      ['macro-F1', fmt(m.macroF1), ...targetCells(r.target)],
      ['accuracy', fmt(m.accuracy), ...targetCells(undefined)],
      ['n', String(m.n), ...targetCells(undefined)],
      [`detected as ${r.lang}`, `${fmt(r.langMatch.share)} (${r.langMatch.matched}/${r.langMatch.n})`, ...targetCells(undefined)],
    ],
    notes: [`detected languages: fr ${d.fr}, en ${d.en}, other ${d.other}`],
  };
  const perClass: Table = {
    title: 'Per class',
    head: ['class', 'precision', 'recall', 'F1', 'support'],
    rows: m.perClass.map((c) => [c.label, fmt(c.precision), fmt(c.recall), fmt(c.f1), String(c.support)]),
  };
  const confusion: Table = {
    title: 'Confusion matrix (rows: gold, columns: predicted)',
    head: ['gold \\ predicted', ...m.labels],
    rows: m.labels.map((label, g) => [label, ...m.labels.map((_, p) => String(m.matrix[g]?.[p] ?? 0))]),
  };
  const b = r.band;
  const band: Table = {
    title: 'Neutral band: macro-F1 with other tone thresholds (rows: toneNegative, columns: tonePositive; * = shipped)',
    head: ['toneNegative \\ tonePositive', ...b.positives.map((p) => p.toFixed(2) + (p === b.shipped.positive ? ' *' : ''))],
    rows: b.negatives.map((n, i) => [n.toFixed(2) + (n === b.shipped.negative ? ' *' : ''), ...b.positives.map((_, j) => fmt(b.macroF1[i]?.[j] ?? 0))]),
    notes: ['A check, not a fit: the shipped thresholds are the Rules defaults, not chosen on this data.'],
  };
  return {
    heading: `3${r.lang === 'fr' ? 'a' : 'b'}. Tone — sentiment, ${r.lang === 'fr' ? 'French' : 'English'}`,
    intro: `${r.file}: tweets, gold label negative / neutral / positive; prediction = tone.label, language detected by the engine. Characters the export left as JSON escapes ("\\u2019") are read as the characters.`,
    tables: [summary, perClass, confusion, band],
  };
}

function targets(r: Results): Section {
  return {
    heading: 'Targets',
    intro: `${r.targets.filter((t) => t.pass).length} of ${r.targets.length} targets met.`,
    tables: [
      {
        title: 'All targets',
        head: ['target', 'value', 'min', 'status'],
        rows: r.targets.map((t) => [t.name, fmt(t.value), t.min.toFixed(2), status(t.pass)]),
      },
    ],
  };
}

export function reportSections(r: Results): Section[] {
  return [toxifrench(r.toxifrench), hatecheck(r.hatecheck), ...r.sentiment.map(sentiment), targets(r)];
}
