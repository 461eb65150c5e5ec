/**
 * Numbers quoted by "A binary classifier". The Playground setup and the
 * accuracy levels are inputs: the example's defaults and its test check them.
 */
import { sigmoid } from '../../../src/math/activations';
import { fmt, fmtPercent } from '../../../src/format/prose';
import { wilsonInterval } from '../../../src/math/intervals';

export const inputs = {
  /** TensorFlow Playground's default network and training setup, the example's defaults. */
  hidden: [4, 2],
  learningRate: 0.03,
  batchSize: 10,
  trainingPoints: 250,
  testPoints: 250,
  /** The example's test trains this many epochs and must beat these test accuracies. */
  epochsChecked: 90,
  circlesAccuracy: 0.95,
  xorAccuracy: 0.9,
  /** A raw score of the output unit, for the worked probability. */
  score: 1.2,
} as const;

const i = inputs;
/** The 95 % interval of an accuracy at the stated level on the test points: half its width, in points. */
const interval = wilsonInterval(Math.round(i.circlesAccuracy * i.testPoints), i.testPoints);

export const facts: Readonly<Record<string, string>> = {
  hidden_1: fmt(i.hidden[0], 0),
  hidden_2: fmt(i.hidden[1], 0),
  learning_rate: String(i.learningRate),
  batch_size: fmt(i.batchSize, 0),
  training_points: fmt(i.trainingPoints, 0),
  batches_per_epoch: fmt(i.trainingPoints / i.batchSize, 0),
  epochs_checked: fmt(i.epochsChecked, 0),
  test_points: fmt(i.testPoints, 0),
  half_width: fmt(((interval.high - interval.low) / 2) * 100, 1),
  circles_accuracy: fmtPercent(i.circlesAccuracy, 0),
  xor_accuracy: fmtPercent(i.xorAccuracy, 0),
  score: fmt(i.score, 1),
  score_probability: fmt(sigmoid(i.score), 3),
  // Parameters of the 2 → 4 → 2 → 1 network: (inputs + 1 bias) × units per layer.
  parameters: fmt((2 + 1) * i.hidden[0] + (i.hidden[0] + 1) * i.hidden[1] + (i.hidden[1] + 1) * 1, 0),
};
