/**
 * Numbers quoted by "An image classifier": the network's shapes and weight
 * count follow from its layers (src/math/convolution's size rule); the
 * accuracy level is an input the example's test checks.
 */
import { outputSize } from '../../../src/math/convolution';
import { fmt, fmtPercent } from '../../../src/format/prose';
import { wilsonInterval } from '../../../src/math/intervals';

export const inputs = {
  size: 16,
  classes: 4,
  filters: [6, 12],
  kernel: 3,
  trainingPictures: 600,
  validationPictures: 200,
  testPictures: 200,
  epochs: 8,
  /** The example's test: held-out accuracy above this at full scale. */
  accuracyAtLeast: 0.95,
} as const;

const i = inputs;
const conv1 = outputSize(i.size, i.kernel);
const pool1 = Math.floor(conv1 / 2);
const conv2 = outputSize(pool1, i.kernel);
const pool2 = Math.floor(conv2 / 2);
const flat = pool2 * pool2 * i.filters[1];
const weights = {
  conv1: i.kernel * i.kernel * 1 * i.filters[0] + i.filters[0],
  conv2: i.kernel * i.kernel * i.filters[0] * i.filters[1] + i.filters[1],
  dense: flat * i.classes + i.classes,
};

/** The 95 % interval of an accuracy exactly at the stated level, measured on the test set. */
const interval = wilsonInterval(Math.round(i.accuracyAtLeast * i.testPictures), i.testPictures);

export const facts: Readonly<Record<string, string>> = {
  size: fmt(i.size, 0),
  classes: fmt(i.classes, 0),
  chance: fmtPercent(1 / i.classes, 0),
  filters_1: fmt(i.filters[0], 0),
  filters_2: fmt(i.filters[1], 0),
  conv1: fmt(conv1, 0),
  pool1: fmt(pool1, 0),
  conv2: fmt(conv2, 0),
  pool2: fmt(pool2, 0),
  flat: fmt(flat, 0),
  weights_conv1: fmt(weights.conv1, 0),
  weights_conv2: fmt(weights.conv2, 0),
  weights_dense: fmt(weights.dense, 0),
  weights_total: fmt(weights.conv1 + weights.conv2 + weights.dense, 0),
  dense_equivalent: fmt(i.size * i.size * i.classes + i.classes, 0),
  training_pictures: fmt(i.trainingPictures, 0),
  validation_pictures: fmt(i.validationPictures, 0),
  test_pictures: fmt(i.testPictures, 0),
  interval_low: fmtPercent(interval.low, 1),
  interval_high: fmtPercent(interval.high, 1),
  epochs: fmt(i.epochs, 0),
  accuracy_at_least: fmtPercent(i.accuracyAtLeast, 0),
};
