import { describe, expect, it } from 'vitest';
import { project, headcountAt } from '../../../src/worksheet/model/project';
import { summarize } from '../../../src/worksheet/model/summary';
import { inferenceCostPer1k, trainingRunCost } from '../../../src/worksheet/model/compute';
import type { Scenario } from '../../../src/worksheet/model/types';
import { fraction, monthlyRate, months, usd } from '../../../src/worksheet/model/units';
import { blankScenario } from './fixtures';

const col = (s: Scenario, key: 'revenue' | 'cash' | 'subscribers' | 'netIncome' | 'inferenceCost' | 'activeContracts' | 'revenueEnterprise' | 'fineTuningCost' | 'operatingCosts' | 'teamCost' | 'trainingCost' | 'revenueAds' | 'revenueApi' | 'revenueSubscription' | 'paymentFees' | 'costOfRevenue') =>
  project(s).rows.map((r) => r[key]);

describe('subscription stream', () => {
  it('follows S_m = S_{m-1}(1-c) + N_1(1+g)^(m-1), revenue S_m·P', () => {
    const s: Scenario = { ...blankScenario(3), subscription: { enabled: true, pricePerMonth: usd(10), startSubscribers: 100, newSubscribersMonth1: 10, growth: monthlyRate(0.5), churn: monthlyRate(0.1), callsPerSubscriber: 0 } };
    // N = 10, 15, 22.5
    // S1 = 100·0.9 + 10 = 100; S2 = 100·0.9 + 15 = 105; S3 = 105·0.9 + 22.5 = 117
    const subs = col(s, 'subscribers');
    expect(subs[0]).toBeCloseTo(100, 10);
    expect(subs[1]).toBeCloseTo(105, 10);
    expect(subs[2]).toBeCloseTo(117, 10);
    // revenue = S·10 → 1000, 1050, 1170
    expect(col(s, 'revenueSubscription').map((v) => Math.round(v * 1e6) / 1e6)).toEqual([1000, 1050, 1170]);
  });

  it('zero churn and zero growth with no new subscribers keep subscribers constant', () => {
    const s: Scenario = { ...blankScenario(24), subscription: { ...blankScenario().subscription, enabled: true, pricePerMonth: usd(5), startSubscribers: 250 } };
    expect(col(s, 'subscribers').every((v) => v === 250)).toBe(true);
    expect(col(s, 'revenue').every((v) => v === 1250)).toBe(true);
  });

  it('subscriber calls cost inference: 200 subs · 50 calls = 10,000 calls → 10 · $3 = $30', () => {
    const s: Scenario = {
      ...blankScenario(1),
      subscription: { ...blankScenario().subscription, enabled: true, startSubscribers: 200, callsPerSubscriber: 50 },
      inference: { ...blankScenario().inference, costPer1kCalls: usd(3) },
    };
    expect(col(s, 'inferenceCost')).toEqual([30]);
  });
});

describe('API stream', () => {
  it('C_m = C_1(1+g)^(m-1); revenue C/1000·price; inference C/1000·cost', () => {
    const s: Scenario = {
      ...blankScenario(3),
      api: { ...blankScenario().api, enabled: true, pricePer1kCalls: usd(2), callsMonth1: 10_000, growth: monthlyRate(1) },
      inference: { ...blankScenario().inference, costPer1kCalls: usd(0.5) },
    };
    // calls 10,000, 20,000, 40,000 → revenue 20, 40, 80; inference 5, 10, 20
    expect(col(s, 'revenueApi')).toEqual([20, 40, 80]);
    expect(col(s, 'inferenceCost')).toEqual([5, 10, 20]);
  });
});

describe('advertising stream', () => {
  it('revenue U·impressions/1000·CPM; own calls U·callsPerUser cost inference', () => {
    const s: Scenario = {
      ...blankScenario(2),
      ads: { ...blankScenario().ads, enabled: true, usersMonth1: 1000, growth: monthlyRate(0.1), impressionsPerUser: 50, cpm: usd(4), callsPerUser: 2 },
      inference: { ...blankScenario().inference, costPer1kCalls: usd(1) },
    };
    // U = 1000, 1100. Revenue 1000·50/1000·4 = 200; 1100·50/1000·4 = 220
    const ads = col(s, 'revenueAds');
    expect(ads[0]).toBeCloseTo(200, 9);
    expect(ads[1]).toBeCloseTo(220, 9);
    // calls 2000, 2200 → inference 2, 2.2
    const inf = col(s, 'inferenceCost');
    expect(inf[0]).toBeCloseTo(2, 9);
    expect(inf[1]).toBeCloseTo(2.2, 9);
  });
});

