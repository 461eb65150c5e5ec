/**
 * Numbers quoted by "Backpropagation by hand": the 2-2-1 network's forward
 * and backward pass with binary cross-entropy, and the same output signal
 * under ½(ŷ − y)² for comparison, computed by src/math/backprop.
 */
import { sigmoid, sigmoidDerivative } from '../../../src/math/activations';
import { backward, forward, outputDelta, type TinyNetwork } from '../../../src/math/backprop';
import { fmt, fmtPercent, fmtVector } from '../../../src/format/prose';
import { softmaxCrossEntropyGradient } from '../../../src/math/losses';

export const inputs = {
  network: { W1: [[0.2, -0.4], [0.7, 0.1]], b1: [0.1, -0.2], w2: [0.6, -0.3], b2: 0.05 } as TinyNetwork,
  x: [1, 0.5] as const,
  y: 1,
  /** A saturated, wrong output: z₂ = −5 for a positive example. */
  saturatedZ: -5,
  /** The losses lesson's softmax example, with the first class true. */
  logits: [2, 1, 0.5],
  target: [1, 0, 0],
  /** The example's finite differences must agree with backprop to within this (relative). */
  tolerance: 0.01,
  /** The example's 200 steps must cut the loss by at least this factor. */
  lossFactor: 10,
} as const;

const i = inputs;
const f = forward(i.network, i.x, i.y);
const g = backward(i.network, i.x, i.y);
const squared = outputDelta(f.yHat, i.y, 'half-squared-error');
const saturated = sigmoid(i.saturatedZ);
const saturatedBce = outputDelta(saturated, i.y, 'binary-cross-entropy');
const saturatedSquared = outputDelta(saturated, i.y, 'half-squared-error');
const d = (v: number) => fmt(v, 4);
const n = i.network;

export const facts: Readonly<Record<string, string>> = {
  w11: fmt(n.W1[0]?.[0] ?? NaN, 1),
  w12: fmt(n.W1[0]?.[1] ?? NaN, 1),
  w21: fmt(n.W1[1]?.[0] ?? NaN, 1),
  w22: fmt(n.W1[1]?.[1] ?? NaN, 1),
  b11: fmt(n.b1[0], 1),
  b12: fmt(n.b1[1], 1),
  v1: fmt(n.w2[0], 1),
  v2: fmt(n.w2[1], 1),
  b2: fmt(n.b2, 2),
  x1: fmt(i.x[0], 0),
  x2: fmt(i.x[1], 1),
  y: fmt(i.y, 0),
  z11: d(f.z1[0]),
  z12: d(f.z1[1]),
  h1: d(f.h[0]),
  h2: d(f.h[1]),
  z2: d(f.z2),
  y_hat: d(f.yHat),
  loss: d(f.loss),
  delta2: d(g.delta2),
  dv1: d(g.dw2[0]),
  dv2: d(g.dw2[1]),
  delta11: d(g.delta1[0]),
  delta12: d(g.delta1[1]),
  dw11: d(g.dW1[0][0]),
  dw12: d(g.dW1[0][1]),
  dw21: d(g.dW1[1][0]),
  dw22: d(g.dW1[1][1]),
  // The counter-example: the same output under ½(ŷ − y)².
  sigmoid_slope: d(sigmoidDerivative(f.z2)),
  delta2_squared: d(squared),
  ratio_worked: fmt(g.delta2 / squared, 1),
  saturated_z: fmt(i.saturatedZ, 0),
  saturated_y_hat: d(saturated),
  saturated_slope: d(sigmoidDerivative(i.saturatedZ)),
  saturated_delta_bce: d(saturatedBce),
  saturated_delta_squared: d(saturatedSquared),
  ratio_saturated: fmt(saturatedBce / saturatedSquared, 0),
  logits: fmtVector(i.logits, 1),
  target: fmtVector(i.target, 0),
  cce_gradient: fmtVector(softmaxCrossEntropyGradient(i.logits, i.target), 3),
  tolerance: fmtPercent(i.tolerance, 0),
  loss_factor: fmt(i.lossFactor, 0),
};
