/**
 * Numbers quoted by "Fine-tuning": sizes read from the shipped files; the
 * stated margin is an input the example's test checks.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fmt, fmtGrouped } from '../../../src/math/format';

const root = resolve(import.meta.dirname, '../../../public');
const reviews = JSON.parse(readFileSync(resolve(root, 'data/reviews.json'), 'utf8')) as { vocabulary: string[]; labelled: unknown[]; test: unknown[] };
const modelBytes = statSync(resolve(root, 'models/sentiment-base/model.json')).size + statSync(resolve(root, 'models/sentiment-base/weights.bin')).size;

export const inputs = {
  pretrainingReviews: 4000,
  hidden: 16,
  /** The example's test: fine-tuning beats training from scratch by at least this (points). */
  margin: 0.1,
} as const;

const v = reviews.vocabulary.length;

export const facts: Readonly<Record<string, string>> = {
  pretraining: fmtGrouped(inputs.pretrainingReviews),
  labelled: fmt(reviews.labelled.length, 0),
  test: fmt(reviews.test.length, 0),
  vocabulary: fmt(v, 0),
  hidden: fmt(inputs.hidden, 0),
  weights: fmtGrouped(v * inputs.hidden + inputs.hidden + inputs.hidden + 1),
  model_kb: fmt(modelBytes / 1024, 1),
  reviews_kb: fmt(statSync(resolve(root, 'data/reviews.json')).size / 1024, 0),
  margin: fmt(inputs.margin * 100, 0),
};
