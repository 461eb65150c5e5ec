/**
 * Scenario → monthly projection for months 1 … H. Per month:
 *   revenue        = subscription + API + ads + enterprise
 *   calls          = API calls + ad-app calls + subscriber calls
 *   inference      = calls / 1000 · cost per 1,000 calls        (direct or derived mode)
 *                  = the GPU bill for the month's peak (capacity.ts)   (capacity mode)
 *   payment fees   = fee share · Σ revenue of the card-paid streams (by default subscription and API)
 *   cost of revenue = inference + payment fees + fine-tuning of new contracts
 *   gross margin   = revenue − cost of revenue
 *   acquisition    = unattributed spend + Σ spend of the streams that are on
 *   operating costs = training runs in that month + labelling + team + fixed + acquisition
 *   net income     = gross margin − operating costs
 *   cumulative cash flow = Σ net income up to m (operating cash flow; funding and starting cash excluded)
 *   cash           cashₘ = cashₘ₋₁ + net incomeₘ + fundingₘ, cash₀ = starting cash
 */
import { findGpu } from './gpus';
import { inferenceCostPer1k, trainingRunCost } from './compute';
import { capacityFor } from './capacity';
import { adsSeries, apiSeries, enterpriseSeries, subscriptionSeries } from './streams';
import { STREAM_IDS, type PerStream, type Scenario, type StreamId, type TeamStep } from './types';

/** The monthly outputs, in table and CSV column order (after `month`). */
export const OUTPUT_COLUMNS = [
  'subscribers',
  'newSubscribers',
  'apiCalls',
  'activeUsers',
  'newContracts',
  'activeContracts',
  'newApiAccounts',
  'apiAccounts',
  'newAdvertisers',
  'advertisers',
  'revenueSubscription',
  'revenueApi',
  'revenueAds',
  'revenueEnterprise',
  'revenue',
  'modelCalls',
  'inferenceCost',
  'gpusAtPeak',
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
  'cumulativeCashFlow',
  'funding',
  'cash',
] as const;

export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];

/** One month of the projection; dollars for money columns, counts otherwise. */
export type MonthRow = { readonly month: number } & { readonly [K in OutputColumn]: number };

/** One stream's totals over the horizon, for its unit economics (unit-economics.ts). */
export interface StreamTotals {
  readonly revenue: number;
  readonly calls: number;
  /** Its share of the inference bill: total inference · its calls / all calls. */
  readonly inference: number;
  readonly paymentFees: number;
  readonly fineTuning: number;
  readonly acquisition: number;
  /** Σ new customers: subscribers, API accounts, advertisers, contracts. */
  readonly newCustomers: number;
  /** Σ active customers over the months (customer-months), for revenue per customer per month. */
  readonly customerMonths: number;
}

