/**
 * One-at-a-time sensitivity ("tornado"): move each key input down and up by
 * a share (±20 % by default), re-run the projection, record how a metric
 * moves. Bars are sorted by swing |high − low|, widest first. Rates are
 * clamped to their allowed range after scaling (churn can't pass 100 %).
 * Break-even here is the sustained one (the summary's headline figure).
 */
import { project } from './project';
import { summarize } from './summary';
import type { GpuPrice, Scenario } from './types';

export type SensitivityMetric = 'finalCash' | 'breakEvenMonth';

export const LEVER_IDS = [
  'subscriptionPrice',
  'subscriptionChurn',
  'subscriptionGrowth',
  'apiPrice',
  'apiCalls',
  'adsCpm',
  'adsUsers',
  'enterpriseFee',
  'enterpriseContracts',
  'inferenceCost',
  'gpuPrice',
  'teamCost',
  'acquisition',
] as const;
export type LeverId = (typeof LEVER_IDS)[number];

type Scale = (s: Scenario, k: number) => Scenario;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const scaleGpus = (gpus: readonly GpuPrice[], k: number): GpuPrice[] =>
  gpus.map((g) => ({ ...g, pricePerHour: (g.pricePerHour * k) as GpuPrice['pricePerHour'] }));

/** Each lever: whether it applies to the scenario, and how to scale it by factor k. */
const LEVERS: Record<LeverId, { applies(s: Scenario): boolean; scale: Scale }> = {
  subscriptionPrice: { applies: (s) => s.subscription.enabled, scale: (s, k) => ({ ...s, subscription: { ...s.subscription, pricePerMonth: (s.subscription.pricePerMonth * k) as Scenario['subscription']['pricePerMonth'] } }) },
  subscriptionChurn: { applies: (s) => s.subscription.enabled, scale: (s, k) => ({ ...s, subscription: { ...s.subscription, churn: clamp01(s.subscription.churn * k) as Scenario['subscription']['churn'] } }) },
  subscriptionGrowth: { applies: (s) => s.subscription.enabled, scale: (s, k) => ({ ...s, subscription: { ...s.subscription, growth: Math.min(1, s.subscription.growth * k) as Scenario['subscription']['growth'] } }) },
  apiPrice: { applies: (s) => s.api.enabled, scale: (s, k) => ({ ...s, api: { ...s.api, pricePer1kCalls: (s.api.pricePer1kCalls * k) as Scenario['api']['pricePer1kCalls'] } }) },
  apiCalls: { applies: (s) => s.api.enabled, scale: (s, k) => ({ ...s, api: { ...s.api, callsMonth1: s.api.callsMonth1 * k } }) },
  adsCpm: { applies: (s) => s.ads.enabled, scale: (s, k) => ({ ...s, ads: { ...s.ads, cpm: (s.ads.cpm * k) as Scenario['ads']['cpm'] } }) },
  adsUsers: { applies: (s) => s.ads.enabled, scale: (s, k) => ({ ...s, ads: { ...s.ads, usersMonth1: s.ads.usersMonth1 * k } }) },
  enterpriseFee: { applies: (s) => s.enterprise.enabled, scale: (s, k) => ({ ...s, enterprise: { ...s.enterprise, monthlyFee: (s.enterprise.monthlyFee * k) as Scenario['enterprise']['monthlyFee'] } }) },
  enterpriseContracts: { applies: (s) => s.enterprise.enabled, scale: (s, k) => ({ ...s, enterprise: { ...s.enterprise, newContractsMonth1: s.enterprise.newContractsMonth1 * k } }) },
  inferenceCost: { applies: (s) => s.inference.mode === 'direct', scale: (s, k) => ({ ...s, inference: { ...s.inference, costPer1kCalls: (s.inference.costPer1kCalls * k) as Scenario['inference']['costPer1kCalls'] } }) },
  gpuPrice: { applies: () => true, scale: (s, k) => ({ ...s, gpus: scaleGpus(s.gpus, k) }) },
  teamCost: { applies: () => true, scale: (s, k) => ({ ...s, team: { ...s.team, costPerPersonMonth: (s.team.costPerPersonMonth * k) as Scenario['team']['costPerPersonMonth'] } }) },
  // All acquisition spend: the unattributed part and every stream's.
  acquisition: {
    applies: () => true,
    scale: (s, k) => ({
      ...s,
      acquisitionMonthly: (s.acquisitionMonthly * k) as Scenario['acquisitionMonthly'],
      acquisitionByStream: Object.fromEntries(Object.entries(s.acquisitionByStream).map(([id, v]) => [id, v * k])) as unknown as Scenario['acquisitionByStream'],
    }),
  },
};

export interface TornadoBar {
  readonly lever: LeverId;
  /** Metric with the input at (1 − share) and (1 + share). */
  readonly low: number;
  readonly high: number;
}

export interface Tornado {
  readonly metric: SensitivityMetric;
  readonly base: number;
  /** For break-even: months beyond the horizon are reported as H + 1 ("never"). */
  readonly never: number;
  readonly bars: readonly TornadoBar[];
}

function measure(s: Scenario, metric: SensitivityMetric): number {
  const summary = summarize(s, project(s));
  if (metric === 'finalCash') return summary.finalCash;
  return summary.sustainedBreakEvenMonth ?? s.horizonMonths + 1;
}

/** Builds the tornado for `metric`, moving each applicable lever by ±share (default 0.2). */
export function tornado(scenario: Scenario, metric: SensitivityMetric, share = 0.2): Tornado {
  const bars: TornadoBar[] = [];
  for (const lever of LEVER_IDS) {
    const def = LEVERS[lever];
    if (!def.applies(scenario)) continue;
    bars.push({
      lever,
      low: measure(def.scale(scenario, 1 - share), metric),
      high: measure(def.scale(scenario, 1 + share), metric),
    });
  }
  bars.sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
  return { metric, base: measure(scenario, metric), never: scenario.horizonMonths + 1, bars };
}
