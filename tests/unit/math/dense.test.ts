import { describe, expect, it } from 'vitest';
import { dot, denseLayer, forwardPass, matVec, neuron, parameterCount, type DenseLayer } from '../../../src/math/dense';

describe('dot and matVec', () => {
  it('multiply by hand', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32); // 4 + 10 + 18
    expect(matVec([[1, 0], [2, -1]], [3, 4])).toEqual([3, 2]); // [3, 6 − 4]
    expect(() => dot([1], [1, 2])).toThrow(RangeError);
  });
});

describe('neuron', () => {
  it('with identity activation is linear regression: 1000 + 200 × 1000 = 201,000', () => {
    expect(neuron([200], [1000], 1000)).toBe(201_000);
  });

  it('applies the activation to w·x + b', () => {
    // 0.5·2 − 1·3 + 1 = −1 → ReLU 0
    expect(neuron([0.5, -1], [2, 3], 1, 'relu')).toBe(0);
    // w·x + b = 0 → σ(0) = 0.5
    expect(neuron([1, 1], [1, -1], 0, 'sigmoid')).toBe(0.5);
  });
});

describe('the two-layer worked example ŷ = σ(W₂ σ(W₁x + b₁) + b₂)', () => {
  const layers: DenseLayer[] = [
    { weights: [[0.5, -0.3], [0.8, 0.2]], bias: [0.1, -0.4], activation: 'sigmoid' },
    { weights: [[1.2, -0.7]], bias: [0.3], activation: 'sigmoid' },
  ];

  it('matches the hand computation', () => {
    const [hidden, output] = forwardPass(layers, [1, 2]);
    // z₁ = [0.5·1 − 0.3·2 + 0.1, 0.8·1 + 0.2·2 − 0.4] = [0, 0.8]
    expect(hidden?.z[0]).toBeCloseTo(0, 12);
    expect(hidden?.z[1]).toBeCloseTo(0.8, 12);
    // h = σ(z₁) = [0.5, 1/(1+e^−0.8)] = [0.5, 1/1.449329] = [0.5, 0.689974]
    expect(hidden?.a[0]).toBeCloseTo(0.5, 12);
    expect(hidden?.a[1]).toBeCloseTo(0.689974, 6);
    // z₂ = 1.2·0.5 − 0.7·0.689974 + 0.3 = 0.6 − 0.482982 + 0.3 = 0.417018
    expect(output?.z[0]).toBeCloseTo(0.417018, 6);
    // ŷ = σ(0.417018) = 1/(1 + e^−0.417018) = 1/1.659007 = 0.602769
    expect(output?.a[0]).toBeCloseTo(0.602769, 6);
  });

  it('counts parameters: 2·2 + 2 + 1·2 + 1 = 9', () => {
    expect(parameterCount(layers)).toBe(9);
  });

  it('rejects a bias of the wrong length', () => {
    expect(() => denseLayer({ weights: [[1, 2]], bias: [0, 0], activation: 'relu' }, [1, 1])).toThrow(RangeError);
  });
});