describe('enterprise stream', () => {
  const ent = (L: number, horizon: number): Scenario => ({
    ...blankScenario(horizon),
    enterprise: { enabled: true, newContractsMonth1: 1, growth: monthlyRate(0), contractMonths: months(L), monthlyFee: usd(1000), fineTuneCostPerContract: usd(300) },
  });

  it('A_m sums the last L months of new contracts', () => {
    // K = 1 each month, L = 3 → A = 1, 2, 3, 3, 3
    expect(col(ent(3, 5), 'activeContracts')).toEqual([1, 2, 3, 3, 3]);
    expect(col(ent(3, 5), 'revenueEnterprise')).toEqual([1000, 2000, 3000, 3000, 3000]);
    expect(col(ent(3, 5), 'fineTuningCost')).toEqual([300, 300, 300, 300, 300]);
  });

  it('a contract length of 1 keeps only this month’s contracts', () => {
    expect(col(ent(1, 4), 'activeContracts')).toEqual([1, 1, 1, 1]);
  });

  it('fractional contracts with growth: K = 0.5, 1, 2 and L = 2 → A = 0.5, 1.5, 3', () => {
    const s: Scenario = { ...ent(2, 3), enterprise: { ...ent(2, 3).enterprise, newContractsMonth1: 0.5, growth: monthlyRate(1) } };
    expect(col(s, 'activeContracts')).toEqual([0.5, 1.5, 3]);
  });
});

describe('compute costs', () => {
  const gpus = blankScenario().gpus;

  it('derives inference cost per 1,000 calls from 2·N·T', () => {
    // 2 · 1e9 params · 500 tokens = 1e12 FLOPs per call; ×1000 = 1e15 FLOPs.
    // GPU-hours = 1e15 / (1e15 · 0.5 · 3600) = 1/1800 h; cost = 2/1800 = $0.00111…
    const cost = inferenceCostPer1k({ mode: 'derived', costPer1kCalls: usd(99), parameters: 1e9, tokensPerCall: 500, gpuId: 'g', utilisation: fraction(0.5), costSource: '' }, gpus);
    expect(cost).toBeCloseTo(2 / 1800, 12);
  });

  it('uses the direct figure in direct mode', () => {
    expect(inferenceCostPer1k({ mode: 'direct', costPer1kCalls: usd(0.7), parameters: 1e9, tokensPerCall: 500, gpuId: 'g', utilisation: fraction(0.5), costSource: '' }, gpus)).toBe(0.7);
  });

  it('costs a training run at 6·N·D', () => {
    // 6 · 1e9 · 3e11 = 1.8e21 FLOPs; / (1e15 · 0.5 · 3600 = 1.8e18) = 1000 GPU-hours; · $2 = $2000
    expect(trainingRunCost({ month: months(1), parameters: 1e9, tokens: 3e11 }, gpus[0], fraction(0.5))).toBeCloseTo(2000, 6);
  });
});

