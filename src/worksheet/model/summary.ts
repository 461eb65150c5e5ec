/**
 * Headline figures over the projection horizon. `null` means "not defined"
 * (never breaks even, cash never runs out within the horizon, a zero
 * denominator); the UI words each case.
 */
import type { Projection } from './project';
import type { Scenario } from './types';
import { blendedEconomics, streamEconomics, type StreamEconomics } from './unit-economics';

export interface Summary {
  /** First break-even: the first month with net income ≥ 0, or null if none within the horizon. */
  readonly breakEvenMonth: number | null;
  /**
   * Sustained break-even: the first month m with net income ≥ 0 in every
   * month from m to the horizon; null if the last month's net income is negative.
   */
  readonly sustainedBreakEvenMonth: number | null;
  /** Cash-out month: the first month with cash < 0; null = not within the horizon. */
  readonly cashOutMonth: number | null;
  /** Months before cash first goes below zero (cash-out month − 1); null = beyond the horizon. */
  readonly runwayMonths: number | null;
  /** The first month after the cash-out with cash ≥ 0 again; null if cash never comes back (or never ran out). */
  readonly recoveryMonth: number | null;
  /** The recovery month when a funding round arrives in it ("needs the month-N round"); null otherwise. */
  readonly rescueRoundMonth: number | null;
  /** Cash payback: the first month where cumulative operating cash flow (Σ net income, funding excluded) is ≥ 0. */
  readonly cashPaybackMonth: number | null;
  readonly finalCash: number;
  readonly totalRevenue: number;
  /** Cost of revenue + operating costs over the horizon. */
  readonly totalCosts: number;
  /** (revenue − all costs) / all costs over the horizon; null when there are no costs. */
  readonly roi: number | null;
  /** Gross margin share over the horizon: (revenue − cost of revenue) / revenue. */
  readonly grossMarginShare: number | null;
  /** Blended CAC = all acquisition spend / all new customers (each customer counts as one). */
  readonly cac: number | null;
  /** Blended LTV: the new-customer-weighted mean of the streams' LTVs. */
  readonly ltv: number | null;
  readonly ltvToCac: number | null;
  /** Blended payback: all acquisition / the acquired customers' combined monthly margin. */
  readonly paybackMonths: number | null;
  /** Unit economics of each stream that is on (unit-economics.ts). */
  readonly streams: readonly StreamEconomics[];
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const ratio = (a: number, b: number): number | null => (b !== 0 && Number.isFinite(a / b) ? a / b : null);

/**
 * Sustained break-even from monthly net income (index m − 1 = month m): the
 * first month m with net income ≥ 0 in every month m … H (walks back from H).
 */
export function sustainedBreakEven(netIncome: ArrayLike<number>, horizon = netIncome.length): number | null {
  let month: number | null = null;
  for (let i = horizon - 1; i >= 0; i--) {
    if ((netIncome[i] as number) < 0) break;
    month = i + 1;
  }
  return month;
}

export type CashEvents = Pick<Summary, 'cashOutMonth' | 'runwayMonths' | 'recoveryMonth' | 'rescueRoundMonth'>;

/** Cash-out, recovery and rescue (see `Summary`) from monthly cash and funding (index m − 1 = month m). */
export function cashEvents(cash: ArrayLike<number>, funding: ArrayLike<number>, horizon = cash.length): CashEvents {
  let out = -1;
  for (let i = 0; i < horizon; i++) {
    if ((cash[i] as number) < 0) {
      out = i;
      break;
    }
  }
  if (out < 0) return { cashOutMonth: null, runwayMonths: null, recoveryMonth: null, rescueRoundMonth: null };
  let recovery = -1;
  for (let i = out + 1; i < horizon; i++) {
    if ((cash[i] as number) >= 0) {
      recovery = i;
      break;
    }
  }
  return {
    cashOutMonth: out + 1,
    runwayMonths: out,
    recoveryMonth: recovery < 0 ? null : recovery + 1,
    rescueRoundMonth: recovery >= 0 && (funding[recovery] as number) > 0 ? recovery + 1 : null,
  };
}

/** Computes the summary of a projection (see each field for its formula). */
export function summarize(scenario: Scenario, projection: Projection): Summary {
  const rows = projection.rows;
  const breakEven = rows.find((row) => row.netIncome >= 0);
  const payback = rows.find((row) => row.cumulativeCashFlow >= 0);
  const totalRevenue = sum(rows.map((r) => r.revenue));
  const totalCostOfRevenue = sum(rows.map((r) => r.costOfRevenue));
  const totalCosts = totalCostOfRevenue + sum(rows.map((r) => r.operatingCosts));
  const streams = streamEconomics(scenario, projection);
  const blended = blendedEconomics(streams, sum(rows.map((r) => r.acquisitionCost)));
  return {
    breakEvenMonth: breakEven ? breakEven.month : null,
    sustainedBreakEvenMonth: sustainedBreakEven(rows.map((r) => r.netIncome)),
    ...cashEvents(
      rows.map((r) => r.cash),
      rows.map((r) => r.funding),
    ),
    cashPaybackMonth: payback ? payback.month : null,
    finalCash: rows.at(-1)?.cash ?? scenario.startingCash,
    totalRevenue,
    totalCosts,
    roi: ratio(totalRevenue - totalCosts, totalCosts),
    grossMarginShare: ratio(totalRevenue - totalCostOfRevenue, totalRevenue),
    ...blended,
    streams,
  };
}
