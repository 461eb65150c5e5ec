import { describe, expect, it } from 'vitest';
import { warmupCosineRate } from '../../../src/math/schedules';

describe('warm-up then cosine decay', () => {
  const schedule = { peak: 0.3, warmupSteps: 20, totalSteps: 300 };
  it('rises linearly to the peak over the warm-up', () => {
    expect(warmupCosineRate(0, schedule)).toBeCloseTo(0.015, 12); // 0.3 · 1/20
    expect(warmupCosineRate(9, schedule)).toBeCloseTo(0.15, 12);
    expect(warmupCosineRate(19, schedule)).toBeCloseTo(0.3, 12);
  });

  it('then falls along a cosine: the peak at its start, half the peak halfway, 0 at the end', () => {
    expect(warmupCosineRate(20, schedule)).toBeCloseTo(0.3, 12);
    expect(warmupCosineRate(160, schedule)).toBeCloseTo(0.15, 12); // (160 − 20)/280 = ½: cos(π/2) = 0
    expect(warmupCosineRate(300, schedule)).toBeCloseTo(0, 12);
    expect(warmupCosineRate(300, { ...schedule, floor: 0.01 })).toBeCloseTo(0.01, 12);
  });
});
