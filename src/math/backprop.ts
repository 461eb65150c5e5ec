/**
 * Backpropagation through a 2-2-1 network, written out so every
 * intermediate number can be shown and checked:
 *
 *   z₁ = W₁x + b₁,  h = σ(z₁),  z₂ = w₂·h + b₂,  ŷ = σ(z₂)
 *
 * with one of two losses on the output:
 *   binary cross-entropy   L = −[y ln ŷ + (1 − y) ln(1 − ŷ)]
 *   half squared error     L = ½(ŷ − y)²
 *
 * Backward, by the chain rule, reusing each result for the layer below:
 *   δ₂ = ∂L/∂z₂ = (∂L/∂ŷ) · σ'(z₂),  with σ'(z) = σ(z)(1 − σ(z)) = ŷ(1 − ŷ)
 *     cross-entropy:  ∂L/∂ŷ = (ŷ − y) / (ŷ(1 − ŷ)),  so δ₂ = ŷ − y   (σ' cancels)
 *     squared error:  ∂L/∂ŷ = ŷ − y,                 so δ₂ = (ŷ − y) · ŷ(1 − ŷ)
 *   ∂L/∂w₂ = δ₂ · h,   ∂L/∂b₂ = δ₂
 *   δ₁ = ∂L/∂z₁ = (w₂ · δ₂) ⊙ h(1 − h)
 *   ∂L/∂W₁ = δ₁ xᵀ,    ∂L/∂b₁ = δ₁
 */
import { sigmoid } from './activations';

export interface TinyNetwork {
  /** 2×2, row j holds the weights into hidden unit j. */
  readonly W1: readonly (readonly [number, number])[];
  readonly b1: readonly [number, number];
  readonly w2: readonly [number, number];
  readonly b2: number;
}

/** The loss on the network's single sigmoid output. */
export type OutputLoss = 'binary-cross-entropy' | 'half-squared-error';

export interface Forward {
  readonly z1: [number, number];
  readonly h: [number, number];
  readonly z2: number;
  readonly yHat: number;
  readonly loss: number;
}

export interface Backward {
  readonly delta2: number;
  readonly dw2: [number, number];
  readonly db2: number;
  readonly delta1: [number, number];
  readonly dW1: [[number, number], [number, number]];
  readonly db1: [number, number];
}

/** The loss of one prediction ŷ ∈ (0, 1) against the label y (no clipping: ŷ is never exactly 0 or 1 here). */
export function outputLoss(yHat: number, y: number, loss: OutputLoss): number {
  return loss === 'binary-cross-entropy' ? -(y * Math.log(yHat) + (1 - y) * Math.log(1 - yHat)) : 0.5 * (yHat - y) ** 2;
}

/**
 * The error signal at a sigmoid output, δ = ∂L/∂z where ŷ = σ(z):
 * ŷ − y for binary cross-entropy, (ŷ − y)·ŷ(1 − ŷ) for half squared error.
 * The second carries σ'(z) ≤ 1/4, which all but vanishes when the output is
 * saturated (ŷ near 0 or 1), right or wrong.
 */
export function outputDelta(yHat: number, y: number, loss: OutputLoss): number {
  return loss === 'binary-cross-entropy' ? yHat - y : (yHat - y) * yHat * (1 - yHat);
}

const row = (net: TinyNetwork, j: 0 | 1): readonly [number, number] => net.W1[j] ?? [Number.NaN, Number.NaN];

export function forward(net: TinyNetwork, x: readonly [number, number], y: number, loss: OutputLoss = 'binary-cross-entropy'): Forward {
  const z1: [number, number] = [0, 1].map((j) => row(net, j as 0 | 1)[0] * x[0] + row(net, j as 0 | 1)[1] * x[1] + net.b1[j as 0 | 1]) as [number, number];
  const h: [number, number] = [sigmoid(z1[0]), sigmoid(z1[1])];
  const z2 = net.w2[0] * h[0] + net.w2[1] * h[1] + net.b2;
  const yHat = sigmoid(z2);
  return { z1, h, z2, yHat, loss: outputLoss(yHat, y, loss) };
}

export function backward(
  net: TinyNetwork,
  x: readonly [number, number],
  y: number,
  loss: OutputLoss = 'binary-cross-entropy',
  f: Forward = forward(net, x, y, loss),
): Backward {
  const delta2 = outputDelta(f.yHat, y, loss);
  const delta1: [number, number] = [net.w2[0] * delta2 * f.h[0] * (1 - f.h[0]), net.w2[1] * delta2 * f.h[1] * (1 - f.h[1])];
  return {
    delta2,
    dw2: [delta2 * f.h[0], delta2 * f.h[1]],
    db2: delta2,
    delta1,
    dW1: [
      [delta1[0] * x[0], delta1[0] * x[1]],
      [delta1[1] * x[0], delta1[1] * x[1]],
    ],
    db1: delta1,
  };
}
