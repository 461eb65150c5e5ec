/**
 * Classification metrics from labels (0/1) and scores (P(class 1)), the
 * way a lesson and its tests compute them.
 *
 *   precision = TP / (TP + FP)   of the cases called positive, how many are
 *   recall    = TP / (TP + FN)   of the positive cases, how many were found
 *   F1        = 2·P·R / (P + R)  their harmonic mean
 * Precision is undefined (NaN) when nothing is called positive; F1 is NaN then too.
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
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
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
