/**
 * The Monte Carlo: triangular draws by hand, reproducible with a seed,
 * collapsing to the deterministic projection when every range is a single
 * value, and convergent: two seeds agree within a stated tolerance at the
 * draw count the app uses.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAWS, drawScenario, runMonteCarlo } from '../../../src/worksheet/model/monte-carlo';
import { presetScenario } from '../../../src/worksheet/model/presets';
import { project } from '../../../src/worksheet/model/project';
import { summarize } from '../../../src/worksheet/model/summary';
import { mulberry32, percentileSorted, triangular } from '../../../src/worksheet/model/random';
import { SCALARS } from '../../../src/worksheet/model/scalars';
import type { InputRange, Scenario } from '../../../src/worksheet/model/types';

const withRanges = (s: Scenario, ranges: InputRange[], seed = 1): Scenario => ({ ...s, uncertainty: { seed, ranges } });
const hybrid = presetScenario('hybrid', 'h', 'h');
/** Ranges a founder might give the hybrid preset (likely values: $20, 5 %, 2M calls, $15k, $15k). */
const RANGES: InputRange[] = [
  { input: 'subPrice', low: 15, high: 30 },
  { input: 'subChurn', low: 0.03, high: 0.1 },
  { input: 'apiCalls', low: 1e6, high: 4e6 },
  { input: 'entFee', low: 10_000, high: 20_000 },
  { input: 'personCost', low: 12_000, high: 20_000 },
];

describe('triangular draws and percentiles', () => {
  it('inverts the triangular CDF: a = 0, c = 1, b = 4 (F(c) = 1/4)', () => {
    // u = 0.25 → a + √(0.25 · 4 · 1) = 1 (the mode); u = 0.0625 → √(0.0625 · 4) = 0.5;
    // u = 0.75 → 4 − √(0.25 · 4 · 3) = 4 − √3.
    expect(triangular(0.25, 0, 1, 4)).toBeCloseTo(1, 12);
    expect(triangular(0.0625, 0, 1, 4)).toBeCloseTo(0.5, 12);
    expect(triangular(0.75, 0, 1, 4)).toBeCloseTo(4 - Math.sqrt(3), 12);
    expect(triangular(0.3, 7, 7, 7)).toBe(7);
  });

  it('nearest-rank percentiles: the ⌈p·n⌉-th smallest', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentileSorted(sorted, 0.1)).toBe(1);
    expect(percentileSorted(sorted, 0.5)).toBe(5);
    expect(percentileSorted(sorted, 0.9)).toBe(9);
  });

  it('keeps every draw inside [low, high] and rounds whole-number inputs', () => {
    const s = withRanges(hybrid, [...RANGES, { input: 'entLength', low: 6, high: 18 }]);
    const random = mulberry32(7);
    for (let i = 0; i < 500; i++) {
      const d = drawScenario(s, random);
      expect(d.subscription.pricePerMonth).toBeGreaterThanOrEqual(15);
      expect(d.subscription.pricePerMonth).toBeLessThanOrEqual(30);
      expect(Number.isInteger(d.enterprise.contractMonths)).toBe(true);
      expect(d.enterprise.contractMonths).toBeGreaterThanOrEqual(6);
    }
  });
});

