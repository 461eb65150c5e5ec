import { describe, expect, it } from 'vitest';
import { rankByProbability, sampleIndex, topK, topP, withTemperature } from '../../../src/math/sampling';

const p = [0.5, 0.3, 0.15, 0.05];

describe('temperature', () => {
  it('divides the logits before the softmax', () => {
    // z = [2, 0] at τ = 2 is softmax([1, 0]) = [e/(e+1), 1/(e+1)] = [0.7311, 0.2689].
    const [a = 0, b = 0] = withTemperature([2, 0], 2);
    expect(a).toBeCloseTo(Math.E / (Math.E + 1), 12);
    expect(b).toBeCloseTo(1 / (Math.E + 1), 12);
    expect(() => withTemperature([1], 0)).toThrow(RangeError);
  });
});

describe('top-k', () => {
  it('keeps the k likeliest and renormalizes: k = 2 of [0.5, 0.3, 0.15, 0.05] is [0.625, 0.375, 0, 0]', () => {
    const kept = topK(p, 2);
    [0.625, 0.375, 0, 0].forEach((v, i) => expect(kept[i]).toBeCloseTo(v, 12));
  });
  it('keeps everything when k is the vocabulary or more', () => {
    topK(p, 10).forEach((v, i) => expect(v).toBeCloseTo(p[i] ?? NaN, 12));
  });
  it('breaks ties by the lower index and rejects k < 1', () => {
    expect(rankByProbability([0.25, 0.5, 0.25])).toEqual([1, 0, 2]);
    expect(topK([0.25, 0.5, 0.25], 2)).toEqual([1 / 3, 2 / 3, 0]);
    expect(() => topK(p, 0)).toThrow(RangeError);
  });
});

describe('top-p', () => {
  it('keeps the fewest likeliest tokens reaching p: 0.5 + 0.3 = 0.8 reaches 0.8', () => {
    const kept = topP(p, 0.8);
    [0.625, 0.375, 0, 0].forEach((v, i) => expect(kept[i]).toBeCloseTo(v, 12));
  });
  it('needs a third token for p = 0.9: 0.5 + 0.3 + 0.15 = 0.95, so [0.5, 0.3, 0.15] / 0.95', () => {
    const kept = topP(p, 0.9);
    [0.5 / 0.95, 0.3 / 0.95, 0.15 / 0.95, 0].forEach((v, i) => expect(kept[i]).toBeCloseTo(v, 12));
  });
  it('keeps only the top token for a tiny p and everything for p = 1', () => {
    expect(topP(p, 0.01)).toEqual([1, 0, 0, 0]);
    topP(p, 1).forEach((v, i) => expect(v).toBeCloseTo(p[i] ?? NaN, 12));
    expect(() => topP(p, 0)).toThrow(RangeError);
  });
  it('adapts to confidence: a sure distribution keeps one token, a flat one keeps many', () => {
    expect(topP([0.95, 0.03, 0.02], 0.9).filter((v) => v > 0)).toHaveLength(1);
    expect(topP([0.25, 0.25, 0.25, 0.25], 0.9).filter((v) => v > 0)).toHaveLength(4);
  });
});

describe('sampleIndex', () => {
  it('walks the running total: [0.5, 0.3, 0.2] gives 0 below 0.5, 1 below 0.8, else 2', () => {
    expect(sampleIndex([0.5, 0.3, 0.2], 0)).toBe(0);
    expect(sampleIndex([0.5, 0.3, 0.2], 0.49)).toBe(0);
    expect(sampleIndex([0.5, 0.3, 0.2], 0.6)).toBe(1);
    expect(sampleIndex([0.5, 0.3, 0.2], 0.99)).toBe(2);
  });
  it('never picks a token whose probability was cut to 0', () => {
    expect(sampleIndex([0.625, 0.375, 0, 0], 0.9999999)).toBe(1);
  });
});
