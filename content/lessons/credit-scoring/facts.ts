/**
 * Numbers quoted by "Credit scoring": the shipped data set's size and
 * default rate are read from public/data/credit.json; the result bounds are
 * inputs the example's test checks.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { sigmoid } from '../../../src/math/activations';
import { fmt, fmtGrouped, fmtPercent } from '../../../src/math/format';

const FILE = resolve(import.meta.dirname, '../../../public/data/credit.json');
const data = JSON.parse(readFileSync(FILE, 'utf8')) as { columns: string[]; rows: number[][] };

export const inputs = {
  /** The example's test (40 epochs) must beat this AUC with real labels… */
  realAucAtLeast: 0.75,
  /** …and stay within this distance of 0.5 with random ones. */
  randomAucBand: 0.1,
  trainShare: 0.7,
  /** A sigmoid output fed to a loss that applies the sigmoid again. */
  confident: 0.99,
} as const;

const defaults = data.rows.filter((r) => r.at(-1) === 1).length;

export const facts: Readonly<Record<string, string>> = {
  rows: fmtGrouped(data.rows.length),
  features: fmt(data.columns.length - 1, 0),
  default_rate: fmtPercent(defaults / data.rows.length, 1),
  no_default_rate: fmtPercent(1 - defaults / data.rows.length, 1),
  file_kb: fmt(statSync(FILE).size / 1024, 0),
  train_share: fmtPercent(inputs.trainShare, 0),
  test_share: fmtPercent(1 - inputs.trainShare, 0),
  real_auc: fmt(inputs.realAucAtLeast, 2),
  random_low: fmt(0.5 - inputs.randomAucBand, 1),
  random_high: fmt(0.5 + inputs.randomAucBand, 1),
  confident: fmt(inputs.confident, 2),
  squashed: fmt(sigmoid(inputs.confident), 2),
};
