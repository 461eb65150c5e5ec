import { describe, expect, it } from 'vitest';
import { attention } from '../../../src/math/attention';

describe('scaled dot-product attention', () => {
  it('averages the values with softmax weights that sum to 1 per row', () => {
    const { weights, output } = attention([[1, 0]], [[1, 0], [0, 1]], [[10, 0], [0, 10]]);
    const e = Math.exp(1 / Math.SQRT2);
    expect(weights[0]?.[0]).toBeCloseTo(e / (e + 1), 12);
    expect((weights[0] ?? []).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(output[0]?.[0]).toBeCloseTo((10 * e) / (e + 1), 12);
  });

  it('gives later positions zero weight under a causal mask', () => {
    const { weights } = attention([[1], [1], [1]], [[1], [2], [3]], [[1], [2], [3]], { causal: true });
    expect(weights[0]).toEqual([1, 0, 0]);
    expect(weights[1]?.[2]).toBe(0);
  });
});
