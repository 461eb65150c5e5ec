import { describe, expect, it } from 'vitest';
import {
  adamTrajectory,
  effectiveLearningRate,
  sgdTrajectory,
  stableLearningRateLimit,
  symmetricEigenvalues2,
  velocityForAlternatingGradient,
  velocityForSteadyGradient,
} from '../../../src/math/optimizers';

describe('momentum', () => {
  it('builds a velocity of g(1 − βᵗ)/(1 − β) under a steady gradient: 1, 1.9, 2.71 … → 10 for β = 0.9', () => {
    expect(velocityForSteadyGradient(0.9, 1)).toBeCloseTo(1, 12);
    expect(velocityForSteadyGradient(0.9, 2)).toBeCloseTo(1.9, 12); // 0.9·1 + 1
    expect(velocityForSteadyGradient(0.9, 3)).toBeCloseTo(2.71, 12); // 0.9·1.9 + 1
    expect(velocityForSteadyGradient(0.9, 500)).toBeCloseTo(10, 9);
    expect(effectiveLearningRate(0.05, 0.9)).toBeCloseTo(0.5, 12);
  });

  it('damps a gradient that flips sign every step to about 1/(1 + β)', () => {
    // v₁ = 1, v₂ = 0.9·1 − 1 = −0.1, v₃ = 0.9·(−0.1) + 1 = 0.91
    expect(velocityForAlternatingGradient(0.9, 2)).toBeCloseTo(0.1, 12);
    expect(velocityForAlternatingGradient(0.9, 3)).toBeCloseTo(0.91, 12);
    expect(velocityForAlternatingGradient(0.9, 1001)).toBeCloseTo(1 / 1.9, 9);
  });

  it('is stable on curvature λ up to η = 2(1 + β)/λ, against 2/λ without momentum', () => {
    expect(stableLearningRateLimit(4)).toBe(0.5);
    expect(stableLearningRateLimit(4, 0.9)).toBeCloseTo(0.95, 12);
  });
});

describe('symmetricEigenvalues2', () => {
  it('finds the eigenvalues of [[2, 1], [1, 2]] (3 and 1) and of a diagonal matrix', () => {
    expect(symmetricEigenvalues2(2, 1, 2)).toEqual([3, 1]);
    expect(symmetricEigenvalues2(5, 0, 2)).toEqual([5, 2]);
  });
});

describe('Adam and AdamW on one parameter', () => {
  it('takes a first step of η·sign(g) (bias correction makes m̂ = g and v̂ = g²)', () => {
    expect(adamTrajectory(1, () => 3, 1, { eta: 0.01 })[0]).toBeCloseTo(1 - 0.01 * (3 / (3 + 1e-7)), 12);
    expect(adamTrajectory(1, () => -0.002, 1, { eta: 0.01 })[0]).toBeCloseTo(1 + 0.01 * (0.002 / (0.002 + 1e-7)), 12);
  });

  it('steps η every time for a constant gradient, and AdamW shrinks by (1 − ηλ) first', () => {
    expect(adamTrajectory(0, () => -1, 100, { eta: 0.01 }).at(-1)).toBeCloseTo(1, 5);
    // No data gradient: only the decay acts, (1 − 0.01·0.02)^100.
    expect(adamTrajectory(1, () => 0, 100, { eta: 0.01, decoupledDecay: 0.02 }).at(-1)).toBeCloseTo(0.9998 ** 100, 12);
  });

  it('makes L2 strength irrelevant for a weight the data ignores', () => {
    const after = (lambda: number) => adamTrajectory(1, (w) => 2 * lambda * w, 50, { eta: 0.01 }).at(-1) ?? NaN;
    expect(after(0.001)).toBeCloseTo(after(0.1), 4);
    expect(sgdTrajectory(1, (w) => 2 * 0.1 * w, 50, 0.01).at(-1)).toBeCloseTo(0.998 ** 50, 12);
  });
});
