/**
 * Numbers quoted by "Fine-tuning": sizes read from the shipped files; the
 * stated margin is an input the example's test checks.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fmt, fmtGrouped } from '../../../src/format/prose';

const root = resolve(import.meta.dirname, '../../../public');
const reviews = JSON.parse(readFileSync(resolve(root, 'data/reviews.json'), 'utf8')) as { vocabulary: string[]; labelled: unknown[]; test: unknown[] };
const modelBytes = statSync(resolve(root, 'models/sentiment-base/model.json')).size + statSync(resolve(root, 'models/sentiment-base/weights.bin')).size;

export const inputs = {
  pretrainingReviews: 4000,
  hidden: 16,
  /** The example's test: fine-tuning beats training from scratch by at least this (points). */
  margin: 0.1,
  /** The example's 400 held-out reviews: the first half validates, the second half is the test set. */
  validationShare: 0.5,
  /** The tip: fine-tuned on this few reviews, the model ends below the untouched pretrained one. */
  few: 8,
  epochs: 40,
} as const;

const v = reviews.vocabulary.length;

export const facts: Readonly<Record<string, string>> = {
  pretraining: fmtGrouped(inputs.pretrainingReviews),
  labelled: fmt(reviews.labelled.length, 0),
  held_out: fmt(reviews.test.length, 0),
  validation: fmt(reviews.test.length * inputs.validationShare, 0),
  test: fmt(reviews.test.length * (1 - inputs.validationShare), 0),
  few: fmt(inputs.few, 0),
  epochs: fmt(inputs.epochs, 0),
  head_parameters: fmt(inputs.hidden + 1, 0),
  vocabulary: fmt(v, 0),
  hidden: fmt(inputs.hidden, 0),
  weights: fmtGrouped(v * inputs.hidden + inputs.hidden + inputs.hidden + 1),
  model_kb: fmt(modelBytes / 1024, 1),
  reviews_kb: fmt(statSync(resolve(root, 'data/reviews.json')).size / 1024, 0),
  margin: fmt(inputs.margin * 100, 0),
};
