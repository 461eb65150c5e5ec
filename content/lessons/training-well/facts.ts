/**
 * Numbers quoted by "Training well": settings of the examples (inputs their
 * tests check) and values derived from them.
 */
import { fmt } from '../../../src/math/format';

export const inputs = {
  momentum: 0.9,
  adamBeta2: 0.999,
  optimizerEpochs: 60,
  clipNorm: 1,
  noiseStd: 0.3,
  trainingPoints: 16,
  l2: 0.01,
  dropout: 0.1,
  patience: 40,
  overfitEpochs: 400,
} as const;

const i = inputs;

export const facts: Readonly<Record<string, string>> = {
  momentum: fmt(i.momentum, 1),
  momentum_window: fmt(1 / (1 - i.momentum), 0),
  adam_beta2: fmt(i.adamBeta2, 3),
  adam_window: fmt(1 / (1 - i.adamBeta2), 0),
  optimizer_epochs: fmt(i.optimizerEpochs, 0),
  clip_norm: fmt(i.clipNorm, 0),
  noise_std: fmt(i.noiseStd, 1),
  noise_variance: fmt(i.noiseStd ** 2, 2),
  training_points: fmt(i.trainingPoints, 0),
  l2: fmt(i.l2, 2),
  dropout: fmt(i.dropout, 1),
  dropout_scale: fmt(1 / (1 - i.dropout), 2),
  patience: fmt(i.patience, 0),
  overfit_epochs: fmt(i.overfitEpochs, 0),
};
