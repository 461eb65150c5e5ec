import { describe, expect, it } from 'vitest';
import {
  activations,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  tanh,
  tanhDerivative,
} from '../../../src/math/activations';

/** Central finite difference (f(z+h) − f(z−h)) / 2h, error O(h²). */
const numericDerivative = (f: (z: number) => number, z: number, h = 1e-5) => (f(z + h) - f(z - h)) / (2 * h);

describe('sigmoid', () => {
  it('has the hand-computed values', () => {
    // σ(0) = 1/(1+1) = 0.5
    expect(sigmoid(0)).toBe(0.5);
    // σ(1) = 1/(1+e^-1) = 1/1.367879 = 0.731059
    expect(sigmoid(1)).toBeCloseTo(0.731059, 6);
    // σ(−2) = 1/(1+e^2) = 1/8.389056 = 0.119203
    expect(sigmoid(-2)).toBeCloseTo(0.119203, 6);
  });

  it('is symmetric, σ(−z) = 1 − σ(z), and stays finite for huge inputs', () => {
    for (const z of [0.3, 2, 7.5]) expect(sigmoid(-z)).toBeCloseTo(1 - sigmoid(z), 12);
    // e^1000 overflows to Infinity; the two-branch form must not produce NaN.
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(Number.isNaN(sigmoid(-1000))).toBe(false);
  });

  it("σ'(0) = 0.25 and σ' matches finite differences", () => {
    expect(sigmoidDerivative(0)).toBe(0.25);
    for (const z of [-4, -1.3, 0.2, 2.5, 6]) {
      expect(sigmoidDerivative(z)).toBeCloseTo(numericDerivative(sigmoid, z), 8);
    }
  });
});

describe('relu', () => {
  it('is max(0, z)', () => {
    expect(relu(-3)).toBe(0);
    expect(relu(0)).toBe(0);
    expect(relu(2.5)).toBe(2.5);
  });

  it('has derivative 0 left of 0 and 1 right of it, matching finite differences away from 0', () => {
    expect(reluDerivative(0)).toBe(0);
    for (const z of [-2, -0.1, 0.1, 3]) {
      expect(reluDerivative(z)).toBeCloseTo(numericDerivative(relu, z), 8);
    }
  });
});

describe('tanh', () => {
  it('has the hand-computed values and tanh(z) = 2σ(2z) − 1', () => {
    expect(tanh(0)).toBe(0);
    // tanh(1) = (e − 1/e)/(e + 1/e) = 2.350402/3.086161 = 0.761594
    expect(tanh(1)).toBeCloseTo(0.761594, 6);
    for (const z of [-1.5, 0.4, 2]) expect(tanh(z)).toBeCloseTo(2 * sigmoid(2 * z) - 1, 12);
  });

  it("tanh'(0) = 1 and tanh' matches finite differences", () => {
    expect(tanhDerivative(0)).toBe(1);
    for (const z of [-3, -0.5, 0.7, 2.2]) {
      expect(tanhDerivative(z)).toBeCloseTo(numericDerivative(tanh, z), 8);
    }
  });
});

describe('the activation table', () => {
  it('pairs every function with its own derivative', () => {
    for (const { fn, derivative } of Object.values(activations)) {
      for (const z of [-1.7, 0.6, 2.9]) expect(derivative(z)).toBeCloseTo(numericDerivative(fn, z), 7);
    }
  });
});
