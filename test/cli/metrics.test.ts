import { describe, expect, test } from 'vitest';
import { binaryMetrics, confusionMatrix, multiClassMetrics, share } from '../../server/cli/metrics.js';

const T = true;
const F = false;

describe('binary precision, recall, F1', () => {
  test.each([
    // tp = 2 (0, 1), fn = 2 (2, 6), fp = 1 (3), tn = 3 → P 2/3, R 1/2, F1 = 2PR/(P+R) = 4/7
    ['mixed', [T, T, T, F, F, F, T, F], [T, T, F, T, F, F, F, F], { tp: 2, fp: 1, fn: 2, tn: 3, n: 8, precision: 2 / 3, recall: 1 / 2, f1: 4 / 7, accuracy: 5 / 8 }],
    ['perfect', [T, F, T], [T, F, T], { tp: 2, fp: 0, fn: 0, tn: 1, n: 3, precision: 1, recall: 1, f1: 1, accuracy: 1 }],
    ['nothing predicted positive: P is 0, not NaN', [T, F], [F, F], { tp: 0, fp: 0, fn: 1, tn: 1, n: 2, precision: 0, recall: 0, f1: 0, accuracy: 1 / 2 }],
    ['everything predicted positive', [T, F, F, F], [T, T, T, T], { tp: 1, fp: 3, fn: 0, tn: 0, n: 4, precision: 1 / 4, recall: 1, f1: 2 / 5, accuracy: 1 / 4 }],
    ['no gold positive', [F, F], [T, F], { tp: 0, fp: 1, fn: 0, tn: 1, n: 2, precision: 0, recall: 0, f1: 0, accuracy: 1 / 2 }],
    ['empty', [], [], { tp: 0, fp: 0, fn: 0, tn: 0, n: 0, precision: 0, recall: 0, f1: 0, accuracy: 0 }],
  ])('%s', (_name, gold, pred, expected) => {
    const m = binaryMetrics(gold, pred);
    for (const [key, value] of Object.entries(expected)) expect(m[key as keyof typeof m], key).toBeCloseTo(value, 10);
  });

  test('gold and predictions must be the same length', () => {
    expect(() => binaryMetrics([T, F], [T])).toThrow('gold has 2 labels but there are 1 predictions');
  });
});

describe('share', () => {
  test.each([
    [[T, F, F, T], 0.5],
    [[F], 0],
    [[], 0],
  ])('%j → %d', (values, expected) => expect(share(values)).toBe(expected));
});

const LABELS = ['negative', 'neutral', 'positive'] as const;
type L = (typeof LABELS)[number];
const [neg, neu, pos] = LABELS;

describe('multi-class', () => {
  // gold rows × predicted columns:
  //            neg neu pos
  //   neg       1   1   1    support 3
  //   neu       1   1   0    support 2
  //   pos       0   1   3    support 4
  //   predicted 2   3   4
  // neg P 1/2 R 1/3 F1 2/5; neu P 1/3 R 1/2 F1 2/5; pos P 3/4 R 3/4 F1 3/4.
  const gold: L[] = [neg, neg, neg, neu, neu, pos, pos, pos, pos];
  const pred: L[] = [neg, neu, pos, neu, neg, pos, pos, neu, pos];

  test('confusion matrix: rows are gold, columns are predicted', () => {
    expect(confusionMatrix(LABELS, gold, pred)).toEqual([
      [1, 1, 1],
      [1, 1, 0],
      [0, 1, 3],
    ]);
  });

  test.each([
    ['negative', 1 / 2, 1 / 3, 2 / 5, 3],
    ['neutral', 1 / 3, 1 / 2, 2 / 5, 2],
    ['positive', 3 / 4, 3 / 4, 3 / 4, 4],
  ])('per class: %s', (label, precision, recall, f1, support) => {
    const c = multiClassMetrics(LABELS, gold, pred).perClass.find((x) => x.label === label);
    expect(c?.precision).toBeCloseTo(precision, 10);
    expect(c?.recall).toBeCloseTo(recall, 10);
    expect(c?.f1).toBeCloseTo(f1, 10);
    expect(c?.support).toBe(support);
  });

  test('macro-F1 is the unweighted mean of the class F1s; accuracy is the diagonal share', () => {
    const m = multiClassMetrics(LABELS, gold, pred);
    expect(m.macroF1).toBeCloseTo((2 / 5 + 2 / 5 + 3 / 4) / 3, 10);
    expect(m.accuracy).toBeCloseTo(5 / 9, 10);
    expect(m.n).toBe(9);
  });

  test('a class absent from gold and predictions counts as F1 0 in the macro mean', () => {
    const m = multiClassMetrics(LABELS, [neg, neu], [neg, neu]);
    expect(m.perClass.map((c) => c.f1)).toEqual([1, 1, 0]);
    expect(m.macroF1).toBeCloseTo(2 / 3, 10);
  });

  test.each([
    ['unknown gold label', ['bad'], [neg], 'gold label "bad" is not one of negative, neutral, positive'],
    ['unknown predicted label', [neg], ['bad'], 'predicted label "bad" is not one of negative, neutral, positive'],
    ['length mismatch', [neg, neg], [neg], 'gold has 2 labels but there are 1 predictions'],
  ])('%s is refused', (_name, g, p, message) => {
    expect(() => confusionMatrix(LABELS, g as L[], p as L[])).toThrow(message);
  });
});
