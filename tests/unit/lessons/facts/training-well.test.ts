/**
 * "Training well": momentum's velocity, the valley's curvatures, the schedule
 * and the ReLU-stack variances worked with plain formulas from the lesson's
 * inputs; the Adam/AdamW table from src/math/optimizers (tested on its own).
 */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/training-well/facts';
import { adamTrajectory } from '../../../../src/math/optimizers';
import { expectUsesExactly, fixed, percent } from './helpers';

describe('training-well facts', () => {
  it('match the arithmetic', () => {
    const b = i.momentum;
    const velocity = (t: number) => (1 - b ** t) / (1 - b); // Σ_{k<t} βᵏ
    // Areas uniform on [1.2, 2.4]: mean 1.8, mean square 1.8² + 1.2²/12 = 3.36; Hessian 2·[[3.36, 1.8], [1.8, 1]].
    const [lo, hi] = i.areaRange;
    const mx = (lo + hi) / 2;
    const mx2 = mx * mx + (hi - lo) ** 2 / 12;
    const mid = (2 * mx2 + 2) / 2;
    const radius = Math.sqrt(((2 * mx2 - 2) / 2) ** 2 + (2 * mx) ** 2);
    const [lMax, lMin] = [mid + radius, mid - radius]; // 8.66, 0.055
    const eta = i.sgdMargin * (2 / lMax);
    // Warm-up 20 steps to 0.3, cosine to 0 at step 300.
    const W = Math.round(i.scheduleSteps * i.scheduleWarmupShare);
    const T = i.scheduleSteps;
    const cosine = (t: number) => i.schedulePeak * 0.5 * (1 + Math.cos((Math.PI * (t - W)) / (T - W)));
    const middle = W + Math.round((T - W) / 2);
    const adam = (gradient: (w: number) => number, steps: number = i.weightSteps, decay = 0) => adamTrajectory(1, gradient, steps, { eta: i.eta, decoupledDecay: decay }).at(-1) ?? NaN;
    const l2 = (data: number, lambda: number = i.l2) => (w: number) => data + 2 * lambda * w;
    const sgdL2 = (data: number) => {
      let w = 1;
      for (let t = 0; t < i.weightSteps; t++) w -= i.eta * (data + 2 * i.l2 * w);
      return w;
    };
    expect(facts).toEqual({
      momentum: '0.9',
      effective_factor: fixed(1 / (1 - b), 0),
      velocity_1: fixed(velocity(1), 2), // 1.00
      velocity_10: fixed(velocity(10), 2), // 6.51
      velocity_50: fixed(velocity(50), 2), // 9.95
      alternating_limit: fixed(1 / (1 + b), 2), // 0.53
      momentum_stability: fixed(2 * (1 + b), 1), // 3.8
      adam_beta2: '0.999',
      adam_window: fixed(1 / (1 - i.adamBeta2), 0),
      area_low: '120',
      area_high: '240',
      mean_x: fixed(mx, 1),
      mean_x2: fixed(mx2, 2),
      lambda_max: fixed(lMax, 2),
      lambda_min: fixed(lMin, 3),
      condition: fixed(lMax / lMin, 0), // 156
      sgd_limit: fixed(2 / lMax, 3),
      sgd_margin: percent(i.sgdMargin, 0),
      sgd_eta: fixed(eta, 3),
      sgd_crawl: fixed(1 - eta * lMin, 4),
      momentum_limit: fixed((2 * (1 + b)) / lMax, 3),
      momentum_curvature_product: fixed(eta * lMax, 1), // 1.8 < 3.8
      effective_sgd_eta: fixed(eta / (1 - b), 2),
      matched_eta: fixed(eta * (1 - b), 4),
      adam_rate: '0.1',
      optimizer_steps: '200',
      clip_norm: '1',
      infinity_within: '20',
      line_noise_std: '0.4',
      line_noise_variance: fixed(i.lineNoiseStd ** 2, 2),
      schedule_peak: '0.3',
      schedule_small: '0.003',
      schedule_steps: '300',
      schedule_warmup: String(W),
      schedule_batch: '2',
      rate_first: fixed(i.schedulePeak / W, 3), // 0.015
      rate_peak: fixed(i.schedulePeak, 1),
      rate_middle_step: String(middle + 1),
      rate_middle: fixed(cosine(middle), 3), // 0.150
      rate_last: fixed(cosine(T - 1), 5),
      equal_weight: '0.5',
      hidden_units: '8',
      glorot_limit: fixed(Math.sqrt(6 / (2 + i.hiddenUnits)), 3), // 0.775
      width: '100',
      depth: '20',
      lecun_std: fixed(Math.sqrt(1 / i.width), 3),
      he_std: fixed(Math.sqrt(2 / i.width), 3),
      lecun_after: '2^{-20}',
      lecun_after_decimal: fixed(0.5 ** i.depth * 1e6, 2), // 0.95 × 10⁻⁶
      large_after: '2^{20}',
      large_after_decimal: fixed(2 ** i.depth / 1e6, 2), // 1.05 × 10⁶
      variance_factor: '2',
      training_points: '16',
      noise_std: '0.3',
      noise_variance: fixed(i.noiseStd ** 2, 2),
      eta: '0.01',
      l2: '0.01',
      sgd_decay_factor: fixed(1 - 2 * i.eta * i.l2, 4), // 0.9998
      adamw_decay: '1',
      adamw_step_decay: percent(i.eta * i.adamwDecay, 0), // 1%
      dropout: '0.1',
      dropout_scale: fixed(1 / (1 - i.dropout), 2),
      patience: '40',
      overfit_epochs: '400',
      weight_steps: '100',
      sgd_ignored: fixed((1 - 2 * i.eta * i.l2) ** i.weightSteps, 3), // 0.980
      sgd_pulled: fixed(sgdL2(-1), 3), // 1.970
      adam_pulled: fixed(adam(() => -1), 3), // 2.000
      adam_l2_ignored: fixed(adam(l2(0)), 3), // 0.224
      adam_l2_pulled: fixed(adam(l2(-1)), 4), // 1.9965
      adamw_ignored: fixed((1 - i.eta * 2 * i.l2) ** i.weightSteps, 3), // only the decay acts
      adamw_pulled: fixed(adam(() => -1, i.weightSteps, 2 * i.l2), 3),
      half_steps: '50',
      lambda_small: '0.001',
      lambda_large: '0.1',
      lambda_free: fixed(adam(l2(0, i.l2), i.weightSteps / 2), 3), // 0.537
    });
    // "whatever λ is": the same after 50 steps for λ = 0.001, 0.01 and 0.1 (to the digits quoted).
    for (const lambda of i.lambdas) expect(fixed(adam(l2(0, lambda), i.weightSteps / 2), 3)).toBe(facts['lambda_free']);
    // "with λ′ = 2λ AdamW reproduces SGD's numbers exactly" (to the digits quoted).
    expect(facts['adamw_ignored']).toBe(facts['sgd_ignored']);
    expect(facts['adamw_pulled']).toBe(facts['sgd_pulled']);
    expectUsesExactly('training-well', facts);
  });
});
