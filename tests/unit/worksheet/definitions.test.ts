/**
 * The sharpened definitions on hand-computed cases: sustained vs first
 * break-even, cash-out / runway / rescue, cash payback, payment fees per
 * stream, and per-stream unit economics (CAC, LTV with the stream's own
 * margin, LTV/CAC, payback), with their edges.
 */
import { describe, expect, it } from 'vitest';
import { project } from '../../../src/worksheet/model/project';
import { summarize } from '../../../src/worksheet/model/summary';
import type { Scenario } from '../../../src/worksheet/model/types';
import { fraction, monthlyRate, months, usd } from '../../../src/worksheet/model/units';
import { blankScenario } from './fixtures';

const run = (s: Scenario) => {
  const projection = project(s);
  return { rows: projection.rows, summary: summarize(s, projection) };
};

/** API revenue $1,000 a month (1,000 calls·k at $1 per 1,000 calls), no fees, plus a team plan that sets the costs. */
function withTeam(plan: { fromMonth: number; headcount: number }[], horizon: number): Scenario {
  const b = blankScenario(horizon);
  return {
    ...b,
    api: { ...b.api, enabled: true, pricePer1kCalls: usd(1), callsMonth1: 1_000_000 },
    team: { costPerPersonMonth: usd(400), plan: plan.map((p) => ({ fromMonth: months(p.fromMonth), headcount: p.headcount })) },
  };
}

describe('break-even: first and sustained', () => {
  it('net income that dips after turning positive: first = 1, sustained = the month it stays ≥ 0', () => {
    // Team: 2 people ($800) months 1–2, 3 people ($1,200) months 3–4, 1 person ($400) from month 5.
    // Net income = 1,000 − team: +200, +200, −200, −200, +600, +600.
    const s = withTeam([{ fromMonth: 1, headcount: 2 }, { fromMonth: 3, headcount: 3 }, { fromMonth: 5, headcount: 1 }], 6);
    const { rows, summary } = run(s);
    expect(rows.map((r) => r.netIncome)).toEqual([200, 200, -200, -200, 600, 600]);
    expect(summary.breakEvenMonth).toBe(1);
    expect(summary.sustainedBreakEvenMonth).toBe(5);
  });

  it('a negative last month means no sustained break-even; zero net income counts as break-even', () => {
    // Team 800, 800, 800, 1,200 → net +200, +200, +200, −200.
    const s: Scenario = { ...withTeam([{ fromMonth: 1, headcount: 2 }, { fromMonth: 4, headcount: 3 }], 4) };
    expect(run(s).summary.sustainedBreakEvenMonth).toBeNull();
    expect(run(s).summary.breakEvenMonth).toBe(1);
    // Five people at $200 cost exactly the $1,000 of revenue: net income 0 every month → sustained from month 1.
    const flat: Scenario = { ...withTeam([{ fromMonth: 1, headcount: 5 }], 3), team: { costPerPersonMonth: usd(200), plan: [{ fromMonth: months(1), headcount: 5 }] } };
    expect(run(flat).rows.map((r) => r.netIncome)).toEqual([0, 0, 0]);
    expect(run(flat).summary.sustainedBreakEvenMonth).toBe(1);
  });
});

