/**
 * Numbers quoted by "Training well": the examples' settings (inputs their
 * tests check) and what follows from them, computed by src/math: momentum's
 * velocity, the valley's curvatures, the schedule, the variance of a ReLU
 * stack, and Adam with and without decoupled weight decay.
 */
import { fmt, fmtPercent } from '../../../src/format/prose';
import { glorotUniformLimit, heVariance, lecunVariance, reluMeanSquareAfter } from '../../../src/math/initialization';
import {
  adamTrajectory,
  effectiveLearningRate,
  sgdTrajectory,
  stableLearningRateLimit,
  symmetricEigenvalues2,
  velocityForAlternatingGradient,
  velocityForSteadyGradient,
} from '../../../src/math/optimizers';
import { warmupCosineRate } from '../../../src/math/schedules';

export const inputs = {
  momentum: 0.9,
  adamBeta2: 0.999,
  /** Steps after which momentum's velocity is quoted, for a steady gradient. */
  velocitySteps: [1, 10, 50],
  /** The optimizers example: house areas spread evenly over 120–240 m² (in 100 m²), not centred. */
  areaRange: [1.2, 2.4],
  /** SGD gets this share of its largest stable learning rate. */
  sgdMargin: 0.9,
  adamRate: 0.1,
  optimizerSteps: 200,
  /** Gradient clipping: the threshold C, and the step by which the unclipped run has overflowed. */
  clipNorm: 1,
  infinityWithin: 20,
  /** The clipping example's prices scatter around the line with this standard deviation. */
  lineNoiseStd: 0.4,
  /** The schedules example. */
  schedulePeak: 0.3,
  scheduleSmall: 0.003,
  scheduleSteps: 300,
  scheduleWarmupShare: 1 / 15,
  scheduleBatch: 2,
  /** The initialization example. */
  equalWeight: 0.5,
  hiddenUnits: 8,
  width: 100,
  depth: 20,
  /** Measured mean squares must land within this factor of the predicted ones. */
  varianceFactor: 2,
  /** The overfitting example. */
  trainingPoints: 16,
  noiseStd: 0.3,
  eta: 0.01,
  l2: 0.01,
  adamwDecay: 1,
  dropout: 0.1,
  patience: 40,
  overfitEpochs: 400,
  /** Two single weights under Adam: steps, and the penalty strengths compared at half as many steps. */
  weightSteps: 100,
  lambdas: [0.001, 0.01, 0.1],
} as const;

const i = inputs;
const b = i.momentum;

// The valley: for areas uniform on [lo, hi], mean x = (lo + hi)/2 and mean x² = mean² + (hi − lo)²/12.
const [lo, hi] = i.areaRange;
const meanX = (lo + hi) / 2;
const meanX2 = meanX ** 2 + (hi - lo) ** 2 / 12;
const [lambdaMax, lambdaMin] = symmetricEigenvalues2(2 * meanX2, 2 * meanX, 2);
const sgdLimit = stableLearningRateLimit(lambdaMax);
const sgdEta = i.sgdMargin * sgdLimit;

// The schedule.
const schedule = { peak: i.schedulePeak, warmupSteps: Math.round(i.scheduleSteps * i.scheduleWarmupShare), totalSteps: i.scheduleSteps };
const rate = (step: number) => warmupCosineRate(step, schedule);
const middle = schedule.warmupSteps + Math.round((schedule.totalSteps - schedule.warmupSteps) / 2);

// Two weights under Adam (η = 0.01, λ = 0.01, 100 steps): one the data ignores, one it pulls up.
const ignored = () => 0;
const pulled = () => -1;
const withL2 = (data: (w: number) => number, lambda: number) => (w: number) => data(w) + 2 * lambda * w;
const last = (path: number[]) => path.at(-1) ?? NaN;
const adam = (gradient: (w: number) => number, steps: number = i.weightSteps, decoupledDecay = 0) => last(adamTrajectory(1, gradient, steps, { eta: i.eta, decoupledDecay }));
const lambdaFree = i.lambdas.map((lambda) => adam(withL2(ignored, lambda), i.weightSteps / 2));

const two = (v: number) => fmt(v, 2);
const three = (v: number) => fmt(v, 3);
const four = (v: number) => fmt(v, 4);
/** A power of two as TeX, e.g. 2^{-20}. */
const power = (base: number, exponent: number) => `${base}^{${exponent}}`;