describe('costs and cash', () => {
  it('adds every cost in its month and carries cash', () => {
    const s: Scenario = {
      ...blankScenario(3),
      api: { ...blankScenario().api, enabled: true, pricePer1kCalls: usd(10), callsMonth1: 100_000, growth: monthlyRate(0) },
      inference: { ...blankScenario().inference, costPer1kCalls: usd(1) },
      paymentFeeRate: fraction(0.05),
      training: { gpuId: 'g', utilisation: fraction(0.5), runs: [{ month: months(2), parameters: 1e9, tokens: 3e11 }] },
      labelling: { labelsPerMonth: 100, costPerLabel: usd(2) },
      team: { costPerPersonMonth: usd(100), plan: [{ fromMonth: months(1), headcount: 2 }, { fromMonth: months(3), headcount: 5 }] },
      fixedMonthly: usd(50),
      acquisitionMonthly: usd(30),
      startingCash: usd(1000),
      funding: [{ month: months(3), amount: usd(5000) }],
    };
    // revenue 100 (k calls) · 10 = 1000 each month; inference 100 · 1 = 100; fees 5 % = 50 → cost of revenue 150
    expect(col(s, 'costOfRevenue')).toEqual([150, 150, 150]);
    // opex m1: labels 200 + team 200 + fixed 50 + acq 30 = 480
    // m2: + training 2000 = 2480; m3: team 500 → 200 + 500 + 50 + 30 = 780
    const opex = col(s, 'operatingCosts');
    expect(opex[0]).toBeCloseTo(480, 9);
    expect(opex[1]).toBeCloseTo(2480, 6);
    expect(opex[2]).toBeCloseTo(780, 9);
    // net = 850 − opex: 370, −1630, 70; cash 1000 → 1370 → −260 → −260 + 70 + 5000 = 4810
    const cash = col(s, 'cash');
    expect(cash[0]).toBeCloseTo(1370, 6);
    expect(cash[1]).toBeCloseTo(-260, 6);
    expect(cash[2]).toBeCloseTo(4810, 6);

    const summary = summarize(s, project(s));
    expect(summary.breakEvenMonth).toBe(1);
    expect(summary.runwayMonths).toBe(1); // cash first negative in month 2
    expect(summary.finalCash).toBeCloseTo(4810, 6);
    // revenue 3000; costs 450 + 3740 = 4190; ROI = (3000 − 4190)/4190
    expect(summary.roi).toBeCloseTo((3000 - 4190) / 4190, 9);
  });

  it('headcount follows the last step started', () => {
    const plan = [{ fromMonth: months(5), headcount: 9 }, { fromMonth: months(2), headcount: 3 }];
    expect([1, 2, 4, 5, 8].map((m) => headcountAt(plan, m))).toEqual([0, 3, 3, 9, 9]);
  });

  it('ignores training and funding events past the horizon', () => {
    const s: Scenario = { ...blankScenario(2), funding: [{ month: months(3), amount: usd(1e6) }], training: { ...blankScenario().training, runs: [{ month: months(5), parameters: 1e9, tokens: 1e9 }] } };
    expect(col(s, 'cash')).toEqual([0, 0]);
  });
});

describe('summary metrics', () => {
  it('computes CAC, LTV, LTV/CAC and payback for subscriptions', () => {
    const s: Scenario = {
      ...blankScenario(2),
      subscription: { enabled: true, pricePerMonth: usd(50), startSubscribers: 0, newSubscribersMonth1: 100, growth: monthlyRate(0), churn: monthlyRate(0.1), callsPerSubscriber: 0 },
      paymentFeeRate: fraction(0.2),
      acquisitionMonthly: usd(1000),
    };
    // new subs 100 + 100 = 200; acquisition 2000 → CAC = 10
    // gross margin share = 80 % (only the 20 % fee) → LTV = 50 · 0.8 / 0.1 = 400; LTV/CAC = 40; payback = 10 / 40 = 0.25 months
    const sum = summarize(s, project(s));
    expect(sum.cac).toBeCloseTo(10, 9);
    expect(sum.grossMarginShare).toBeCloseTo(0.8, 12);
    expect(sum.ltv).toBeCloseTo(400, 9);
    expect(sum.ltvToCac).toBeCloseTo(40, 9);
    expect(sum.paybackMonths).toBeCloseTo(0.25, 9);
  });

  it('reports undefined figures as null', () => {
    const s = blankScenario(3);
    const sum = summarize(s, project(s));
    expect(sum.cac).toBeNull();
    expect(sum.ltv).toBeNull();
    expect(sum.roi).toBeNull();
    expect(sum.breakEvenMonth).toBe(1); // net income 0 ≥ 0
    expect(sum.runwayMonths).toBeNull();
  });

  it('never breaks even and runs out of cash at once when only costs exist', () => {
    const s: Scenario = { ...blankScenario(4), fixedMonthly: usd(10), startingCash: usd(25) };
    const sum = summarize(s, project(s));
    expect(sum.breakEvenMonth).toBeNull();
    // cash 15, 5, −5 → first negative month 3 → runway 2 months
    expect(sum.runwayMonths).toBe(2);
  });
});

describe('horizon edges', () => {
  it('H = 1 gives one row', () => {
    const s: Scenario = { ...blankScenario(1), fixedMonthly: usd(7) };
    const rows = project(s).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cash).toBe(-7);
  });

  it('H = 120 gives 120 finite rows', () => {
    const s: Scenario = { ...blankScenario(120), api: { ...blankScenario().api, enabled: true, pricePer1kCalls: usd(1), callsMonth1: 1000, growth: monthlyRate(0.1) } };
    const rows = project(s).rows;
    expect(rows).toHaveLength(120);
    expect(rows.at(-1)?.month).toBe(120);
    // calls in month 120 = 1000 · 1.1^119
    expect(rows.at(-1)?.apiCalls).toBeCloseTo(1000 * 1.1 ** 119, 0);
    expect(rows.every((r) => Number.isFinite(r.cash))).toBe(true);
  });
});