describe('runway, cash-out and rescue', () => {
  it('funding that rescues a cash-out: "needs the month-4 round"', () => {
    // Costs $1,000 a month, no revenue, $2,500 starting cash, $5,000 round in month 4.
    // Cash: 1,500, 500, −500, 3,500, 2,500. Cash-out month 3 → runway 2 months; back ≥ 0 in month 4, when the round lands.
    const s: Scenario = { ...blankScenario(5), fixedMonthly: usd(1000), startingCash: usd(2500), funding: [{ month: months(4), amount: usd(5000) }] };
    const { rows, summary } = run(s);
    expect(rows.map((r) => r.cash)).toEqual([1500, 500, -500, 3500, 2500]);
    expect(summary.cashOutMonth).toBe(3);
    expect(summary.runwayMonths).toBe(2);
    expect(summary.recoveryMonth).toBe(4);
    expect(summary.rescueRoundMonth).toBe(4);
  });

  it('a round too small to rescue, then recovery by operations: recovery without a rescue round', () => {
    // Net income −1,000 in months 1–2 (team of 2 at $1,000 vs revenue $1,000), then +1,000 (team leaves).
    // Starting cash $500, round of $100 in month 2: cash −500, −1,400, −400, 600.
    const b = withTeam([{ fromMonth: 1, headcount: 5 }, { fromMonth: 3, headcount: 0 }], 4);
    const s: Scenario = { ...b, startingCash: usd(500), funding: [{ month: months(2), amount: usd(100) }] };
    const { rows, summary } = run(s);
    expect(rows.map((r) => r.cash)).toEqual([-500, -1400, -400, 600]);
    expect(summary.cashOutMonth).toBe(1);
    expect(summary.runwayMonths).toBe(0);
    expect(summary.recoveryMonth).toBe(4);
    expect(summary.rescueRoundMonth).toBeNull();
  });

  it('cash that never goes below zero: no cash-out, runway beyond the horizon', () => {
    const s: Scenario = { ...blankScenario(3), fixedMonthly: usd(10), startingCash: usd(30) };
    // Cash 20, 10, 0: zero is not below zero.
    const { summary } = run(s);
    expect(summary.cashOutMonth).toBeNull();
    expect(summary.runwayMonths).toBeNull();
    expect(summary.recoveryMonth).toBeNull();
  });
});

describe('cash payback', () => {
  it('is the first month cumulative operating cash flow (funding excluded) turns non-negative', () => {
    // Revenue $1,000 and a $600 team every month, plus a $1,000 training run in month 1: net −600, +400, +400, +400.
    // Cumulative: −600, −200, +200 → payback month 3. A $10,000 round in month 1 must not change it.
    const b = withTeam([{ fromMonth: 1, headcount: 1 }], 4);
    const s: Scenario = {
      ...b,
      team: { costPerPersonMonth: usd(600), plan: [{ fromMonth: months(1), headcount: 1 }] },
      fixedMonthly: usd(0),
      labelling: { labelsPerMonth: 0, costPerLabel: usd(0) },
      // 6 · 1e9 · 1.5e11 = 9e20 FLOPs; / (1e15 · 0.5 · 3600) = 500 GPU-hours · $2 = $1,000 in month 1.
      training: { gpuId: 'g', utilisation: fraction(0.5), runs: [{ month: months(1), parameters: 1e9, tokens: 1.5e11 }] },
      funding: [{ month: months(1), amount: usd(10_000) }],
    };
    const { rows, summary } = run(s);
    expect(rows.map((r) => Math.round(r.cumulativeCashFlow))).toEqual([-600, -200, 200, 600]);
    expect(summary.cashPaybackMonth).toBe(3);
  });

  it('never, when the cumulative flow stays negative', () => {
    const s: Scenario = { ...blankScenario(3), fixedMonthly: usd(1), startingCash: usd(1e6), funding: [{ month: months(1), amount: usd(1e6) }] };
    expect(run(s).summary.cashPaybackMonth).toBeNull();
  });
});

