/**
 * Classification metrics for the quality evaluation. Pure functions over
 * parallel arrays of gold labels and predictions.
 *
 * A ratio whose denominator is zero (no positive prediction, no gold
 * positive) is 0, as scikit-learn reports it by default, so the figures can
 * be compared with published ones.
 */

export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface BinaryMetrics extends BinaryCounts {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export interface ClassMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Gold examples of this class. */
  support: number;
}

export interface MultiClassMetrics<L extends string> {
  labels: readonly L[];
  perClass: ClassMetrics[];
  macroF1: number;
  accuracy: number;
  n: number;
  /** matrix[g][p]: examples of gold class labels[g] predicted as labels[p]. */
  matrix: number[][];
}

export const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);

export const f1Of = (precision: number, recall: number): number => ratio(2 * precision * recall, precision + recall);

function sameLength(gold: readonly unknown[], pred: readonly unknown[]): void {
  if (gold.length !== pred.length) throw new Error(`gold has ${gold.length} labels but there are ${pred.length} predictions`);
}

export function binaryCounts(gold: readonly boolean[], pred: readonly boolean[]): BinaryCounts {
  sameLength(gold, pred);
  const c: BinaryCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  gold.forEach((g, k) => {
    const p = pred[k];
    if (g && p) c.tp++;
    else if (p) c.fp++;
    else if (g) c.fn++;
    else c.tn++;
  });
  return c;
}

/** Precision, recall and F1 of the positive class (`true`). */
export function binaryMetrics(gold: readonly boolean[], pred: readonly boolean[]): BinaryMetrics {
  const c = binaryCounts(gold, pred);
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return { ...c, n: gold.length, precision, recall, f1: f1Of(precision, recall), accuracy: ratio(c.tp + c.tn, gold.length) };
}

/** Share of `true` values (0 for an empty list). */
export function share(values: readonly boolean[]): number {
  return ratio(values.filter(Boolean).length, values.length);
}

/** Rows are gold classes, columns predicted classes, both in the order of `labels`. */
export function confusionMatrix<L extends string>(labels: readonly L[], gold: readonly L[], pred: readonly L[]): number[][] {
  sameLength(gold, pred);
  const index = new Map(labels.map((l, k) => [l, k]));
  const matrix = labels.map(() => labels.map(() => 0));
  gold.forEach((g, k) => {
    const p = pred[k] as L;
    const gi = index.get(g);
    const pi = index.get(p);
    if (gi === undefined) throw new Error(`gold label "${g}" is not one of ${labels.join(', ')}`);
    if (pi === undefined) throw new Error(`predicted label "${p}" is not one of ${labels.join(', ')}`);
    const row = matrix[gi] as number[];
    row[pi] = (row[pi] ?? 0) + 1;
  });
  return matrix;
}

/** Per-class precision/recall/F1, their unweighted mean F1 (macro-F1) and accuracy. */
export function multiClassMetrics<L extends string>(labels: readonly L[], gold: readonly L[], pred: readonly L[]): MultiClassMetrics<L> {
  const matrix = confusionMatrix(labels, gold, pred);
  const cell = (g: number, p: number) => matrix[g]?.[p] ?? 0;
  const perClass = labels.map((label, k): ClassMetrics => {
    const tp = cell(k, k);
    const support = labels.reduce((sum, _, p) => sum + cell(k, p), 0);
    const predicted = labels.reduce((sum, _, g) => sum + cell(g, k), 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    return { label, precision, recall, f1: f1Of(precision, recall), support };
  });
  const correct = labels.reduce((sum, _, k) => sum + cell(k, k), 0);
  return {
    labels,
    perClass,
    macroF1: ratio(perClass.reduce((sum, c) => sum + c.f1, 0), perClass.length),
    accuracy: ratio(correct, gold.length),
    n: gold.length,
    matrix,
  };
}
