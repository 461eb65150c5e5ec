/** GPU capacity at peak, worked by hand with round numbers (a month is 730 h = 2,628,000 s). */
import { describe, expect, it } from 'vitest';
import { capacityFor, gpusForPeak, SECONDS_PER_MONTH } from '../../../src/worksheet/model/capacity';
import { project } from '../../../src/worksheet/model/project';
import { summarize } from '../../../src/worksheet/model/summary';
import type { Scenario } from '../../../src/worksheet/model/types';
import { fraction, usd } from '../../../src/worksheet/model/units';
import { blankScenario } from './fixtures';

const gpu = blankScenario().gpus[0]; // $2 per GPU-hour
const capacity = { ...blankScenario().capacity, peakToAverage: 3, throughputTokensPerSecond: 1000, reservedDiscount: fraction(0.25) };

describe('capacity at peak', () => {
  it('one call a second of 1,000 tokens, peak ×3, 1,000 tokens/s per GPU', () => {
    expect(SECONDS_PER_MONTH).toBe(2_628_000);
    // average = 2,628,000 calls · 1,000 tokens / 2,628,000 s = 1,000 tokens/s; peak 3,000 → ⌈3,000 / 1,000⌉ = 3 GPUs.
    // reserved = 3 · 730 h · $2 · (1 − 0.25) = $3,285; on-demand = 1,000 / 1,000 · 730 · $2 = $1,460; utilisation 1,000 / 3,000.
    const c = capacityFor(2_628_000, 1000, capacity, gpu);
    expect(c.averageTokensPerSecond).toBeCloseTo(1000, 9);
    expect(c.peakTokensPerSecond).toBeCloseTo(3000, 9);
    expect(c.gpusAtPeak).toBe(3);
    expect(c.reservedCost).toBeCloseTo(3285, 6);
    expect(c.onDemandCost).toBeCloseTo(1460, 6);
    expect(c.utilisation).toBeCloseTo(1 / 3, 12);
  });

  it('rounds up to whole GPUs, but not for float noise; no traffic needs no GPU', () => {
    expect(gpusForPeak(2000.0000000001, 1000)).toBe(2);
    expect(gpusForPeak(2001, 1000)).toBe(3);
    const idle = capacityFor(0, 1000, capacity, gpu);
    expect(idle.gpusAtPeak).toBe(0);
    expect(idle.utilisation).toBeNull();
    expect(idle.reservedCost).toBe(0);
    expect(idle.onDemandCost).toBe(0);
  });

  it('in capacity mode the GPU bill is the inference cost, shared by the streams by their calls', () => {
    // API: 2,628,000 calls a month at $2 per 1,000 = $5,256 revenue; subscribers: 1,000 · 2,628 calls = another 2,628,000.
    // Calls 5,256,000 → average 2,000 tokens/s, peak 6,000 → 6 GPUs → reserved 6 · 730 · 2 · 0.75 = $6,570 a month,
    // half of it the API's (half the calls): its margin (5,256 − 3,285 − 3 % fee 157.68) / 5,256.
    const b = blankScenario(2);
    const s: Scenario = {
      ...b,
      api: { ...b.api, enabled: true, pricePer1kCalls: usd(2), callsMonth1: 2_628_000 },
      subscription: { ...b.subscription, enabled: true, pricePerMonth: usd(10), startSubscribers: 1000, callsPerSubscriber: 2628 },
      inference: { ...b.inference, mode: 'capacity', tokensPerCall: 1000 },
      capacity: { ...capacity, pricing: 'reserved' },
      paymentFeeRate: fraction(0.03),
    };
    const projection = project(s);
    expect(projection.rows.map((r) => r.gpusAtPeak)).toEqual([6, 6]);
    expect(projection.rows[0]?.inferenceCost).toBeCloseTo(6570, 6);
    // Effective cost per 1,000 calls: 6,570 / 5,256 = $1.25.
    expect(projection.inferenceCostPer1k).toBeCloseTo(1.25, 9);
    const api = summarize(s, projection).streams.find((x) => x.stream === 'api');
    expect(api?.grossMarginShare).toBeCloseTo((5256 - 3285 - 157.68) / 5256, 9);
    // On demand instead: 2,000 / 1,000 · 730 · $2 = $2,920 a month.
    expect(project({ ...s, capacity: { ...s.capacity, pricing: 'onDemand' } }).rows[0]?.inferenceCost).toBeCloseTo(2920, 6);
  });
});