describe('payment fees per stream', () => {
  it('charge only the card-paid streams: by default subscription and API, not advertising or enterprise', () => {
    // Revenue: subscription 100 · $10 = $1,000; API 1,000k calls · $1 = $1,000; ads 1,000 users · 100 imp. / 1000 · $10 = $1,000;
    // enterprise 1 contract · $1,000. Fee 10 % on subscription + API = $200 (not $400).
    const b = blankScenario(1);
    const s: Scenario = {
      ...b,
      subscription: { ...b.subscription, enabled: true, pricePerMonth: usd(10), startSubscribers: 100 },
      api: { ...b.api, enabled: true, pricePer1kCalls: usd(1), callsMonth1: 1_000_000 },
      ads: { ...b.ads, enabled: true, usersMonth1: 1000, impressionsPerUser: 100, cpm: usd(10) },
      enterprise: { ...b.enterprise, enabled: true, newContractsMonth1: 1, monthlyFee: usd(1000) },
      paymentFeeRate: fraction(0.1),
    };
    expect(run(s).rows[0]?.revenue).toBe(4000);
    expect(run(s).rows[0]?.paymentFees).toBeCloseTo(200, 9);
    // Tick every stream as card-paid: 10 % of $4,000 = $400.
    const all: Scenario = { ...s, paymentFeeStreams: { subscription: true, api: true, ads: true, enterprise: true } };
    expect(run(all).rows[0]?.paymentFees).toBeCloseTo(400, 9);
  });
});

