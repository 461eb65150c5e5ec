/**
 * Numbers quoted by "Neurons, layers, activations": the two-layer worked
 * example comes from src/math/dense.ts, the activation values from
 * src/math/activations.ts, the house-price line from a single neuron.
 */
import { relu, reluDerivative, sigmoid, sigmoidDerivative, tanh, tanhDerivative } from '../../../src/math/activations';
import { forwardPass, neuron, parameterCount, type DenseLayer } from '../../../src/math/dense';
import { fmt, fmtGrouped } from '../../../src/format/prose';

/** The worked example's input and parameters (chosen so z₁'s first entry is exactly 0). */
export const example = {
  x: [1, 2],
  layers: [
    { weights: [[0.5, -0.3], [0.8, 0.2]], bias: [0.1, -0.4], activation: 'sigmoid' },
    { weights: [[1.2, -0.7]], bias: [0.3], activation: 'sigmoid' },
  ],
} as const satisfies { x: readonly number[]; layers: readonly DenseLayer[] };

/** The same network with ReLU in the hidden layer (sigmoid output kept). */
const reluLayers: DenseLayer[] = [{ ...example.layers[0], activation: 'relu' }, example.layers[1]];

const [hidden, output] = forwardPass(example.layers, example.x);
const [reluHidden, reluOutput] = forwardPass(reluLayers, example.x);
const first = example.layers[0];
const second = example.layers[1];

/** House prices: price = intercept + slope × area. */
export const house = { intercept: 1000, slope: 200, area: 1000, claimed: 300_000 } as const;
const housePrice = neuron([house.slope], [house.area], house.intercept, 'identity');

const at = (values: readonly number[] | undefined, i: number): number => values?.[i] ?? Number.NaN;
const two = (v: number) => fmt(v, 2);
const three = (v: number) => fmt(v, 3);

export const facts: Readonly<Record<string, string>> = {
  x1: fmt(at(example.x, 0), 0),
  x2: fmt(at(example.x, 1), 0),
  w1_11: fmt(at(first.weights[0], 0), 1),
  w1_12: fmt(at(first.weights[0], 1), 1),
  w1_21: fmt(at(first.weights[1], 0), 1),
  w1_22: fmt(at(first.weights[1], 1), 1),
  b1_1: fmt(at(first.bias, 0), 1),
  b1_2: fmt(at(first.bias, 1), 1),
  w2_11: fmt(at(second.weights[0], 0), 1),
  w2_12: fmt(at(second.weights[0], 1), 1),
  b2_1: fmt(at(second.bias, 0), 1),
  z1_1: fmt(at(hidden?.z, 0), 1),
  z1_2: fmt(at(hidden?.z, 1), 1),
  h_1: fmt(at(hidden?.a, 0), 1),
  h_2: three(at(hidden?.a, 1)),
  z2: three(at(output?.z, 0)),
  y_hat: three(at(output?.a, 0)),
  parameter_count: fmt(parameterCount(example.layers), 0),
  relu_h_1: fmt(at(reluHidden?.a, 0), 1),
  relu_h_2: fmt(at(reluHidden?.a, 1), 1),
  relu_z2: two(at(reluOutput?.z, 0)),
  relu_y_hat: three(at(reluOutput?.a, 0)),
  sigmoid_0: fmt(sigmoid(0), 1),
  sigmoid_derivative_0: two(sigmoidDerivative(0)),
  sigmoid_5: three(sigmoid(5)),
  sigmoid_derivative_5: fmt(sigmoidDerivative(5), 4),
  sigmoid_derivative_ratio_5: fmt(sigmoidDerivative(0) / sigmoidDerivative(5), 0),
  tanh_2: three(tanh(2)),
  tanh_derivative_0: fmt(tanhDerivative(0), 0),
  tanh_sigmoid_slope_ratio: fmt(tanhDerivative(0) / sigmoidDerivative(0), 0),
  relu_neg_3: fmt(relu(-3), 0),
  relu_3: fmt(relu(3), 0),
  relu_derivative_pos: fmt(reluDerivative(3), 0),
  relu_derivative_neg: fmt(reluDerivative(-3), 0),
  house_intercept: fmtGrouped(house.intercept),
  // Inside math a grouped number shows as "1, 000": the formula gets the plain digits.
  house_intercept_math: fmt(house.intercept, 0),
  house_slope: fmtGrouped(house.slope),
  house_area: fmtGrouped(house.area),
  house_slope_times_area: fmtGrouped(house.slope * house.area),
  house_price: fmtGrouped(housePrice),
  house_claimed: fmtGrouped(house.claimed),
  house_area_for_claim: fmtGrouped((house.claimed - house.intercept) / house.slope),
};
