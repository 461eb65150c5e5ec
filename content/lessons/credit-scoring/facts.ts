/**
 * Numbers quoted by "Credit scoring": the shipped data set's size and
 * default rate are read from public/data/credit.json; the result bounds are
 * inputs the example's test checks.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { sigmoid } from '../../../src/math/activations';
import { expectedCalibrationError, reliabilityBins } from '../../../src/math/calibration';
import { fmt, fmtGrouped, fmtPercent } from '../../../src/format/prose';

const FILE = resolve(import.meta.dirname, '../../../public/data/credit.json');
const data = JSON.parse(readFileSync(FILE, 'utf8')) as { columns: string[]; rows: number[][] };

export const inputs = {
  /** The example's test (40 epochs) must beat this AUC with real labels… */
  realAucAtLeast: 0.75,
  /** …and stay within this distance of 0.5 with random ones. */
  randomAucBand: 0.1,
  /** Split 60 / 20 / 20 into training, validation and test. */
  trainShare: 0.6,
  validationShare: 0.2,
  /** The example's test: average precision above this many times the default rate (real labels)… */
  apFactor: 2,
  /** …and a calibration error below this with real labels, and below the second with random ones. */
  eceBelow: 0.05,
  randomEceBelow: 0.1,
  /** A worked reliability check: two bins of borrowers, their predicted probability and how many defaulted. */
  calibrationExample: [
    { borrowers: 200, predicted: 0.12, defaults: 30 },
    { borrowers: 50, predicted: 0.34, defaults: 13 },
  ],
  /** A sigmoid output fed to a loss that applies the sigmoid again. */
  confident: 0.99,
} as const;

const defaults = data.rows.filter((r) => r.at(-1) === 1).length;
const testShare = 1 - inputs.trainShare - inputs.validationShare;

// The worked reliability check, as arrays of (label, score) run through src/math/calibration.
const calLabels = inputs.calibrationExample.flatMap((b) => Array.from({ length: b.borrowers }, (_, k) => (k < b.defaults ? 1 : 0)));
const calScores = inputs.calibrationExample.flatMap((b) => Array.from({ length: b.borrowers }, () => b.predicted));
const calBins = reliabilityBins(calLabels, calScores);
const calTotal = calLabels.length;
const bin = (k: number) => calBins[k] ?? { count: NaN, predicted: NaN, observed: NaN };
const example = (k: number) => inputs.calibrationExample[k] ?? { borrowers: NaN, predicted: NaN, defaults: NaN };

export const facts: Readonly<Record<string, string>> = {
  rows: fmtGrouped(data.rows.length),
  features: fmt(data.columns.length - 1, 0),
  default_rate: fmtPercent(defaults / data.rows.length, 1),
  no_default_rate: fmtPercent(1 - defaults / data.rows.length, 1),
  file_kb: fmt(statSync(FILE).size / 1024, 0),
  train_share: fmtPercent(inputs.trainShare, 0),
  validation_share: fmtPercent(inputs.validationShare, 0),
  test_share: fmtPercent(testShare, 0),
  test_borrowers: fmt(Math.round(data.rows.length * testShare), 0),
  ap_factor: fmt(inputs.apFactor, 0),
  ece_below: fmt(inputs.eceBelow, 2),
  random_ece_below: fmt(inputs.randomEceBelow, 1),
  cal_n1: fmt(bin(0).count, 0),
  cal_p1: fmtPercent(bin(0).predicted, 0),
  cal_d1: fmt(example(0).defaults, 0),
  cal_o1: fmtPercent(bin(0).observed, 0),
  cal_n2: fmt(bin(1).count, 0),
  cal_p2: fmtPercent(bin(1).predicted, 0),
  cal_d2: fmt(example(1).defaults, 0),
  cal_o2: fmtPercent(bin(1).observed, 0),
  // Inside the ECE formula: fractions, not percentages.
  cal_gap1: fmt(Math.abs(bin(0).observed - bin(0).predicted), 2),
  cal_gap2: fmt(Math.abs(bin(1).observed - bin(1).predicted), 2),
  cal_w1: fmt(bin(0).count / calTotal, 1),
  cal_w2: fmt(bin(1).count / calTotal, 1),
  cal_ece: fmt(expectedCalibrationError(calBins), 3),
  real_auc: fmt(inputs.realAucAtLeast, 2),
  random_low: fmt(0.5 - inputs.randomAucBand, 1),
  random_high: fmt(0.5 + inputs.randomAucBand, 1),
  confident: fmt(inputs.confident, 2),
  squashed: fmt(sigmoid(inputs.confident), 2),
};
