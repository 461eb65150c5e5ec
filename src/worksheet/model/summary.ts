/**
 * Headline figures over the projection horizon. `null` means "not defined"
 * (never breaks even, cash never runs out within the horizon, a zero
 * denominator); the UI words each case.
 */
import type { Projection } from './project';
import type { Scenario } from './types';

export interface Summary {
  /** First month with net income ≥ 0, or null if none within the horizon. */
  readonly breakEvenMonth: number | null;
  /** Months before cash first goes below zero (k − 1 if month k is the first negative); null = beyond the horizon. */
  readonly runwayMonths: number | null;
  readonly finalCash: number;
  readonly totalRevenue: number;
  /** Cost of revenue + operating costs over the horizon. */
  readonly totalCosts: number;
  /** (revenue − all costs) / all costs over the horizon; null when there are no costs. */
  readonly roi: number | null;
  /** Gross margin share over the horizon: (revenue − cost of revenue) / revenue. */
  readonly grossMarginShare: number | null;
  /** CAC = acquisition spend / (new subscribers + new contracts) over the horizon. */
  readonly cac: number | null;
  /** Subscription LTV = P · gross-margin share / c (null when churn is 0 or there is no margin figure). */
  readonly ltv: number | null;
  readonly ltvToCac: number | null;
  /** Payback = CAC / (P · gross-margin share): months of one subscriber's margin to repay their acquisition. */
  readonly paybackMonths: number | null;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const ratio = (a: number, b: number): number | null => (b !== 0 && Number.isFinite(a / b) ? a / b : null);

/** Computes the summary of a projection (see each field for its formula). */
export function summarize(scenario: Scenario, projection: Projection): Summary {
  const rows = projection.rows;
  const breakEven = rows.find((row) => row.netIncome >= 0);
  const firstNegative = rows.find((row) => row.cash < 0);
  const totalRevenue = sum(rows.map((r) => r.revenue));
  const totalCostOfRevenue = sum(rows.map((r) => r.costOfRevenue));
  const totalCosts = totalCostOfRevenue + sum(rows.map((r) => r.operatingCosts));
  const acquisition = sum(rows.map((r) => r.acquisitionCost));
  const newCustomers = sum(rows.map((r) => r.newSubscribers + r.newContracts));
  const grossMarginShare = ratio(totalRevenue - totalCostOfRevenue, totalRevenue);
  const cac = ratio(acquisition, newCustomers);
  const sub = scenario.subscription;
  const marginPerSubscriber = sub.enabled && grossMarginShare !== null ? sub.pricePerMonth * grossMarginShare : null;
  const ltv = marginPerSubscriber !== null ? ratio(marginPerSubscriber, sub.churn) : null;
  return {
    breakEvenMonth: breakEven ? breakEven.month : null,
    runwayMonths: firstNegative ? firstNegative.month - 1 : null,
    finalCash: rows.at(-1)?.cash ?? scenario.startingCash,
    totalRevenue,
    totalCosts,
    roi: ratio(totalRevenue - totalCosts, totalCosts),
    grossMarginShare,
    cac,
    ltv,
    ltvToCac: ltv !== null && cac !== null ? ratio(ltv, cac) : null,
    paybackMonths: cac !== null && marginPerSubscriber !== null && marginPerSubscriber > 0 ? cac / marginPerSubscriber : null,
  };
}
