/** Property tests over random scenarios (seeded, so failures reproduce). */
import { describe, expect, it } from 'vitest';
import { project } from '../../../src/worksheet/model/project';
import { tornado } from '../../../src/worksheet/model/sensitivity';
import { presetScenario } from '../../../src/worksheet/model/presets';
import type { Scenario } from '../../../src/worksheet/model/types';
import { fraction, monthlyRate, months, usd } from '../../../src/worksheet/model/units';
import { seededRandom } from './rng';

const random = seededRandom(42);
const between = (lo: number, hi: number) => lo + random() * (hi - lo);

function randomScenario(): Scenario {
  const base = presetScenario('hybrid', 'p', 'p');
  return {
    ...base,
    horizonMonths: months(1 + Math.floor(random() * 60)),
    subscription: { enabled: true, pricePerMonth: usd(between(0, 100)), startSubscribers: between(0, 1e4), newSubscribersMonth1: between(0, 1e3), growth: monthlyRate(between(-0.5, 0.5)), churn: monthlyRate(between(0, 1)), callsPerSubscriber: between(0, 500) },
    api: { ...base.api, enabled: true, pricePer1kCalls: usd(between(0, 5)), callsMonth1: between(0, 1e7), growth: monthlyRate(between(-0.5, 0.5)) },
    ads: { ...base.ads, enabled: true, usersMonth1: between(0, 1e5), growth: monthlyRate(between(-0.5, 0.5)), impressionsPerUser: between(0, 100), cpm: usd(between(0, 10)), callsPerUser: between(0, 50) },
    enterprise: { enabled: true, newContractsMonth1: between(0, 3), growth: monthlyRate(between(-0.5, 0.5)), contractMonths: months(1 + Math.floor(random() * 24)), monthlyFee: usd(between(0, 5e4)), fineTuneCostPerContract: usd(between(0, 5e4)) },
    paymentFeeRate: fraction(between(0, 0.1)),
  };
}

const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('model properties', () => {
  it('a higher price never lowers that stream’s revenue, month by month', () => {
    for (let i = 0; i < 200; i++) {
      const s = randomScenario();
      const k = 1 + random();
      const pairs: [Scenario, 'revenueSubscription' | 'revenueApi' | 'revenueAds' | 'revenueEnterprise'][] = [
        [{ ...s, subscription: { ...s.subscription, pricePerMonth: usd(s.subscription.pricePerMonth * k) } }, 'revenueSubscription'],
        [{ ...s, api: { ...s.api, pricePer1kCalls: usd(s.api.pricePer1kCalls * k) } }, 'revenueApi'],
        [{ ...s, ads: { ...s.ads, cpm: usd(s.ads.cpm * k) } }, 'revenueAds'],
        [{ ...s, enterprise: { ...s.enterprise, monthlyFee: usd(s.enterprise.monthlyFee * k) } }, 'revenueEnterprise'],
      ];
      const before = project(s).rows;
      for (const [higher, column] of pairs) {
        const after = project(higher).rows;
        after.forEach((row, m) => expect(row[column]).toBeGreaterThanOrEqual((before[m]?.[column] ?? 0) * (1 - 1e-12)));
      }
    }
  });

  it('more churn never raises subscribers; a pricier GPU never lowers inference cost', () => {
    for (let i = 0; i < 200; i++) {
      const s = randomScenario();
      const churnier = { ...s, subscription: { ...s.subscription, churn: monthlyRate(Math.min(1, s.subscription.churn + random() * 0.2)) } };
      project(churnier).rows.forEach((row, m) => expect(row.subscribers).toBeLessThanOrEqual((project(s).rows[m]?.subscribers ?? 0) * (1 + 1e-12)));
      const pricier = { ...s, gpus: s.gpus.map((g) => ({ ...g, pricePerHour: usd(g.pricePerHour * 2) })) };
      expect(total(project(pricier).rows.map((r) => r.inferenceCost))).toBeGreaterThanOrEqual(total(project(s).rows.map((r) => r.inferenceCost)));
    }
  });

  it('cash is starting cash plus all net income and funding (accounting identity)', () => {
    for (let i = 0; i < 100; i++) {
      const s = randomScenario();
      const rows = project(s).rows;
      const expected = s.startingCash + total(rows.map((r) => r.netIncome + r.funding));
      expect(rows.at(-1)?.cash).toBeCloseTo(expected, 3);
      rows.forEach((r) => expect(r.revenue).toBeCloseTo(r.revenueSubscription + r.revenueApi + r.revenueAds + r.revenueEnterprise, 6));
    }
  });
});

describe('sensitivity', () => {
  it('moves final cash the right way for price and team cost, widest bar first', () => {
    const s = presetScenario('hybrid', 'h', 'h');
    const t = tornado(s, 'finalCash');
    const price = t.bars.find((b) => b.lever === 'subscriptionPrice');
    const team = t.bars.find((b) => b.lever === 'teamCost');
    expect(price && price.high > price.low).toBe(true);
    expect(team && team.high < team.low).toBe(true);
    const swings = t.bars.map((b) => Math.abs(b.high - b.low));
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    // Streams that are off have no bar (hybrid has no ads).
    expect(t.bars.some((b) => b.lever === 'adsCpm')).toBe(false);
  });

  it('moves all acquisition spend, attributed to streams or not: hybrid spends $25k a month, so ±20 % swings final cash by 0.4 · 25,000 · 36 = $360,000', () => {
    const hybrid = presetScenario('hybrid', 'h', 'h');
    const bar = tornado(hybrid, 'finalCash').bars.find((b) => b.lever === 'acquisition');
    expect(bar && bar.low - bar.high).toBeCloseTo(360_000, 3);
  });

  it('reports a never-reached break-even as H + 1', () => {
    const s = { ...presetScenario('hybrid', 'h', 'h'), horizonMonths: months(2) };
    const t = tornado(s, 'breakEvenMonth');
    expect(t.never).toBe(3);
    expect(t.base).toBe(3);
  });
});