describe('Monte Carlo', () => {
  it('is reproducible: the same seed gives the same result, another seed a different one', () => {
    const s = withRanges(hybrid, RANGES, 42);
    const a = runMonteCarlo(s, 500);
    const b = runMonteCarlo(s, 500);
    expect(b).toEqual(a);
    const c = runMonteCarlo(withRanges(hybrid, RANGES, 43), 500);
    expect(c.cashP50).not.toEqual(a.cashP50);
  });

  it('collapses to the deterministic projection when every range is a single value (all inputs at a bound)', () => {
    // Every range low = high: each input at its bound. At the low bounds the scenario is the hybrid with those
    // values; every draw equals it, so the 10th, 50th and 90th percentiles are its cash, month by month.
    for (const bound of ['low', 'high'] as const) {
      const pinned = RANGES.map((r) => ({ ...r, low: r[bound], high: r[bound] }));
      const atBound = pinned.reduce((s, r) => SCALARS[r.input as keyof typeof SCALARS].set(s, r.low), hybrid);
      const s = withRanges(atBound, pinned);
      const result = runMonteCarlo(s, 200);
      const deterministic = project(atBound);
      const summary = summarize(atBound, deterministic);
      const cash = deterministic.rows.map((r) => r.cash);
      expect(result.cashP10).toEqual(cash);
      expect(result.cashP50).toEqual(cash);
      expect(result.cashP90).toEqual(cash);
      expect(result.sustainedBreakEven.p10).toBe(summary.sustainedBreakEvenMonth);
      expect(result.sustainedBreakEven.p90).toBe(summary.sustainedBreakEvenMonth);
      expect(result.runway.p50).toBe(summary.runwayMonths);
      expect(result.probCashOut).toBe(summary.cashOutMonth === null ? 0 : 1);
    }
  });

  it('with no ranges at all, every draw is the projection', () => {
    const result = runMonteCarlo(withRanges(hybrid, []), 50);
    expect(result.cashP50).toEqual(project(hybrid).rows.map((r) => r.cash));
  });

  it('counts cash-outs: a scenario that always runs out gives probability 1, runway in the histogram', () => {
    // Starting cash $1,000, fixed costs $400–$600 a month, no revenue: cash-out in month 2 or 3 (runway 1 or 2).
    const b = { ...hybrid, subscription: { ...hybrid.subscription, enabled: false }, api: { ...hybrid.api, enabled: false }, enterprise: { ...hybrid.enterprise, enabled: false } };
    const bare: Scenario = { ...b, training: { ...b.training, runs: [] }, labelling: { labelsPerMonth: 0, costPerLabel: b.labelling.costPerLabel }, team: { ...b.team, plan: [] }, acquisitionMonthly: b.acquisitionMonthly, funding: [], startingCash: 1000 as Scenario['startingCash'], fixedMonthly: 500 as Scenario['fixedMonthly'], horizonMonths: 6 as Scenario['horizonMonths'] };
    const result = runMonteCarlo(withRanges(bare, [{ input: 'fixed', low: 400, high: 600 }]), 1000);
    expect(result.probCashOut).toBe(1);
    // Runway 1 month needs > $1,000 in 2 months (fixed > 500): about half the draws; the rest 2 months.
    expect((result.runway.counts[1] ?? 0) + (result.runway.counts[2] ?? 0)).toBe(1000);
    expect(result.runway.never).toBe(0);
    expect(result.sustainedBreakEven.never).toBe(1000);
  });

  it(`converges: two seeds agree within 5 % of the 10–90 spread at ${DEFAULT_DRAWS} draws`, () => {
    // Tolerance: for every month, |percentileₐ − percentile_b| ≤ 0.05 · (p90 − p10) of seed a, for p10, p50 and p90;
    // the probability of a cash-out within 0.03; the break-even percentiles within one month.
    // (Measured: worst case about 3 % of the spread for these ranges.)
    const a = runMonteCarlo(withRanges(hybrid, RANGES, 1));
    const b = runMonteCarlo(withRanges(hybrid, RANGES, 2));
    expect(a.draws).toBe(DEFAULT_DRAWS);
    for (const key of ['cashP10', 'cashP50', 'cashP90'] as const) {
      a[key].forEach((value, i) => {
        const spread = (a.cashP90[i] ?? NaN) - (a.cashP10[i] ?? NaN);
        expect(Math.abs(value - (b[key][i] ?? NaN))).toBeLessThanOrEqual(0.05 * spread + 1e-6);
      });
    }
    expect(Math.abs(a.probCashOut - b.probCashOut)).toBeLessThanOrEqual(0.03);
    for (const p of ['p10', 'p50', 'p90'] as const) {
      expect(Math.abs((a.sustainedBreakEven[p] ?? NaN) - (b.sustainedBreakEven[p] ?? NaN))).toBeLessThanOrEqual(1);
    }
    // The ranges matter: the band is not flat.
    expect((a.cashP90.at(-1) ?? NaN) - (a.cashP10.at(-1) ?? NaN)).toBeGreaterThan(1e6);
  });
});
