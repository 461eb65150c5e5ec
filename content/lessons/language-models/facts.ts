/**
 * Numbers quoted by "Sequence models and language models": the corpus's
 * size and vocabulary are read from public/data/corpus.txt; perplexity is
 * computed from a worked loss; the stated training result is an input the
 * example's test checks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fmt, fmtGrouped } from '../../../src/math/format';
import { softmax } from '../../../src/math/softmax';

const corpus = readFileSync(resolve(import.meta.dirname, '../../../public/data/corpus.txt'), 'utf8');
const vocabulary = new Set(corpus).size;

export const inputs = {
  /** The example's test: after this many steps on the cpu backend the training loss is below this (nats). */
  checkedSteps: 75,
  lossBelow: 2.7,
  workedLoss: 1.5,
  logits: [2, 1, 0],
  temperatures: [0.5, 2],
} as const;

const i = inputs;
const at = (values: readonly number[], k: number) => values[k] ?? Number.NaN;
const cold = softmax(i.logits.map((z) => z / at(i.temperatures, 0)));
const hot = softmax(i.logits.map((z) => z / at(i.temperatures, 1)));
const plain = softmax([...i.logits]);

export const facts: Readonly<Record<string, string>> = {
  corpus_kb: fmt(Buffer.byteLength(corpus) / 1024, 0),
  corpus_chars: fmtGrouped(corpus.length),
  vocabulary: fmt(vocabulary, 0),
  uniform_loss: fmt(Math.log(vocabulary), 2),
  checked_steps: fmt(i.checkedSteps, 0),
  loss_below: fmt(i.lossBelow, 1),
  loss_below_perplexity: fmt(Math.exp(i.lossBelow), 1),
  worked_loss: fmt(i.workedLoss, 1),
  worked_perplexity: fmt(Math.exp(i.workedLoss), 2),
  logits: `[${i.logits.join(', ')}]`,
  plain_top: fmt(at(plain, 0), 2),
  t_cold: fmt(at(i.temperatures, 0), 1),
  cold_top: fmt(at(cold, 0), 2),
  t_hot: fmt(at(i.temperatures, 1), 0),
  hot_top: fmt(at(hot, 0), 2),
};
