/**
 * Numbers quoted by "Evaluating a model", computed by src/math/metrics.
 * The example's stated results (AUC bound, thresholds) are inputs its test checks.
 */
import { fmt, fmtGrouped, fmtPercent } from '../../../src/format/prose';
import { wilsonInterval, Z_95 } from '../../../src/math/intervals';
import { accuracy, f1, precision, recall, type Confusion } from '../../../src/math/metrics';

export const inputs = {
  /** A worked confusion matrix: 1,000 screened cases, 60 of them positive. */
  worked: { tp: 40, fp: 10, fn: 20, tn: 930 } as Confusion,
  /** The imbalance trap: 1,000 cases, 50 positive. */
  cases: 1000,
  positives: 50,
  /** The example's test: after its 30 epochs the test AUC beats this… */
  epochs: 30,
  aucAtLeast: 0.9,
  /** …and its average precision is more than this many times the share of positives. */
  apFactor: 4,
  lowThreshold: 0.2,
  /** 2,000 cases split 60/20/20: the test set. */
  testCases: 400,
  /** Trained only this many epochs, the model says no to everything yet ranks with an AUC above this. */
  undertrainedEpochs: 3,
  undertrainedAuc: 0.85,
} as const;

const i = inputs;
const w = i.worked;
const alwaysNo: Confusion = { tp: 0, fp: 0, fn: i.positives, tn: i.cases - i.positives };
const pct = (v: number) => fmtPercent(v, 1);
const accuracyInterval = wilsonInterval(w.tp + w.tn, w.tp + w.fp + w.fn + w.tn);
const recallInterval = wilsonInterval(w.tp, w.tp + w.fn);

export const facts: Readonly<Record<string, string>> = {
  tp: fmt(w.tp, 0),
  fp: fmt(w.fp, 0),
  fn: fmt(w.fn, 0),
  tn: fmt(w.tn, 0),
  worked_total: fmtGrouped(w.tp + w.fp + w.fn + w.tn),
  worked_positives: fmt(w.tp + w.fn, 0),
  tp_plus_tn: fmt(w.tp + w.tn, 0),
  tp_plus_fp: fmt(w.tp + w.fp, 0),
  tp_plus_fn: fmt(w.tp + w.fn, 0),
  // Inside math: fractions and plain digits ("%" would start a TeX comment, "1,000" would show as "1, 000").
  worked_total_plain: fmt(w.tp + w.fp + w.fn + w.tn, 0),
  worked_accuracy: fmt(accuracy(w), 3),
  worked_precision: fmt(precision(w), 3),
  worked_recall: fmt(recall(w), 3),
  worked_f1: fmt(f1(w), 3),
  worked_accuracy_pct: pct(accuracy(w)),
  worked_precision_pct: pct(precision(w)),
  worked_recall_pct: pct(recall(w)),
  worked_f1_pct: pct(f1(w)),
  cases: fmtGrouped(i.cases),
  positives: fmt(i.positives, 0),
  always_no_accuracy: pct(accuracy(alwaysNo)),
  z_95: fmt(Z_95, 2),
  accuracy_low: pct(accuracyInterval.low),
  accuracy_high: pct(accuracyInterval.high),
  recall_low: pct(recallInterval.low),
  recall_high: pct(recallInterval.high),
  epochs: fmt(i.epochs, 0),
  auc_at_least: fmt(i.aucAtLeast, 1),
  ap_factor: fmt(i.apFactor, 0),
  low_threshold: fmt(i.lowThreshold, 1),
  test_cases: fmt(i.testCases, 0),
  undertrained_epochs: fmt(i.undertrainedEpochs, 0),
  undertrained_auc: fmt(i.undertrainedAuc, 2),
};
