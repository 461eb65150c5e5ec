/** "Neurons, layers, activations": the forward pass and activation values, worked longhand from the lesson's inputs. */
import { describe, expect, it } from 'vitest';
import { example, facts, house } from '../../../../content/lessons/neurons-layers-activations/facts';
import { expectUsesExactly, fixed, grouped, sig } from './helpers';

describe('neurons-layers-activations facts', () => {
  it('match the hand-computed forward pass and activation values', () => {
    const [x1, x2] = example.x;
    const [[w11, w12], [w21, w22]] = example.layers[0].weights;
    const [b11, b12] = example.layers[0].bias;
    const [[v1, v2]] = example.layers[1].weights;
    const [b2] = example.layers[1].bias;
    // z₁ = [0.5·1 − 0.3·2 + 0.1, 0.8·1 + 0.2·2 − 0.4] = [0, 0.8]; h = [0.5, σ(0.8)]
    const z11 = w11 * x1 + w12 * x2 + b11;
    const z12 = w21 * x1 + w22 * x2 + b12;
    const z2 = v1 * sig(z11) + v2 * sig(z12) + b2; // 0.417018
    // ReLU hidden layer: h = [0, 0.8], z₂ = −0.7·0.8 + 0.3 = −0.26
    const reluZ2 = v1 * Math.max(0, z11) + v2 * Math.max(0, z12) + b2;
    const sigmoidSlope = (z: number) => sig(z) * (1 - sig(z));
    const tanh2 = (Math.exp(2) - Math.exp(-2)) / (Math.exp(2) + Math.exp(-2));
    expect(facts).toEqual({
      x1: '1',
      x2: '2',
      w1_11: '0.5',
      w1_12: '-0.3',
      w1_21: '0.8',
      w1_22: '0.2',
      b1_1: '0.1',
      b1_2: '-0.4',
      w2_11: '1.2',
      w2_12: '-0.7',
      b2_1: '0.3',
      z1_1: fixed(z11, 1), // 0.0
      z1_2: fixed(z12, 1), // 0.8
      h_1: fixed(sig(z11), 1), // 0.5
      h_2: fixed(sig(z12), 3), // 0.690
      z2: fixed(z2, 3), // 0.417
      y_hat: fixed(sig(z2), 3), // 0.603
      parameter_count: '9', // 2·2 + 2 + 1·2 + 1
      relu_h_1: fixed(Math.max(0, z11), 1),
      relu_h_2: fixed(Math.max(0, z12), 1),
      relu_z2: fixed(reluZ2, 2), // -0.26
      relu_y_hat: fixed(sig(reluZ2), 3), // 0.435
      sigmoid_0: '0.5',
      sigmoid_derivative_0: '0.25',
      sigmoid_5: fixed(sig(5), 3), // 0.993
      sigmoid_derivative_5: fixed(Math.exp(-5) / (1 + Math.exp(-5)) ** 2, 4), // 0.0066
      sigmoid_derivative_ratio_5: fixed(0.25 / sigmoidSlope(5), 0), // 38
      tanh_2: fixed(tanh2, 3), // 0.964
      tanh_derivative_0: '1',
      tanh_sigmoid_slope_ratio: '4', // 1 / 0.25
      relu_neg_3: '0',
      relu_3: '3',
      relu_derivative_pos: '1',
      relu_derivative_neg: '0',
      house_intercept: grouped(house.intercept),
      house_intercept_math: String(house.intercept), // plain digits inside math
      house_slope: grouped(house.slope),
      house_area: grouped(house.area),
      house_slope_times_area: grouped(house.slope * house.area),
      house_price: grouped(house.intercept + house.slope * house.area), // 201,000, not 300,000
      house_claimed: grouped(house.claimed),
      house_area_for_claim: grouped((house.claimed - house.intercept) / house.slope), // 1,495
    });
    expectUsesExactly('neurons-layers-activations', facts);
  });
});
