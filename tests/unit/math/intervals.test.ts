import { describe, expect, it } from 'vitest';
import { wilsonInterval, Z_95 } from '../../../src/math/intervals';

describe('Wilson score interval', () => {
  it('matches the formula worked by hand: 195 of 200 correct', () => {
    // p̂ = 0.975, z² = 3.8415, z²/n = 0.019207; centre = (0.975 + 0.0096) / 1.019207 = 0.96604
    // half = 1.96/1.019207 · √(0.975·0.025/200 + 3.8415/160000) = 1.92302 · √(0.000121875 + 0.0000240092) = 0.023225
    const { low, high } = wilsonInterval(195, 200);
    expect(low).toBeCloseTo(0.94282, 4);
    expect(high).toBeCloseTo(0.98927, 4);
  });

  it('stays inside [0, 1] at 0 % and 100 %, where the textbook interval collapses to a point', () => {
    expect(wilsonInterval(0, 50).low).toBe(0);
    expect(wilsonInterval(0, 50).high).toBeCloseTo(Z_95 ** 2 / (50 + Z_95 ** 2), 12); // the upper end at k = 0
    expect(wilsonInterval(50, 50).high).toBe(1);
  });

  it('narrows as the square root of the test set grows: four times the cases, half the width', () => {
    const width = (n: number) => {
      const { low, high } = wilsonInterval(n * 0.8, n);
      return high - low;
    };
    expect(width(400) / width(1600)).toBeCloseTo(2, 1);
  });

  it('refuses counts that are not counts', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
  });
});
