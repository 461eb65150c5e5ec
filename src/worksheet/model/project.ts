/**
 * Scenario → monthly projection for months 1 … H. Per month:
 *   revenue        = subscription + API + ads + enterprise
 *   inference      = (API calls + ad-app calls + subscriber calls) / 1000 · cost per 1,000 calls
 *   payment fees   = fee share · revenue
 *   cost of revenue = inference + payment fees + fine-tuning of new contracts
 *   gross margin   = revenue − cost of revenue
 *   operating costs = training runs in that month + labelling + team + fixed + acquisition
 *   net income     = gross margin − operating costs
 *   cash           cashₘ = cashₘ₋₁ + net incomeₘ + fundingₘ, cash₀ = starting cash
 */
import { findGpu } from './gpus';
import { inferenceCostPer1k, trainingRunCost } from './compute';
import { adsSeries, apiSeries, enterpriseSeries, subscriptionSeries } from './streams';
import type { Scenario, TeamStep } from './types';

/** The monthly outputs, in table and CSV column order (after `month`). */
export const OUTPUT_COLUMNS = [
  'subscribers',
  'newSubscribers',
  'apiCalls',
  'activeUsers',
  'newContracts',
  'activeContracts',
  'revenueSubscription',
  'revenueApi',
  'revenueAds',
  'revenueEnterprise',
  'revenue',
  'inferenceCost',
  'paymentFees',
  'fineTuningCost',
  'costOfRevenue',
  'grossMargin',
  'trainingCost',
  'labellingCost',
  'teamCost',
  'fixedCost',
  'acquisitionCost',
  'operatingCosts',
  'netIncome',
  'funding',
  'cash',
] as const;

export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];

/** One month of the projection; dollars for money columns, counts otherwise. */
export type MonthRow = { readonly month: number } & { readonly [K in OutputColumn]: number };

export interface Projection {
  readonly rows: readonly MonthRow[];
  /** Inference cost per 1,000 calls used for every month. */
  readonly inferenceCostPer1k: number;
}

/** Headcount in month m: the last step with fromMonth ≤ m (0 before the first step). */
export function headcountAt(plan: readonly TeamStep[], month: number): number {
  let headcount = 0;
  let from = 0;
  for (const step of plan) {
    if (step.fromMonth <= month && step.fromMonth >= from) {
      headcount = step.headcount;
      from = step.fromMonth;
    }
  }
  return headcount;
}

/** Sum of amounts per month (1 … H) from a list of `{ month, amount }` events; events past H are ignored. */
function perMonth(events: readonly { month: number; amount: number }[], horizon: number): number[] {
  const out = new Array<number>(horizon).fill(0);
  for (const event of events) {
    if (event.month >= 1 && event.month <= horizon) out[event.month - 1] = (out[event.month - 1] ?? 0) + event.amount;
  }
  return out;
}

/** Runs the whole monthly projection (pure; the same scenario always gives the same rows). */
export function project(scenario: Scenario): Projection {
  const horizon = scenario.horizonMonths;
  const sub = subscriptionSeries(scenario.subscription, horizon);
  const api = apiSeries(scenario.api, horizon);
  const ads = adsSeries(scenario.ads, horizon);
  const ent = enterpriseSeries(scenario.enterprise, horizon);
  const costPer1k = inferenceCostPer1k(scenario.inference, scenario.gpus);
  const trainingGpu = findGpu(scenario.gpus, scenario.training.gpuId);
  const training = perMonth(
    scenario.training.runs.map((run) => ({
      month: run.month,
      amount: trainingRunCost(run, trainingGpu, scenario.training.utilisation),
    })),
    horizon,
  );
  const funding = perMonth(scenario.funding, horizon);

  const rows: MonthRow[] = [];
  let cash: number = scenario.startingCash;
  for (let i = 0; i < horizon; i++) {
    const month = i + 1;
    const at = (series: readonly number[]): number => series[i] ?? 0;
    const revenueSubscription = at(sub.revenue);
    const revenueApi = at(api.revenue);
    const revenueAds = at(ads.revenue);
    const revenueEnterprise = at(ent.revenue);
    const revenue = revenueSubscription + revenueApi + revenueAds + revenueEnterprise;
    const calls = at(api.calls) + at(ads.calls) + at(sub.subscribers) * (scenario.subscription.enabled ? scenario.subscription.callsPerSubscriber : 0);
    const inferenceCost = (calls / 1000) * costPer1k;
    const paymentFees = revenue * scenario.paymentFeeRate;
    const fineTuningCost = at(ent.fineTuningCost);
    const costOfRevenue = inferenceCost + paymentFees + fineTuningCost;
    const grossMargin = revenue - costOfRevenue;
    const trainingCost = at(training);
    const labellingCost = scenario.labelling.labelsPerMonth * scenario.labelling.costPerLabel;
    const teamCost = headcountAt(scenario.team.plan, month) * scenario.team.costPerPersonMonth;
    const fixedCost: number = scenario.fixedMonthly;
    const acquisitionCost: number = scenario.acquisitionMonthly;
    const operatingCosts = trainingCost + labellingCost + teamCost + fixedCost + acquisitionCost;
    const netIncome = grossMargin - operatingCosts;
    const fundingIn = at(funding);
    cash = cash + netIncome + fundingIn;
    rows.push({
      month,
      subscribers: at(sub.subscribers),
      newSubscribers: at(sub.newSubscribers),
      apiCalls: at(api.calls),
      activeUsers: at(ads.users),
      newContracts: at(ent.newContracts),
      activeContracts: at(ent.activeContracts),
      revenueSubscription,
      revenueApi,
      revenueAds,
      revenueEnterprise,
      revenue,
      inferenceCost,
      paymentFees,
      fineTuningCost,
      costOfRevenue,
      grossMargin,
      trainingCost,
      labellingCost,
      teamCost,
      fixedCost,
      acquisitionCost,
      operatingCosts,
      netIncome,
      funding: fundingIn,
      cash,
    });
  }
  return { rows, inferenceCostPer1k: costPer1k };
}