describe('unit economics per stream', () => {
  it('subscription: CAC, LTV with its own margin, LTV/CAC and payback', () => {
    // 100 new subscribers a month for 2 months at $50, churn 10 %, 20 % fees, $1,000 a month attributed.
    // New customers 200, spend $2,000 → CAC $10. Subscribers 100, 190 → revenue 5,000 + 9,500 = 14,500 over 290
    // subscriber-months → $50 per customer-month. Margin 80 % → LTV 50 · 0.8 / 0.1 = $400; LTV/CAC 40; payback 10 / 40 = 0.25.
    const b = blankScenario(2);
    const s: Scenario = {
      ...b,
      subscription: { enabled: true, pricePerMonth: usd(50), startSubscribers: 0, newSubscribersMonth1: 100, growth: monthlyRate(0), churn: monthlyRate(0.1), callsPerSubscriber: 0 },
      paymentFeeRate: fraction(0.2),
      acquisitionByStream: { ...b.acquisitionByStream, subscription: usd(1000) },
    };
    const sub = run(s).summary.streams.find((x) => x.stream === 'subscription');
    expect(sub?.newCustomers).toBe(200);
    expect(sub?.cac).toBeCloseTo(10, 9);
    expect(sub?.revenuePerCustomerMonth).toBeCloseTo(50, 9);
    expect(sub?.grossMarginShare).toBeCloseTo(0.8, 12);
    expect(sub?.ltv).toBeCloseTo(400, 9);
    expect(sub?.ltvToCac).toBeCloseTo(40, 9);
    expect(sub?.paybackMonths).toBeCloseTo(0.25, 9);
  });

  it('each stream uses its own margin: API inference and fees do not lower the enterprise margin', () => {
    // API: 1,000k calls at $2 per 1,000 = $2,000, inference $1 per 1,000 calls = $1,000, fee 10 % = $200 → margin 40 %.
    // Enterprise: 1 contract a month for 1 month at $5,000, fine-tuning $500, invoiced (no fee) → margin 90 %.
    // API accounts: 10 new, churn 5 % → 10 account-months, $200 per account-month, LTV 200 · 0.4 / 0.05 = $1,600.
    // Enterprise LTV = $5,000 · 0.9 · L (L = 12) = $54,000. Spend: API $1,000 → CAC $100; enterprise $9,000 → CAC $9,000.
    const b = blankScenario(1);
    const s: Scenario = {
      ...b,
      api: { ...b.api, enabled: true, pricePer1kCalls: usd(2), callsMonth1: 1_000_000, newAccountsMonth1: 10, accountChurn: monthlyRate(0.05) },
      enterprise: { enabled: true, newContractsMonth1: 1, growth: monthlyRate(0), contractMonths: months(12), monthlyFee: usd(5000), fineTuneCostPerContract: usd(500) },
      inference: { ...b.inference, costPer1kCalls: usd(1) },
      paymentFeeRate: fraction(0.1),
      acquisitionByStream: { ...b.acquisitionByStream, api: usd(1000), enterprise: usd(9000) },
    };
    const { summary } = run(s);
    const api = summary.streams.find((x) => x.stream === 'api');
    const ent = summary.streams.find((x) => x.stream === 'enterprise');
    expect(api?.grossMarginShare).toBeCloseTo(0.4, 12);
    expect(api?.cac).toBeCloseTo(100, 9);
    expect(api?.ltv).toBeCloseTo(1600, 6);
    expect(api?.ltvToCac).toBeCloseTo(16, 9);
    expect(ent?.grossMarginShare).toBeCloseTo(0.9, 12);
    expect(ent?.cac).toBeCloseTo(9000, 9);
    expect(ent?.ltv).toBeCloseTo(54000, 6);
    expect(ent?.ltvToCac).toBeCloseTo(6, 9);
    // Blended: CAC = 10,000 / 11 customers; LTV = (1,600·10 + 54,000·1) / 11 = 70,000 / 11.
    expect(summary.cac).toBeCloseTo(10000 / 11, 9);
    expect(summary.ltv).toBeCloseTo(70000 / 11, 6);
    // Blended payback = 10,000 / (10 · 200 · 0.4 + 1 · 5,000 · 0.9) = 10,000 / 5,300 months.
    expect(summary.paybackMonths).toBeCloseTo(10000 / 5300, 9);
  });

  it('a stream with no new customers has no CAC; advertising without advertisers is marked as having none', () => {
    const b = blankScenario(3);
    const s: Scenario = {
      ...b,
      api: { ...b.api, enabled: true, pricePer1kCalls: usd(1), callsMonth1: 1000, newAccountsMonth1: 0 },
      ads: { ...b.ads, enabled: true, usersMonth1: 100, impressionsPerUser: 10, cpm: usd(5), newAdvertisersMonth1: 0 },
      acquisitionByStream: { ...b.acquisitionByStream, api: usd(500), ads: usd(700) },
    };
    const { summary } = run(s);
    const api = summary.streams.find((x) => x.stream === 'api');
    const ads = summary.streams.find((x) => x.stream === 'ads');
    expect(api?.countsCustomers).toBe(true);
    expect(api?.newCustomers).toBe(0);
    expect(api?.cac).toBeNull();
    expect(api?.ltvToCac).toBeNull();
    expect(ads?.countsCustomers).toBe(false);
    expect(ads?.cac).toBeNull();
    expect(ads?.ltv).toBeNull();
    // Spend still counts: 3 · (500 + 700) = $3,600 of acquisition, and no customers → no blended CAC.
    expect(project(s).rows.reduce((sum, r) => sum + r.acquisitionCost, 0)).toBe(3600);
    expect(summary.cac).toBeNull();
  });

  it('zero acquisition spend: CAC $0, payback 0 months, LTV/CAC undefined', () => {
    const b = blankScenario(1);
    const s: Scenario = { ...b, subscription: { ...b.subscription, enabled: true, pricePerMonth: usd(10), newSubscribersMonth1: 5, churn: monthlyRate(0.5) } };
    const sub = run(s).summary.streams.find((x) => x.stream === 'subscription');
    expect(sub?.cac).toBe(0);
    expect(sub?.paybackMonths).toBe(0);
    expect(sub?.ltv).toBeCloseTo(20, 9); // 10 · 100 % / 0.5
    expect(sub?.ltvToCac).toBeNull();
  });

  it('a stream that is off spends nothing on acquisition and has no row', () => {
    const b = blankScenario(2);
    const s: Scenario = { ...b, acquisitionMonthly: usd(5), acquisitionByStream: { ...b.acquisitionByStream, ads: usd(1000) } };
    const { rows, summary } = run(s);
    expect(rows.map((r) => r.acquisitionCost)).toEqual([5, 5]);
    expect(summary.streams).toEqual([]);
  });
});
