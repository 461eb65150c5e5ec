import { describe, expect, it } from 'vitest';
import { argmax, FLOAT32_MAX, naiveSoftmax, naiveSoftmaxFloat32, softmax, sum } from '../../../src/math/softmax';

describe('softmax', () => {
  it('softmax([2, 1, 0.5]) ≈ [0.629, 0.231, 0.140]', () => {
    // e^2 = 7.389056, e^1 = 2.718282, e^0.5 = 1.648721; total 11.756059
    // 7.389056/11.756059 = 0.628532, 2.718282/11.756059 = 0.231224, 1.648721/11.756059 = 0.140244
    const p = softmax([2, 1, 0.5]);
    expect(p[0]).toBeCloseTo(0.628532, 6);
    expect(p[1]).toBeCloseTo(0.231224, 6);
    expect(p[2]).toBeCloseTo(0.140244, 6);
    expect(sum(p)).toBeCloseTo(1, 12);
  });

  it('is not the widely quoted [0.864, 0.272, 0.064], which sums to 1.2', () => {
    const p = softmax([2, 1, 0.5]);
    expect(p[0]).not.toBeCloseTo(0.864, 2);
  });

  it('is stable for [1000, 1001, 1002] where the naive formula gives NaN', () => {
    // Shifting by the max gives [−2, −1, 0]: e^−2 = 0.135335, e^−1 = 0.367879, e^0 = 1; total 1.503214
    // → [0.090031, 0.244728, 0.665241]
    const p = softmax([1000, 1001, 1002]);
    expect(p[0]).toBeCloseTo(0.090031, 6);
    expect(p[1]).toBeCloseTo(0.244728, 6);
    expect(p[2]).toBeCloseTo(0.665241, 6);
    expect(sum(p)).toBeCloseTo(1, 12);
    // e^1000 = Infinity, Infinity/Infinity = NaN
    expect(naiveSoftmax([1000, 1001, 1002]).every(Number.isNaN)).toBe(true);
  });

  it('does not change when a constant is added to every logit, and agrees with the naive formula on small inputs', () => {
    const base = softmax([0.3, -1.2, 2.4, 0]);
    const shifted = softmax([5.3, 3.8, 7.4, 5]);
    base.forEach((v, i) => expect(shifted[i]).toBeCloseTo(v, 12));
    naiveSoftmax([0.3, -1.2, 2.4, 0]).forEach((v, i) => expect(base[i]).toBeCloseTo(v, 12));
  });

  it('gives equal probabilities for equal logits and handles an empty input', () => {
    expect(softmax([4, 4, 4, 4])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(softmax([])).toEqual([]);
  });
});

describe('argmax', () => {
  it('finds the largest entry, the first on ties, −1 for none', () => {
    expect(argmax([0.2, 0.7, 0.1])).toBe(1);
    expect(argmax([3, 3, 1])).toBe(0);
    expect(argmax([])).toBe(-1);
  });
});

describe('float32 overflow', () => {
  it('FLOAT32_MAX is the largest float32, about e^88.72', () => {
    expect(FLOAT32_MAX).toBe(3.4028234663852886e38);
    expect(Math.fround(FLOAT32_MAX)).toBe(FLOAT32_MAX);
    expect(Math.fround(FLOAT32_MAX * (1 + 2 ** -23))).toBe(Infinity);
    expect(Math.log(FLOAT32_MAX)).toBeCloseTo(88.7228, 4);
  });

  it('the naive softmax breaks in float32 at logits near 100, where float64 still copes', () => {
    expect(naiveSoftmaxFloat32([100, 101, 102]).every(Number.isNaN)).toBe(true);
    expect(naiveSoftmax([100, 101, 102]).every(Number.isFinite)).toBe(true);
    // Below the limit the float32 version agrees with the stable one to float32 precision.
    naiveSoftmaxFloat32([80, 81, 82]).forEach((p, i) => expect(p).toBeCloseTo(softmax([80, 81, 82])[i] ?? NaN, 6));
  });
});
