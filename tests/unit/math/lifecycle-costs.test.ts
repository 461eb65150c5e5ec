import { describe, expect, it } from 'vitest';
import {
  breakEvenRequests,
  dedicatedServingCost,
  HOURS_PER_MONTH,
  labellingCost,
  payPerUseServingCost,
  peopleCost,
  trainingComputeCost,
} from '../../../src/math/lifecycle-costs';

describe('lifecycle costs', () => {
  it('multiply out by hand', () => {
    expect(labellingCost(20_000, 2, 0.06)).toBeCloseTo(2400, 9); // 40,000 labels × 0.06
    expect(trainingComputeCost(15, 8, 6, 2.5)).toBe(1800); // 15 runs × 48 GPU-hours × 2.5
    expect(peopleCost(2, 3, 12_000)).toBe(72_000);
    expect(payPerUseServingCost(300_000, 800, 0.5)).toBeCloseTo(120, 9); // 240M tokens × 0.5 per M
    expect(HOURS_PER_MONTH).toBe(720);
    expect(dedicatedServingCost(1, 1.2)).toBeCloseTo(864, 9);
  });

  it('break-even traffic makes the two serving bills equal', () => {
    const requests = breakEvenRequests(864, 800, 0.5);
    // 864 / (0.0008 × 0.5) = 864 / 0.0004 = 2,160,000 requests
    expect(requests).toBeCloseTo(2_160_000, 3);
    expect(payPerUseServingCost(requests, 800, 0.5)).toBeCloseTo(864, 6);
  });
});
