/**
 * Classification metrics from labels (0/1) and scores (P(class 1)), the
 * way a lesson and its tests compute them.
 *
 *   precision = TP / (TP + FP)   of the cases called positive, how many are
 *   recall    = TP / (TP + FN)   of the positive cases, how many were found
 *   F1        = 2·P·R / (P + R)  their harmonic mean, = 2TP / (2TP + FP + FN)
 * Precision is undefined (NaN) when nothing is called positive. F1, written
 * with counts, is still defined then: 0 whenever there are positives and none
 * is found, the same for a model that says no to everything as for the
 * always-no baseline.
 */

export interface Confusion {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

export function confusion(labels: readonly number[], scores: readonly number[], threshold = 0.5): Confusion {
  if (labels.length !== scores.length) throw new RangeError('labels and scores must be the same length');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  labels.forEach((label, i) => {
    const predicted = (scores[i] ?? Number.NaN) >= threshold;
    if (label === 1 && predicted) tp++;
    else if (label === 1) fn++;
    else if (predicted) fp++;
    else tn++;
  });
  return { tp, fp, fn, tn };
}

export const accuracy = (c: Confusion): number => (c.tp + c.tn) / (c.tp + c.fp + c.fn + c.tn);
export const precision = (c: Confusion): number => (c.tp + c.fp === 0 ? Number.NaN : c.tp / (c.tp + c.fp));
export const recall = (c: Confusion): number => (c.tp + c.fn === 0 ? Number.NaN : c.tp / (c.tp + c.fn));
export function f1(c: Confusion): number {
  const denominator = 2 * c.tp + c.fp + c.fn;
  return denominator === 0 ? Number.NaN : (2 * c.tp) / denominator;
}

/**
 * The ROC curve: (false-positive rate, true-positive rate) for every
 * threshold, from "nothing positive" (0, 0) to "everything positive" (1, 1).
 * Tied scores move together (one diagonal step), so ties count half in the AUC.
 */
export function rocCurve(labels: readonly number[], scores: readonly number[]): { fpr: number[]; tpr: number[] } {
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) throw new RangeError('a ROC curve needs both classes');
  const order = labels.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const fpr = [0];
  const tpr = [0];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0;
    if (labels[i] === 1) tp++;
    else fp++;
    const next = order[k + 1];
    // Only emit a point once every case with this score has been counted.
    if (next === undefined || scores[next] !== scores[i]) {
      fpr.push(fp / negatives);
      tpr.push(tp / positives);
    }
  }
  return { fpr, tpr };
}

/** Area under the ROC curve by the trapezoid rule: the chance a random positive outscores a random negative. */
export function auc(labels: readonly number[], scores: readonly number[]): number {
  const { fpr, tpr } = rocCurve(labels, scores);
  let area = 0;
  for (let k = 1; k < fpr.length; k++) area += ((fpr[k] ?? 0) - (fpr[k - 1] ?? 0)) * (((tpr[k] ?? 0) + (tpr[k - 1] ?? 0)) / 2);
  return area;
}

/**
 * The precision–recall curve: (recall, precision) at every threshold, from the
 * highest score down; tied scores enter together. For a rare positive class it
 * shows what ROC hides: how many false alarms come with each hit.
 */
export function precisionRecallCurve(labels: readonly number[], scores: readonly number[]): { recall: number[]; precision: number[] } {
  const positives = labels.filter((l) => l === 1).length;
  if (positives === 0) throw new RangeError('a precision–recall curve needs positives');
  const order = labels.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const recallAt: number[] = [];
  const precisionAt: number[] = [];
  let tp = 0;
  let called = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0;
    called++;
    if (labels[i] === 1) tp++;
    const next = order[k + 1];
    if (next === undefined || scores[next] !== scores[i]) {
      recallAt.push(tp / positives);
      precisionAt.push(tp / called);
    }
  }
  return { recall: recallAt, precision: precisionAt };
}

/**
 * Average precision: the precision at each threshold, weighted by how much
 * recall that threshold adds, AP = Σₖ (Rₖ − Rₖ₋₁)·Pₖ with R₀ = 0 (the step-wise
 * area under the precision–recall curve, as scikit-learn computes it). A
 * random ranking scores about the share of positives; a perfect one scores 1.
 */
export function averagePrecision(labels: readonly number[], scores: readonly number[]): number {
  const { recall: r, precision: p } = precisionRecallCurve(labels, scores);
  let ap = 0;
  let previous = 0;
  r.forEach((rk, k) => {
    ap += (rk - previous) * (p[k] ?? 0);
    previous = rk;
  });
  return ap;
}
