import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../src/math/activations';
import {
  binaryCrossEntropy,
  binaryCrossEntropyFromLogits,
  categoricalCrossEntropy,
  clipProbability,
  doubleSigmoid,
  meanSquaredError,
  softmaxCrossEntropyGradient,
  PROBABILITY_EPSILON,
} from '../../../src/math/losses';
import { softmax } from '../../../src/math/softmax';

describe('meanSquaredError', () => {
  it('averages squared errors', () => {
    // errors 2−2.5 = −0.5, 3.5−3 = 0.5, 5−4 = 1 → squares 0.25, 0.25, 1 → mean 1.5/3 = 0.5
    expect(meanSquaredError([2, 3.5, 5], [2.5, 3, 4])).toBeCloseTo(0.5, 12);
    expect(meanSquaredError([1, 2], [1, 2])).toBe(0);
  });

  it('rejects arrays of different lengths', () => {
    expect(() => meanSquaredError([1, 2], [1])).toThrow(RangeError);
  });
});

describe('binaryCrossEntropy', () => {
  it('matches the hand-computed mean over four examples', () => {
    // −ln 0.9 = 0.105361 (y=1), −ln(1−0.2) = 0.223144 (y=0), −ln 0.6 = 0.510826 (y=1), −ln(1−0.4) = 0.510826 (y=0)
    // mean = 1.350155/4 = 0.337539
    expect(binaryCrossEntropy([1, 0, 1, 0], [0.9, 0.2, 0.6, 0.4])).toBeCloseTo(0.337539, 6);
  });

  it('punishes a confident wrong answer hard: y = 1, ŷ = 0.01 costs −ln 0.01 = 4.605170', () => {
    expect(binaryCrossEntropy([1], [0.01])).toBeCloseTo(4.60517, 5);
  });

  it('clips log(0): a prediction of exactly 0 for a positive costs −ln(1e-7) ≈ 16.118, not Infinity', () => {
    expect(clipProbability(0)).toBe(PROBABILITY_EPSILON);
    expect(clipProbability(1)).toBe(1 - PROBABILITY_EPSILON);
    expect(binaryCrossEntropy([1], [0])).toBeCloseTo(16.118096, 5);
    expect(Number.isFinite(binaryCrossEntropy([0], [1]))).toBe(true);
  });

  it('from logits equals the probability form applied to σ(z)', () => {
    const logits = [2.2, -0.7, 0, 4.1];
    const labels = [1, 0, 1, 0];
    expect(binaryCrossEntropyFromLogits(labels, logits)).toBeCloseTo(binaryCrossEntropy(labels, logits.map(sigmoid)), 10);
    // z = 0 → σ = 0.5 → −ln 0.5 = 0.693147 for either label
    expect(binaryCrossEntropyFromLogits([1], [0])).toBeCloseTo(0.693147, 6);
    // stays finite for huge scores: z = 800 with label 0 costs ≈ 800
    expect(binaryCrossEntropyFromLogits([0], [800])).toBeCloseTo(800, 6);
  });
});

describe('categoricalCrossEntropy', () => {
  it('is −ln of the true class probability for one-hot targets', () => {
    // softmax([2, 1, 0.5])_0 = 0.628532 → −ln 0.628532 = 0.464369
    const p = softmax([2, 1, 0.5]);
    expect(categoricalCrossEntropy([[1, 0, 0]], [p])).toBeCloseTo(0.464369, 6);
    // class 2: −ln 0.140244 = 1.964369
    expect(categoricalCrossEntropy([[0, 0, 1]], [p])).toBeCloseTo(1.964369, 6);
  });

  it('averages over examples', () => {
    // rows: −ln 0.7 = 0.356675, −ln 0.5 = 0.693147 → mean 0.524911
    expect(categoricalCrossEntropy([[1, 0], [0, 1]], [[0.7, 0.3], [0.5, 0.5]])).toBeCloseTo(0.524911, 6);
  });

  it('for two classes equals binary cross-entropy on the positive class', () => {
    expect(categoricalCrossEntropy([[0, 1], [1, 0]], [[0.2, 0.8], [0.65, 0.35]])).toBeCloseTo(
      binaryCrossEntropy([1, 0], [0.8, 0.35]),
      12,
    );
  });

  it('clips a zero probability for the true class', () => {
    expect(categoricalCrossEntropy([[1, 0]], [[0, 1]])).toBeCloseTo(16.118096, 5);
  });
});

describe('softmaxCrossEntropyGradient', () => {
  it('is softmax minus the one-hot target, matching central differences of −ln softmax(z)_k', () => {
    const z = [2, 1, 0.5];
    const target = [1, 0, 0];
    const loss = (zs: number[]) => -Math.log(softmax(zs)[0] ?? NaN);
    const g = softmaxCrossEntropyGradient(z, target);
    z.forEach((_, k) => {
      const up = z.map((v, j) => (j === k ? v + 1e-6 : v));
      const down = z.map((v, j) => (j === k ? v - 1e-6 : v));
      expect(g[k]).toBeCloseTo((loss(up) - loss(down)) / 2e-6, 7);
    });
    // [0.6285 − 1, 0.2312, 0.1402]: the entries sum to 0 (probabilities and target both sum to 1).
    expect(g[0]).toBeCloseTo(0.628532 - 1, 6);
    expect(g.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
  });
});

describe('doubleSigmoid (from_logits applied to probabilities)', () => {
  it('squashes a confident 0.953 down to 0.722', () => {
    // σ(3) = 0.952574; σ(0.952574) = 1/(1+e^−0.952574) = 1/1.385746 = 0.721633
    expect(doubleSigmoid(3)).toBeCloseTo(0.721633, 6);
  });

  it('can never leave (σ(0), σ(1)) = (0.5, 0.731)', () => {
    for (const z of [-50, -3, 0, 3, 50]) {
      expect(doubleSigmoid(z)).toBeGreaterThanOrEqual(0.5);
      expect(doubleSigmoid(z)).toBeLessThanOrEqual(sigmoid(1));
    }
  });
});
