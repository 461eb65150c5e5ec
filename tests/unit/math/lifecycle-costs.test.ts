import { describe, expect, it } from 'vitest';
import {
  breakEvenRequests,
  costPer1000Calls,
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

  it('prices 1,000 calls served one at a time from a latency and an hourly price', () => {
    // 2 ms × 1,000 calls = 2 s; at USD 0.10 per hour (3,600 s) that is 2 × 0.10 / 3,600 = 0.0000556.
    expect(costPer1000Calls(2, 0.1)).toBeCloseTo(0.2 / 3600, 15);
    // 36 ms × 1,000 = 36 s = 1/100 h; at USD 5 per hour: 0.05.
    expect(costPer1000Calls(36, 5)).toBeCloseTo(0.05, 15);
    expect(costPer1000Calls(0, 5)).toBe(0);
  });

  it('break-even traffic makes the two serving bills equal', () => {
    const requests = breakEvenRequests(864, 800, 0.5);
    // 864 / (0.0008 × 0.5) = 864 / 0.0004 = 2,160,000 requests
    expect(requests).toBeCloseTo(2_160_000, 3);
    expect(payPerUseServingCost(requests, 800, 0.5)).toBeCloseTo(864, 6);
  });
});
