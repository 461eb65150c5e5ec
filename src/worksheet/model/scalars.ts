/**
 * Every scalar input of a scenario that a person types as one number: its
 * id, allowed range (limits.ts) and how to read and write it. The sidebar's
 * fields (fields.ts) label them; the Monte Carlo (monte-carlo.ts) draws any
 * of them from a low / likely / high range by id.
 */
import { LIMITS, type Range } from './limits';
import type { Scenario, StreamId } from './types';
import { fraction, monthlyRate, months, usd } from './units';

export interface ScalarSpec {
  readonly range: Range;
  /** Typed and shown as a percentage (×100). */
  readonly percent?: boolean;
  get(s: Scenario): number;
  set(s: Scenario, value: number): Scenario;
}

const sub = (s: Scenario, patch: Partial<Scenario['subscription']>): Scenario => ({ ...s, subscription: { ...s.subscription, ...patch } });
const api = (s: Scenario, patch: Partial<Scenario['api']>): Scenario => ({ ...s, api: { ...s.api, ...patch } });
const ads = (s: Scenario, patch: Partial<Scenario['ads']>): Scenario => ({ ...s, ads: { ...s.ads, ...patch } });
const ent = (s: Scenario, patch: Partial<Scenario['enterprise']>): Scenario => ({ ...s, enterprise: { ...s.enterprise, ...patch } });
const inf = (s: Scenario, patch: Partial<Scenario['inference']>): Scenario => ({ ...s, inference: { ...s.inference, ...patch } });
const cap = (s: Scenario, patch: Partial<Scenario['capacity']>): Scenario => ({ ...s, capacity: { ...s.capacity, ...patch } });
const acq = (stream: StreamId): ScalarSpec => ({
  range: LIMITS.money,
  get: (s) => s.acquisitionByStream[stream],
  set: (s, v) => ({ ...s, acquisitionByStream: { ...s.acquisitionByStream, [stream]: usd(v) } }),
});

