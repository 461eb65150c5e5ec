/**
 * Backpropagation through a 2-2-1 network, written out so every
 * intermediate number can be shown and checked:
 *
 *   z₁ = W₁x + b₁,  h = σ(z₁),  z₂ = w₂·h + b₂,  ŷ = σ(z₂),  L = ½(ŷ − y)²
 *
 * Backward, by the chain rule, reusing each result for the layer below:
 *   δ₂ = ∂L/∂z₂ = (ŷ − y) · ŷ(1 − ŷ)          (σ'(z) = σ(z)(1 − σ(z)))
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

const row = (net: TinyNetwork, j: 0 | 1): readonly [number, number] => net.W1[j] ?? [Number.NaN, Number.NaN];

export function forward(net: TinyNetwork, x: readonly [number, number], y: number): Forward {
  const z1: [number, number] = [0, 1].map((j) => row(net, j as 0 | 1)[0] * x[0] + row(net, j as 0 | 1)[1] * x[1] + net.b1[j as 0 | 1]) as [number, number];
  const h: [number, number] = [sigmoid(z1[0]), sigmoid(z1[1])];
  const z2 = net.w2[0] * h[0] + net.w2[1] * h[1] + net.b2;
  const yHat = sigmoid(z2);
  return { z1, h, z2, yHat, loss: 0.5 * (yHat - y) ** 2 };
}

export function backward(net: TinyNetwork, x: readonly [number, number], y: number, f: Forward = forward(net, x, y)): Backward {
  const delta2 = (f.yHat - y) * f.yHat * (1 - f.yHat);
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