export interface Projection {
  readonly rows: readonly MonthRow[];
  /** Inference cost per 1,000 calls: the entered or derived figure, or in capacity mode the bill / calls · 1000 over the horizon. */
  readonly inferenceCostPer1k: number;
  readonly streams: PerStream<StreamTotals>;
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

/** Monthly net income, funding and cash written into caller-owned arrays (length ≥ H): the Monte Carlo's thousands of runs skip the row objects. */
export interface CashFlowSink {
  readonly netIncome: Float64Array;
  readonly funding: Float64Array;
  readonly cash: Float64Array;
}

/** Runs the whole monthly projection (pure; the same scenario always gives the same rows). */
export function project(scenario: Scenario): Projection {
  return run(scenario, null);
}

/** The same projection, writing only net income, funding and cash per month into `sink` (no rows are built). */
export function projectCashFlows(scenario: Scenario, sink: CashFlowSink): void {
  run(scenario, sink);
}

function run(scenario: Scenario, sink: CashFlowSink | null): Projection {
  const horizon = scenario.horizonMonths;
  const sub = subscriptionSeries(scenario.subscription, horizon);
  const api = apiSeries(scenario.api, horizon);
  const ads = adsSeries(scenario.ads, horizon);
  const ent = enterpriseSeries(scenario.enterprise, horizon);
  const capacityMode = scenario.inference.mode === 'capacity';
  const costPer1k = capacityMode ? 0 : inferenceCostPer1k(scenario.inference, scenario.gpus);
  const capacityGpu = findGpu(scenario.gpus, scenario.capacity.gpuId);
  const trainingGpu = findGpu(scenario.gpus, scenario.training.gpuId);
  const training = perMonth(
    scenario.training.runs.map((run) => ({
      month: run.month,
      amount: trainingRunCost(run, trainingGpu, scenario.training.utilisation),
    })),
    horizon,
  );
  const funding = perMonth(scenario.funding, horizon);
  const on: PerStream<boolean> = {
    subscription: scenario.subscription.enabled,
    api: scenario.api.enabled,
    ads: scenario.ads.enabled,
    enterprise: scenario.enterprise.enabled,
  };
  const spend = (stream: StreamId): number => (on[stream] ? scenario.acquisitionByStream[stream] : 0);
  const feeRate = (stream: StreamId): number => (scenario.paymentFeeStreams[stream] ? scenario.paymentFeeRate : 0);
  const totals = Object.fromEntries(
    STREAM_IDS.map((id) => [id, { revenue: 0, calls: 0, inference: 0, paymentFees: 0, fineTuning: 0, acquisition: 0, newCustomers: 0, customerMonths: 0 }]),
  ) as Record<StreamId, { -readonly [K in keyof StreamTotals]: number }>;

  // Per stream (in STREAM_IDS order) the monthly series the loop reads; plain arrays keep the loop allocation-free.
  const subCalls = sub.subscribers.map((n) => n * (scenario.subscription.enabled ? scenario.subscription.callsPerSubscriber : 0));
  const zero = new Array<number>(horizon).fill(0);
  const revenueOf = [sub.revenue, api.revenue, ads.revenue, ent.revenue];
  const callsOf = [subCalls, api.calls, ads.calls, zero];
  const newOf = [sub.newSubscribers, api.newAccounts, ads.newAdvertisers, ent.newContracts];
  const activeOf = [sub.subscribers, api.accounts, ads.advertisers, ent.activeContracts];
  const spendOf = STREAM_IDS.map(spend);
  const feeOf = STREAM_IDS.map(feeRate);
  const totalOf = STREAM_IDS.map((id) => totals[id]);
  const streamAcquisition = spendOf.reduce((a, b) => a + b, 0);

  const rows: MonthRow[] = [];
  let cash: number = scenario.startingCash;
  let cumulativeCashFlow = 0;
  let allCalls = 0;
  let allInference = 0;
  for (let i = 0; i < horizon; i++) {
    const month = i + 1;
    const at = (series: readonly number[]): number => series[i] ?? 0;
    let revenue = 0;
    let calls = 0;
    for (let k = 0; k < 4; k++) {
      revenue += (revenueOf[k] as number[])[i] ?? 0;
      calls += (callsOf[k] as number[])[i] ?? 0;
    }
    const capacity = capacityFor(calls, scenario.inference.tokensPerCall, scenario.capacity, capacityGpu);
    const inferenceCost = capacityMode
      ? scenario.capacity.pricing === 'reserved'
        ? capacity.reservedCost
        : capacity.onDemandCost
      : (calls / 1000) * costPer1k;
    let paymentFees = 0;
    for (let k = 0; k < 4; k++) {
      const streamRevenue = (revenueOf[k] as number[])[i] ?? 0;
      const streamCalls = (callsOf[k] as number[])[i] ?? 0;
      const fees = streamRevenue * (feeOf[k] as number);
      paymentFees += fees;
      const total = totalOf[k] as { -readonly [K in keyof StreamTotals]: number };
      total.revenue += streamRevenue;
      total.calls += streamCalls;
      total.inference += calls > 0 ? (inferenceCost * streamCalls) / calls : 0;
      total.paymentFees += fees;
      total.acquisition += spendOf[k] as number;
      total.newCustomers += (newOf[k] as number[])[i] ?? 0;
      total.customerMonths += (activeOf[k] as number[])[i] ?? 0;
    }
    const fineTuningCost = at(ent.fineTuningCost);
    totals.enterprise.fineTuning += fineTuningCost;
    const costOfRevenue = inferenceCost + paymentFees + fineTuningCost;
    const grossMargin = revenue - costOfRevenue;
    const trainingCost = at(training);
    const labellingCost = scenario.labelling.labelsPerMonth * scenario.labelling.costPerLabel;
    const teamCost = headcountAt(scenario.team.plan, month) * scenario.team.costPerPersonMonth;
    const fixedCost: number = scenario.fixedMonthly;
    const acquisitionCost: number = scenario.acquisitionMonthly + streamAcquisition;
    const operatingCosts = trainingCost + labellingCost + teamCost + fixedCost + acquisitionCost;
    const netIncome = grossMargin - operatingCosts;
    const fundingIn = at(funding);
    cumulativeCashFlow += netIncome;
    cash = cash + netIncome + fundingIn;
    allCalls += calls;
    allInference += inferenceCost;
    if (sink) {
      sink.netIncome[i] = netIncome;
      sink.funding[i] = fundingIn;
      sink.cash[i] = cash;
      continue;
    }
    rows.push({
      month,
      subscribers: at(sub.subscribers),
      newSubscribers: at(sub.newSubscribers),
      apiCalls: at(api.calls),
      activeUsers: at(ads.users),
      newContracts: at(ent.newContracts),
      activeContracts: at(ent.activeContracts),
      newApiAccounts: at(api.newAccounts),
      apiAccounts: at(api.accounts),
      newAdvertisers: at(ads.newAdvertisers),
      advertisers: at(ads.advertisers),
      revenueSubscription: at(sub.revenue),
      revenueApi: at(api.revenue),
      revenueAds: at(ads.revenue),
      revenueEnterprise: at(ent.revenue),
      revenue,
      modelCalls: calls,
      inferenceCost,
      gpusAtPeak: capacity.gpusAtPeak,
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
      cumulativeCashFlow,
      funding: fundingIn,
      cash,
    });
  }
  return {
    rows,
    inferenceCostPer1k: capacityMode ? (allCalls > 0 ? (allInference / allCalls) * 1000 : 0) : costPer1k,
    streams: totals,
  };
}