export const SCALARS = {
  horizon: { range: LIMITS.horizonMonths, get: (s) => s.horizonMonths, set: (s, v) => ({ ...s, horizonMonths: months(v) }) },
  startingCash: { range: LIMITS.money, get: (s) => s.startingCash, set: (s, v) => ({ ...s, startingCash: usd(v) }) },
  paymentFees: { range: LIMITS.rate, percent: true, get: (s) => s.paymentFeeRate, set: (s, v) => ({ ...s, paymentFeeRate: fraction(v) }) },
  subPrice: { range: LIMITS.money, get: (s) => s.subscription.pricePerMonth, set: (s, v) => sub(s, { pricePerMonth: usd(v) }) },
  subStart: { range: LIMITS.count, get: (s) => s.subscription.startSubscribers, set: (s, v) => sub(s, { startSubscribers: v }) },
  subNew: { range: LIMITS.count, get: (s) => s.subscription.newSubscribersMonth1, set: (s, v) => sub(s, { newSubscribersMonth1: v }) },
  subGrowth: { range: LIMITS.growth, percent: true, get: (s) => s.subscription.growth, set: (s, v) => sub(s, { growth: monthlyRate(v) }) },
  subChurn: { range: LIMITS.rate, percent: true, get: (s) => s.subscription.churn, set: (s, v) => sub(s, { churn: monthlyRate(v) }) },
  subCalls: { range: LIMITS.count, get: (s) => s.subscription.callsPerSubscriber, set: (s, v) => sub(s, { callsPerSubscriber: v }) },
  subAcquisition: acq('subscription'),
  apiPrice: { range: LIMITS.money, get: (s) => s.api.pricePer1kCalls, set: (s, v) => api(s, { pricePer1kCalls: usd(v) }) },
  apiCalls: { range: LIMITS.count, get: (s) => s.api.callsMonth1, set: (s, v) => api(s, { callsMonth1: v }) },
  apiGrowth: { range: LIMITS.growth, percent: true, get: (s) => s.api.growth, set: (s, v) => api(s, { growth: monthlyRate(v) }) },
  apiAccounts: { range: LIMITS.count, get: (s) => s.api.newAccountsMonth1, set: (s, v) => api(s, { newAccountsMonth1: v }) },
  apiChurn: { range: LIMITS.rate, percent: true, get: (s) => s.api.accountChurn, set: (s, v) => api(s, { accountChurn: monthlyRate(v) }) },
  apiAcquisition: acq('api'),
  adsUsers: { range: LIMITS.count, get: (s) => s.ads.usersMonth1, set: (s, v) => ads(s, { usersMonth1: v }) },
  adsGrowth: { range: LIMITS.growth, percent: true, get: (s) => s.ads.growth, set: (s, v) => ads(s, { growth: monthlyRate(v) }) },
  adsImpressions: { range: LIMITS.count, get: (s) => s.ads.impressionsPerUser, set: (s, v) => ads(s, { impressionsPerUser: v }) },
  adsCpm: { range: LIMITS.money, get: (s) => s.ads.cpm, set: (s, v) => ads(s, { cpm: usd(v) }) },
  adsCalls: { range: LIMITS.count, get: (s) => s.ads.callsPerUser, set: (s, v) => ads(s, { callsPerUser: v }) },
  adsAdvertisers: { range: LIMITS.count, get: (s) => s.ads.newAdvertisersMonth1, set: (s, v) => ads(s, { newAdvertisersMonth1: v }) },
  adsChurn: { range: LIMITS.rate, percent: true, get: (s) => s.ads.advertiserChurn, set: (s, v) => ads(s, { advertiserChurn: monthlyRate(v) }) },
  adsAcquisition: acq('ads'),
  entNew: { range: LIMITS.count, get: (s) => s.enterprise.newContractsMonth1, set: (s, v) => ent(s, { newContractsMonth1: v }) },
  entGrowth: { range: LIMITS.growth, percent: true, get: (s) => s.enterprise.growth, set: (s, v) => ent(s, { growth: monthlyRate(v) }) },
  entLength: { range: LIMITS.contractMonths, get: (s) => s.enterprise.contractMonths, set: (s, v) => ent(s, { contractMonths: months(v) }) },
  entFee: { range: LIMITS.money, get: (s) => s.enterprise.monthlyFee, set: (s, v) => ent(s, { monthlyFee: usd(v) }) },
  entFineTune: { range: LIMITS.money, get: (s) => s.enterprise.fineTuneCostPerContract, set: (s, v) => ent(s, { fineTuneCostPerContract: usd(v) }) },
  entAcquisition: acq('enterprise'),
  infCost: { range: LIMITS.money, get: (s) => s.inference.costPer1kCalls, set: (s, v) => inf(s, { costPer1kCalls: usd(v), costSource: '' }) },
  infParams: { range: LIMITS.parameters, get: (s) => s.inference.parameters, set: (s, v) => inf(s, { parameters: v }) },
  infTokens: { range: LIMITS.tokens, get: (s) => s.inference.tokensPerCall, set: (s, v) => inf(s, { tokensPerCall: v }) },
  infUtil: { range: LIMITS.utilisation, percent: true, get: (s) => s.inference.utilisation, set: (s, v) => inf(s, { utilisation: fraction(v) }) },
  capPeak: { range: LIMITS.peakToAverage, get: (s) => s.capacity.peakToAverage, set: (s, v) => cap(s, { peakToAverage: v }) },
  capThroughput: {
    range: LIMITS.throughput,
    get: (s) => s.capacity.throughputTokensPerSecond,
    set: (s, v) => cap(s, { throughputTokensPerSecond: v, throughputSource: '', throughputChecked: '' }),
  },
  capDiscount: { range: LIMITS.rate, percent: true, get: (s) => s.capacity.reservedDiscount, set: (s, v) => cap(s, { reservedDiscount: fraction(v) }) },
  trainUtil: { range: LIMITS.utilisation, percent: true, get: (s) => s.training.utilisation, set: (s, v) => ({ ...s, training: { ...s.training, utilisation: fraction(v) } }) },
  labels: { range: LIMITS.count, get: (s) => s.labelling.labelsPerMonth, set: (s, v) => ({ ...s, labelling: { ...s.labelling, labelsPerMonth: v } }) },
  labelCost: { range: LIMITS.money, get: (s) => s.labelling.costPerLabel, set: (s, v) => ({ ...s, labelling: { ...s.labelling, costPerLabel: usd(v) } }) },
  personCost: { range: LIMITS.money, get: (s) => s.team.costPerPersonMonth, set: (s, v) => ({ ...s, team: { ...s.team, costPerPersonMonth: usd(v) } }) },
  fixed: { range: LIMITS.money, get: (s) => s.fixedMonthly, set: (s, v) => ({ ...s, fixedMonthly: usd(v) }) },
  acquisition: { range: LIMITS.money, get: (s) => s.acquisitionMonthly, set: (s, v) => ({ ...s, acquisitionMonthly: usd(v) }) },
} as const satisfies Record<string, ScalarSpec>;

export type ScalarId = keyof typeof SCALARS;
export const SCALAR_IDS = Object.keys(SCALARS) as ScalarId[];

export function isScalarId(value: string): value is ScalarId {
  return Object.hasOwn(SCALARS, value);
}

/** Inputs that can carry a range: every scalar except the horizon (a range of horizons changes the chart's length). */
export function isRangeable(id: ScalarId): boolean {
  return id !== 'horizon';
}
