/**
 * Numbers quoted by "Losses and softmax", all computed by src/math.
 * The wrong softmax numbers are quoted data (the mistake the lesson
 * corrects); everything derived from them is computed.
 */
import { sigmoid } from '../../../src/math/activations';
import {
  binaryCrossEntropy,
  binaryCrossEntropyFromLogits,
  categoricalCrossEntropy,
  doubleSigmoid,
  meanSquaredError,
  PROBABILITY_EPSILON,
} from '../../../src/math/losses';
import { fmt, fmtVector } from '../../../src/format/prose';
import { FLOAT32_MAX, naiveSoftmaxFloat32, softmax, sum } from '../../../src/math/softmax';

export const inputs = {
  logits: [2, 1, 0.5],
  /** The widely copied wrong answer for softmax([2, 1, 0.5]). */
  wrongSoftmax: [0.864, 0.272, 0.064],
  /** Logits a confident network can produce: e^100 overflows in float32. */
  bigLogits: [100, 101, 102],
  /** The smallest whole exponent that overflows in float32. */
  overflowExponent: 89,
  mseTargets: [2, 3.5, 5],
  msePredictions: [2.5, 3, 4],
  bceLabels: [1, 0, 1, 0],
  bceProbabilities: [0.9, 0.2, 0.6, 0.4],
  confidentWrong: 0.01,
  rawScore: 3,
} as const;

const i = inputs;
const probabilities = softmax(i.logits);
const exps = i.logits.map((z) => Math.exp(z));
const at = (values: readonly number[], k: number): number => values[k] ?? Number.NaN;
const oneHot = (k: number, size: number) => Array.from({ length: size }, (_, c) => (c === k ? 1 : 0));
const squaredErrors = i.mseTargets.map((y, k) => (y - at(i.msePredictions, k)) ** 2);
const perExampleBce = i.bceLabels.map((y, k) => binaryCrossEntropy([y], [at(i.bceProbabilities, k)]));
const p = sigmoid(i.rawScore);
const three = (v: number) => fmt(v, 3);
/** A number as mantissa × 10^exponent, for math: 3.4 \times 10^{38}. */
const sciMath = (v: number, digits: number) => {
  const exponent = Math.floor(Math.log10(v));
  return `${fmt(v / 10 ** exponent, digits)} \\times 10^{${exponent}}`;
};

export const facts: Readonly<Record<string, string>> = {
  logits: fmtVector(i.logits, 1),
  z1: fmt(at(i.logits, 0), 0),
  z2: fmt(at(i.logits, 1), 0),
  z3: fmt(at(i.logits, 2), 1),
  exp_1: three(at(exps, 0)),
  exp_2: three(at(exps, 1)),
  exp_3: three(at(exps, 2)),
  exp_sum: three(sum(exps)),
  softmax_1: three(at(probabilities, 0)),
  softmax_2: three(at(probabilities, 1)),
  softmax_3: three(at(probabilities, 2)),
  softmax_vector: fmtVector(probabilities, 3),
  softmax_sum: three(sum(probabilities)),
  softmax_ratio_12: three(at(probabilities, 0) / at(probabilities, 1)),
  wrong_softmax: fmtVector(i.wrongSoftmax, 3),
  wrong_sum: fmt(sum(i.wrongSoftmax), 1),
  wrong_ratio_12: fmt(at(i.wrongSoftmax, 0) / at(i.wrongSoftmax, 1), 2),
  wrong_normalized: fmtVector(i.wrongSoftmax.map((v) => v / sum(i.wrongSoftmax)), 3),
  big_logits: fmtVector(i.bigLogits, 0),
  big_first: fmt(at(i.bigLogits, 0), 0),
  big_shifted: fmtVector(i.bigLogits.map((z) => z - Math.max(...i.bigLogits)), 0),
  big_softmax: fmtVector(softmax(i.bigLogits), 3),
  naive_big_first: fmt(at(naiveSoftmaxFloat32(i.bigLogits), 0), 3),
  exp_big_first: fmt(Math.fround(Math.exp(at(i.bigLogits, 0))), 0),
  max_exponent: fmt(Math.log(Number.MAX_VALUE), 2),
  float32_max: sciMath(FLOAT32_MAX, 1),
  float32_max_exponent: fmt(Math.log(FLOAT32_MAX), 2),
  overflow_exponent: fmt(i.overflowExponent, 0),
  mse_targets: fmtVector(i.mseTargets, 1),
  mse_predictions: fmtVector(i.msePredictions, 1),
  mse_squared_errors: fmtVector(squaredErrors, 2),
  mse: fmt(meanSquaredError(i.mseTargets, i.msePredictions), 2),
  bce_labels: fmtVector(i.bceLabels, 0),
  bce_probabilities: fmtVector(i.bceProbabilities, 1),
  bce_terms: fmtVector(perExampleBce, 3),
  bce: three(binaryCrossEntropy(i.bceLabels, i.bceProbabilities)),
  confident_wrong: fmt(i.confidentWrong, 2),
  confident_wrong_loss: fmt(binaryCrossEntropy([1], [i.confidentWrong]), 2),
  epsilon: `10^{${fmt(Math.log10(PROBABILITY_EPSILON), 0)}}`,
  epsilon_loss: fmt(binaryCrossEntropy([1], [0]), 2),
  cce_class_1: three(categoricalCrossEntropy([oneHot(0, 3)], [probabilities])),
  cce_class_3: three(categoricalCrossEntropy([oneHot(2, 3)], [probabilities])),
  uniform_loss: three(categoricalCrossEntropy([oneHot(0, 3)], [[1 / 3, 1 / 3, 1 / 3]])),
  raw_score: fmt(i.rawScore, 0),
  sigmoid_raw: three(p),
  double_sigmoid: three(doubleSigmoid(i.rawScore)),
  right_loss: three(binaryCrossEntropyFromLogits([1], [i.rawScore])),
  wrong_loss: three(binaryCrossEntropyFromLogits([1], [p])),
  sigmoid_1: three(sigmoid(1)),
  wrong_loss_floor: three(binaryCrossEntropyFromLogits([1], [1])),
};
