/**
 * Activation functions and their derivatives, on plain numbers.
 *
 * A neuron computes a weighted sum z = w·x + b and then an activation a = f(z).
 * Backpropagation needs f'(z) at the same point, so every activation here
 * comes with its derivative.
 */

/** A scalar activation together with its derivative. */
export interface Activation {
  readonly name: string;
  /** a = f(z) */
  readonly fn: (z: number) => number;
  /** f'(z) = da/dz */
  readonly derivative: (z: number) => number;
}

/**
 * Logistic sigmoid σ(z) = 1 / (1 + e^(−z)), range (0, 1).
 *
 * Written in two branches so that e^(−z) never overflows: for z < 0 we use the
 * equivalent form e^z / (1 + e^z). σ(0) = 0.5, σ(−z) = 1 − σ(z).
 */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * σ'(z) = σ(z)·(1 − σ(z)). Largest at z = 0, where it is 0.25; it goes to 0
 * for large |z| (the "vanishing gradient" of a saturated sigmoid).
 */
export function sigmoidDerivative(z: number): number {
  const s = sigmoid(z);
  return s * (1 - s);
}

/** Rectified linear unit ReLU(z) = max(0, z). */
export function relu(z: number): number {
  return z > 0 ? z : 0;
}

/**
 * ReLU'(z) = 1 for z > 0, 0 for z < 0. At z = 0 the derivative does not exist;
 * like TensorFlow we use 0 there (any value in [0, 1] is a valid subgradient).
 */
export function reluDerivative(z: number): number {
  return z > 0 ? 1 : 0;
}

/** Hyperbolic tangent tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)), range (−1, 1); tanh(z) = 2σ(2z) − 1. */
export function tanh(z: number): number {
  return Math.tanh(z);
}

/** tanh'(z) = 1 − tanh²(z); equal to 1 at z = 0. */
export function tanhDerivative(z: number): number {
  const t = Math.tanh(z);
  return 1 - t * t;
}

/** Identity f(z) = z, f'(z) = 1: a neuron with it is plain linear regression. */
export function identity(z: number): number {
  return z;
}

/** d/dz z = 1 everywhere. */
export function identityDerivative(_z: number): number {
  return 1;
}

/** The activations by name, for the dense forward pass and the lessons. */
export const activations = {
  sigmoid: { name: 'sigmoid', fn: sigmoid, derivative: sigmoidDerivative },
  relu: { name: 'relu', fn: relu, derivative: reluDerivative },
  tanh: { name: 'tanh', fn: tanh, derivative: tanhDerivative },
  identity: { name: 'identity', fn: identity, derivative: identityDerivative },
} as const satisfies Record<string, Activation>;

/** 'sigmoid' | 'relu' | 'tanh' | 'identity'. */
export type ActivationName = keyof typeof activations;