export const facts: Readonly<Record<string, string>> = {
  momentum: fmt(b, 1),
  effective_factor: fmt(effectiveLearningRate(1, b), 0),
  velocity_1: two(velocityForSteadyGradient(b, i.velocitySteps[0])),
  velocity_10: two(velocityForSteadyGradient(b, i.velocitySteps[1])),
  velocity_50: two(velocityForSteadyGradient(b, i.velocitySteps[2])),
  alternating_limit: two(velocityForAlternatingGradient(b, 1000)),
  momentum_stability: fmt(2 * (1 + b), 1),
  adam_beta2: fmt(i.adamBeta2, 3),
  adam_window: fmt(1 / (1 - i.adamBeta2), 0),
  // The valley.
  area_low: fmt(lo * 100, 0),
  area_high: fmt(hi * 100, 0),
  mean_x: fmt(meanX, 1),
  mean_x2: two(meanX2),
  lambda_max: two(lambdaMax),
  lambda_min: three(lambdaMin),
  condition: fmt(lambdaMax / lambdaMin, 0),
  sgd_limit: three(sgdLimit),
  sgd_margin: fmtPercent(i.sgdMargin, 0),
  sgd_eta: three(sgdEta),
  sgd_crawl: four(1 - sgdEta * lambdaMin),
  momentum_limit: three(stableLearningRateLimit(lambdaMax, b)),
  momentum_curvature_product: fmt(sgdEta * lambdaMax, 1),
  effective_sgd_eta: two(effectiveLearningRate(sgdEta, b)),
  matched_eta: four(sgdEta * (1 - b)),
  adam_rate: fmt(i.adamRate, 1),
  optimizer_steps: fmt(i.optimizerSteps, 0),
  // Clipping.
  clip_norm: fmt(i.clipNorm, 0),
  infinity_within: fmt(i.infinityWithin, 0),
  line_noise_std: fmt(i.lineNoiseStd, 1),
  line_noise_variance: two(i.lineNoiseStd ** 2),
  // The schedule.
  schedule_peak: fmt(i.schedulePeak, 1),
  schedule_small: fmt(i.scheduleSmall, 3),
  schedule_steps: fmt(i.scheduleSteps, 0),
  schedule_warmup: fmt(schedule.warmupSteps, 0),
  schedule_batch: fmt(i.scheduleBatch, 0),
  rate_first: three(rate(0)),
  rate_peak: fmt(rate(schedule.warmupSteps), 1),
  rate_middle_step: fmt(middle + 1, 0),
  rate_middle: three(rate(middle)),
  rate_last: fmt(rate(i.scheduleSteps - 1), 5),
  // Initialization.
  equal_weight: fmt(i.equalWeight, 1),
  hidden_units: fmt(i.hiddenUnits, 0),
  glorot_limit: three(glorotUniformLimit(2, i.hiddenUnits)),
  width: fmt(i.width, 0),
  depth: fmt(i.depth, 0),
  lecun_std: three(Math.sqrt(lecunVariance(i.width))),
  he_std: three(Math.sqrt(heVariance(i.width))),
  lecun_after: power(2, Math.round(Math.log2(reluMeanSquareAfter(i.depth, i.width, lecunVariance(i.width))))),
  lecun_after_decimal: fmt(reluMeanSquareAfter(i.depth, i.width, lecunVariance(i.width)) * 1e6, 2),
  large_after: power(2, Math.round(Math.log2(reluMeanSquareAfter(i.depth, i.width, 4 / i.width)))),
  large_after_decimal: fmt(reluMeanSquareAfter(i.depth, i.width, 4 / i.width) / 1e6, 2),
  variance_factor: fmt(i.varianceFactor, 0),
  // Overfitting.
  training_points: fmt(i.trainingPoints, 0),
  noise_std: fmt(i.noiseStd, 1),
  noise_variance: two(i.noiseStd ** 2),
  eta: two(i.eta),
  l2: two(i.l2),
  sgd_decay_factor: four(1 - 2 * i.eta * i.l2),
  adamw_decay: fmt(i.adamwDecay, 0),
  adamw_step_decay: fmtPercent(i.eta * i.adamwDecay, 0),
  dropout: fmt(i.dropout, 1),
  dropout_scale: two(1 / (1 - i.dropout)),
  patience: fmt(i.patience, 0),
  overfit_epochs: fmt(i.overfitEpochs, 0),
  weight_steps: fmt(i.weightSteps, 0),
  sgd_ignored: three(last(sgdTrajectory(1, withL2(ignored, i.l2), i.weightSteps, i.eta))),
  sgd_pulled: three(last(sgdTrajectory(1, withL2(pulled, i.l2), i.weightSteps, i.eta))),
  adam_pulled: three(adam(pulled)),
  adam_l2_ignored: three(adam(withL2(ignored, i.l2))),
  adam_l2_pulled: four(adam(withL2(pulled, i.l2))),
  adamw_ignored: three(adam(ignored, i.weightSteps, 2 * i.l2)),
  adamw_pulled: three(adam(pulled, i.weightSteps, 2 * i.l2)),
  half_steps: fmt(i.weightSteps / 2, 0),
  lambda_small: fmt(i.lambdas[0], 3),
  lambda_large: fmt(i.lambdas[2], 1),
  lambda_free: three(lambdaFree[1] ?? NaN),
};
