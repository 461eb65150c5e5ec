/**
 * "Losses and softmax": softmax and the three losses worked by hand from the
 * lesson's inputs, and its float32 claims checked in TensorFlow.js itself
 * (cpu backend): e^89 overflows, the naive softmax of [100, 101, 102] is NaN,
 * tf.softmax is not.
 */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/losses-and-softmax/facts';
import { cpuTf } from '../../runtime/run-helpers';
import { expectUsesExactly, fixed, list, sig } from './helpers';

describe('losses-and-softmax facts', () => {
  it('match the hand-computed softmax and losses', () => {
    const [e0, e1, e2] = i.logits.map(Math.exp) as [number, number, number]; // 7.389, 2.718, 1.649
    const total = e0 + e1 + e2; // 11.756
    // Shift [100, 101, 102] by 102: e^−2, e^−1, e^0
    const shifted = i.bigLogits.map((z) => z - Math.max(...i.bigLogits));
    const big = shifted.map(Math.exp);
    const bigTotal = big.reduce((a, b) => a + b, 0);
    const wrongSum = i.wrongSoftmax.reduce((a, b) => a + b, 0); // 1.2
    const [w0, w1] = i.wrongSoftmax;
    const bce = i.bceLabels.map((y, k) => {
      const p = i.bceProbabilities[k] ?? NaN;
      return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    });
    const squared = i.mseTargets.map((y, k) => (y - (i.msePredictions[k] ?? NaN)) ** 2);
    const p3 = sig(i.rawScore); // 0.953
    const float32Max = 3.4028234663852886e38; // (2 − 2⁻²³) · 2¹²⁷
    expect(facts).toEqual({
      logits: '[2.0, 1.0, 0.5]',
      z1: '2',
      z2: '1',
      z3: '0.5',
      exp_1: fixed(e0, 3),
      exp_2: fixed(e1, 3),
      exp_3: fixed(e2, 3),
      exp_sum: fixed(total, 3),
      softmax_1: fixed(e0 / total, 3), // 0.629
      softmax_2: fixed(e1 / total, 3), // 0.231
      softmax_3: fixed(e2 / total, 3), // 0.140
      softmax_vector: list([e0 / total, e1 / total, e2 / total], 3),
      softmax_sum: '1.000',
      softmax_ratio_12: fixed(Math.E, 3), // p₁/p₂ = e^(2−1)
      wrong_softmax: '[0.864, 0.272, 0.064]',
      wrong_sum: fixed(wrongSum, 1),
      wrong_ratio_12: fixed(w0 / w1, 2), // 3.18
      wrong_normalized: list(i.wrongSoftmax.map((v) => v / wrongSum), 3),
      big_logits: '[100, 101, 102]',
      big_first: '100',
      big_shifted: '[-2, -1, 0]',
      big_softmax: list(big.map((v) => v / bigTotal), 3), // [0.090, 0.245, 0.665]
      naive_big_first: 'NaN', // Infinity / Infinity in float32
      exp_big_first: '∞',
      max_exponent: fixed(Math.log(Number.MAX_VALUE), 2), // 709.78
      float32_max: '3.4 \\times 10^{38}',
      float32_max_exponent: fixed(Math.log(float32Max), 2), // 88.72
      overflow_exponent: fixed(Math.ceil(Math.log(float32Max)), 0), // 89
      mse_targets: '[2.0, 3.5, 5.0]',
      mse_predictions: '[2.5, 3.0, 4.0]',
      mse_squared_errors: list(squared, 2), // [0.25, 0.25, 1.00]
      mse: fixed(squared.reduce((a, b) => a + b, 0) / squared.length, 2), // 0.50
      bce_labels: '[1, 0, 1, 0]',
      bce_probabilities: '[0.9, 0.2, 0.6, 0.4]',
      bce_terms: list(bce, 3), // [0.105, 0.223, 0.511, 0.511]
      bce: fixed(bce.reduce((a, b) => a + b) / bce.length, 3), // 0.338
      confident_wrong: '0.01',
      confident_wrong_loss: fixed(-Math.log(i.confidentWrong), 2), // 4.61
      epsilon: '10^{-7}',
      epsilon_loss: fixed(-Math.log(1e-7), 2), // 16.12
      cce_class_1: fixed(-Math.log(e0 / total), 3), // 0.464
      cce_class_3: fixed(-Math.log(e2 / total), 3), // 1.964
      uniform_loss: fixed(Math.log(3), 3), // 1.099
      raw_score: '3',
      sigmoid_raw: fixed(p3, 3),
      double_sigmoid: fixed(sig(p3), 3), // 0.722
      right_loss: fixed(-Math.log(p3), 3), // 0.049
      wrong_loss: fixed(-Math.log(sig(p3)), 3), // 0.326
      sigmoid_1: fixed(sig(1), 3), // 0.731
      wrong_loss_floor: fixed(-Math.log(sig(1)), 3), // 0.313
    });
    expectUsesExactly('losses-and-softmax', facts);
  });

  it('says what TensorFlow.js does in float32: e^89 and the naive softmax overflow, tf.softmax does not', async () => {
    const tf = await cpuTf();
    expect(await tf.exp(i.overflowExponent).data()).toEqual(new Float32Array([Infinity]));
    expect(Number.isFinite((await tf.exp(i.overflowExponent - 1).data())[0])).toBe(true);
    const z = tf.tensor1d([...i.bigLogits]);
    const naive = await tf.exp(z).div(tf.exp(z).sum()).data();
    expect(Array.from(naive).every(Number.isNaN)).toBe(true);
    expect(list(Array.from(await tf.softmax(z).data()), 3)).toBe(facts['big_softmax']);
  });
});
