/** "Backpropagation by hand": forward and backward pass with cross-entropy, and the squared-error counter-example, written out longhand. */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/backpropagation/facts';
import { expectUsesExactly, fixed, list, sig } from './helpers';

describe('backpropagation facts', () => {
  it('match a forward and backward pass written out longhand', () => {
    const [[w11, w12], [w21, w22]] = i.network.W1 as [[number, number], [number, number]];
    const [b11, b12] = i.network.b1;
    const [v1, v2] = i.network.w2;
    const [x1, x2] = i.x;
    const z11 = w11 * x1 + w12 * x2 + b11; // 0.2 − 0.2 + 0.1 = 0.1
    const z12 = w21 * x1 + w22 * x2 + b12; // 0.7 + 0.05 − 0.2 = 0.55
    const h1 = sig(z11);
    const h2 = sig(z12);
    const z2 = v1 * h1 + v2 * h2 + i.network.b2;
    const yHat = sig(z2);
    const loss = -(i.y * Math.log(yHat) + (1 - i.y) * Math.log(1 - yHat)); // −ln ŷ for y = 1
    const d2 = yHat - i.y; // cross-entropy through a sigmoid: σ' cancels
    const d11 = v1 * d2 * h1 * (1 - h1);
    const d12 = v2 * d2 * h2 * (1 - h2);
    // Squared error keeps σ'(z) = ŷ(1 − ŷ).
    const slope = yHat * (1 - yHat);
    const satYHat = sig(i.saturatedZ);
    const satSlope = satYHat * (1 - satYHat);
    // Softmax [2, 1, 0.5] minus the one-hot target [1, 0, 0].
    const e = i.logits.map(Math.exp);
    const total = e.reduce((a, b) => a + b, 0);
    const f4 = (v: number) => fixed(v, 4);
    expect(facts).toEqual({
      w11: '0.2', w12: '-0.4', w21: '0.7', w22: '0.1', b11: '0.1', b12: '-0.2', v1: '0.6', v2: '-0.3', b2: '0.05',
      x1: '1', x2: '0.5', y: '1',
      z11: f4(z11), z12: f4(z12), h1: f4(h1), h2: f4(h2), z2: f4(z2), y_hat: f4(yHat), loss: f4(loss),
      delta2: f4(d2), dv1: f4(d2 * h1), dv2: f4(d2 * h2), delta11: f4(d11), delta12: f4(d12),
      dw11: f4(d11 * x1), dw12: f4(d11 * x2), dw21: f4(d12 * x1), dw22: f4(d12 * x2),
      sigmoid_slope: f4(slope),
      delta2_squared: f4(d2 * slope), // −0.1132
      ratio_worked: fixed(1 / slope, 1), // 4.0
      saturated_z: '-5',
      saturated_y_hat: f4(satYHat), // 0.0067
      saturated_slope: f4(satSlope), // 0.0066
      saturated_delta_bce: f4(satYHat - 1), // −0.9933
      saturated_delta_squared: f4((satYHat - 1) * satSlope), // −0.0066
      ratio_saturated: fixed(1 / satSlope, 0), // 150
      logits: '[2.0, 1.0, 0.5]', target: '[1, 0, 0]',
      cce_gradient: list(e.map((v, k) => v / total - (i.target[k] ?? NaN)), 3), // [−0.371, 0.231, 0.140]
      tolerance: '1%', loss_factor: '10',
    });
    // The lesson says squared error's signal is "always at least 4 times smaller": 1/σ' ≥ 4.
    expect(1 / slope).toBeGreaterThanOrEqual(4);
    expectUsesExactly('backpropagation', facts);
  });
});
