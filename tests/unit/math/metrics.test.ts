import { describe, expect, it } from 'vitest';
import { accuracy, auc, averagePrecision, confusion, f1, precision, precisionRecallCurve, recall, rocCurve } from '../../../src/math/metrics';

describe('classification metrics', () => {
  it('count the confusion matrix at a threshold', () => {
    const c = confusion([1, 1, 0, 0, 1], [0.9, 0.4, 0.6, 0.1, 0.5]);
    expect(c).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(accuracy(c)).toBeCloseTo(3 / 5, 12);
    expect(precision(c)).toBeCloseTo(2 / 3, 12);
    expect(recall(c)).toBeCloseTo(2 / 3, 12);
    expect(f1(c)).toBeCloseTo(2 / 3, 12);
  });

  it('leave precision undefined when nothing is called positive, while F1 is 0 as for the always-no baseline', () => {
    const c = confusion([1, 0, 0], [0.1, 0.2, 0.3]);
    expect(precision(c)).toBeNaN();
    expect(recall(c)).toBe(0);
    expect(f1(c)).toBe(0); // 2·0 / (0 + 0 + 1)
    expect(f1({ tp: 0, fp: 0, fn: 0, tn: 3 })).toBeNaN(); // no positives and no yes: nothing to measure
  });

  it('give AUC 1 for a perfect ranking, 0 for a reversed one, 0.5 for all ties', () => {
    expect(auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(auc([0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1])).toBe(0);
    expect(auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
  });

  it('equals the share of (positive, negative) pairs ranked right, ties half', () => {
    const labels = [1, 0, 1, 0, 1, 0, 0];
    const scores = [0.8, 0.3, 0.3, 0.6, 0.9, 0.1, 0.3];
    let wins = 0;
    let pairs = 0;
    labels.forEach((a, i) => labels.forEach((b, j) => {
      if (a === 1 && b === 0) {
        pairs++;
        wins += (scores[i] ?? 0) > (scores[j] ?? 0) ? 1 : scores[i] === scores[j] ? 0.5 : 0;
      }
    }));
    expect(auc(labels, scores)).toBeCloseTo(wins / pairs, 12);
    const { fpr, tpr } = rocCurve(labels, scores);
    expect([fpr[0], tpr[0], fpr.at(-1), tpr.at(-1)]).toEqual([0, 0, 1, 1]);
  });
});

describe('precision–recall curve and average precision', () => {
  it('walk down the ranking: precision and recall at every distinct score', () => {
    // Ranked: 0.9 (+), 0.8 (−), 0.7 (+), 0.4 (−), 0.2 (+).
    const labels = [1, 0, 1, 0, 1];
    const scores = [0.9, 0.8, 0.7, 0.4, 0.2];
    expect(precisionRecallCurve(labels, scores)).toEqual({ recall: [1 / 3, 1 / 3, 2 / 3, 2 / 3, 1], precision: [1, 1 / 2, 2 / 3, 2 / 4, 3 / 5] });
    // AP = ⅓·1 + 0·½ + ⅓·⅔ + 0·½ + ⅓·⅗ = (1 + 2/3 + 3/5)/3 = 0.7556
    expect(averagePrecision(labels, scores)).toBeCloseTo((1 + 2 / 3 + 3 / 5) / 3, 12);
  });

  it('is 1 for a perfect ranking and the positive share when every score ties', () => {
    expect(averagePrecision([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.2])).toBe(1);
    expect(averagePrecision([0, 1, 0, 0], [0.5, 0.5, 0.5, 0.5])).toBe(0.25);
  });
});
