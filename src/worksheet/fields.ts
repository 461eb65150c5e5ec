/**
 * The scalar inputs of each sidebar section: label, unit, range (shared with
 * the import validator) and how to read/write the scenario. List inputs
 * (training runs, team steps, funding rounds) and the GPU table have their
 * own editors.
 */
import type { MessageKey } from '../i18n';
import { LIMITS, type Range } from './model/limits';
import type { Scenario } from './model/types';
import { fraction, monthlyRate, months, usd } from './model/units';

export interface FieldSpec {
  readonly id: string;
  readonly label: MessageKey;
  readonly unit: MessageKey;
  readonly range: Range;
  readonly percent?: boolean;
  get(s: Scenario): number;
  set(s: Scenario, value: number): Scenario;
}

type Section = 'general' | 'subscription' | 'api' | 'ads' | 'enterprise' | 'inferenceDirect' | 'inferenceDerived' | 'training' | 'operating';

const sub = (s: Scenario, patch: Partial<Scenario['subscription']>): Scenario => ({ ...s, subscription: { ...s.subscription, ...patch } });
const api = (s: Scenario, patch: Partial<Scenario['api']>): Scenario => ({ ...s, api: { ...s.api, ...patch } });
const ads = (s: Scenario, patch: Partial<Scenario['ads']>): Scenario => ({ ...s, ads: { ...s.ads, ...patch } });
const ent = (s: Scenario, patch: Partial<Scenario['enterprise']>): Scenario => ({ ...s, enterprise: { ...s.enterprise, ...patch } });
const inf = (s: Scenario, patch: Partial<Scenario['inference']>): Scenario => ({ ...s, inference: { ...s.inference, ...patch } });

export const FIELDS: Record<Section, readonly FieldSpec[]> = {
  general: [
    { id: 'horizon', label: 'worksheet.field.horizon', unit: 'worksheet.unit.months', range: LIMITS.horizonMonths, get: (s) => s.horizonMonths, set: (s, v) => ({ ...s, horizonMonths: months(v) }) },
    { id: 'startingCash', label: 'worksheet.field.startingCash', unit: 'worksheet.unit.usd', range: LIMITS.money, get: (s) => s.startingCash, set: (s, v) => ({ ...s, startingCash: usd(v) }) },
    { id: 'paymentFees', label: 'worksheet.field.paymentFees', unit: 'worksheet.unit.percentOfRevenue', range: LIMITS.rate, percent: true, get: (s) => s.paymentFeeRate, set: (s, v) => ({ ...s, paymentFeeRate: fraction(v) }) },
  ],
  subscription: [
    { id: 'subPrice', label: 'worksheet.field.subPrice', unit: 'worksheet.unit.usdPerSubMonth', range: LIMITS.money, get: (s) => s.subscription.pricePerMonth, set: (s, v) => sub(s, { pricePerMonth: usd(v) }) },
    { id: 'subStart', label: 'worksheet.field.subStart', unit: 'worksheet.unit.count', range: LIMITS.count, get: (s) => s.subscription.startSubscribers, set: (s, v) => sub(s, { startSubscribers: v }) },
    { id: 'subNew', label: 'worksheet.field.subNew', unit: 'worksheet.unit.count', range: LIMITS.count, get: (s) => s.subscription.newSubscribersMonth1, set: (s, v) => sub(s, { newSubscribersMonth1: v }) },
    { id: 'subGrowth', label: 'worksheet.field.subGrowth', unit: 'worksheet.unit.percentPerMonth', range: LIMITS.growth, percent: true, get: (s) => s.subscription.growth, set: (s, v) => sub(s, { growth: monthlyRate(v) }) },
    { id: 'subChurn', label: 'worksheet.field.subChurn', unit: 'worksheet.unit.percentPerMonth', range: LIMITS.rate, percent: true, get: (s) => s.subscription.churn, set: (s, v) => sub(s, { churn: monthlyRate(v) }) },
    { id: 'subCalls', label: 'worksheet.field.subCalls', unit: 'worksheet.unit.callsPerMonth', range: LIMITS.count, get: (s) => s.subscription.callsPerSubscriber, set: (s, v) => sub(s, { callsPerSubscriber: v }) },
  ],
  api: [
    { id: 'apiPrice', label: 'worksheet.field.apiPrice', unit: 'worksheet.unit.usdPer1k', range: LIMITS.money, get: (s) => s.api.pricePer1kCalls, set: (s, v) => api(s, { pricePer1kCalls: usd(v) }) },
    { id: 'apiCalls', label: 'worksheet.field.apiCalls', unit: 'worksheet.unit.callsPerMonth', range: LIMITS.count, get: (s) => s.api.callsMonth1, set: (s, v) => api(s, { callsMonth1: v }) },
    { id: 'apiGrowth', label: 'worksheet.field.apiGrowth', unit: 'worksheet.unit.percentPerMonth', range: LIMITS.growth, percent: true, get: (s) => s.api.growth, set: (s, v) => api(s, { growth: monthlyRate(v) }) },
  ],
  ads: [
    { id: 'adsUsers', label: 'worksheet.field.adsUsers', unit: 'worksheet.unit.count', range: LIMITS.count, get: (s) => s.ads.usersMonth1, set: (s, v) => ads(s, { usersMonth1: v }) },
    { id: 'adsGrowth', label: 'worksheet.field.adsGrowth', unit: 'worksheet.unit.percentPerMonth', range: LIMITS.growth, percent: true, get: (s) => s.ads.growth, set: (s, v) => ads(s, { growth: monthlyRate(v) }) },
    { id: 'adsImpressions', label: 'worksheet.field.adsImpressions', unit: 'worksheet.unit.perUserMonth', range: LIMITS.count, get: (s) => s.ads.impressionsPerUser, set: (s, v) => ads(s, { impressionsPerUser: v }) },
    { id: 'adsCpm', label: 'worksheet.field.adsCpm', unit: 'worksheet.unit.cpm', range: LIMITS.money, get: (s) => s.ads.cpm, set: (s, v) => ads(s, { cpm: usd(v) }) },
    { id: 'adsCalls', label: 'worksheet.field.adsCalls', unit: 'worksheet.unit.perUserMonth', range: LIMITS.count, get: (s) => s.ads.callsPerUser, set: (s, v) => ads(s, { callsPerUser: v }) },
  ],
  enterprise: [
    { id: 'entNew', label: 'worksheet.field.entNew', unit: 'worksheet.unit.contracts', range: LIMITS.count, get: (s) => s.enterprise.newContractsMonth1, set: (s, v) => ent(s, { newContractsMonth1: v }) },
    { id: 'entGrowth', label: 'worksheet.field.entGrowth', unit: 'worksheet.unit.percentPerMonth', range: LIMITS.growth, percent: true, get: (s) => s.enterprise.growth, set: (s, v) => ent(s, { growth: monthlyRate(v) }) },
    { id: 'entLength', label: 'worksheet.field.entLength', unit: 'worksheet.unit.months', range: LIMITS.contractMonths, get: (s) => s.enterprise.contractMonths, set: (s, v) => ent(s, { contractMonths: months(v) }) },
    { id: 'entFee', label: 'worksheet.field.entFee', unit: 'worksheet.unit.usdPerContractMonth', range: LIMITS.money, get: (s) => s.enterprise.monthlyFee, set: (s, v) => ent(s, { monthlyFee: usd(v) }) },
    { id: 'entFineTune', label: 'worksheet.field.entFineTune', unit: 'worksheet.unit.usdPerContract', range: LIMITS.money, get: (s) => s.enterprise.fineTuneCostPerContract, set: (s, v) => ent(s, { fineTuneCostPerContract: usd(v) }) },
  ],
  inferenceDirect: [
    { id: 'infCost', label: 'worksheet.field.infCost', unit: 'worksheet.unit.usdPer1k', range: LIMITS.money, get: (s) => s.inference.costPer1kCalls, set: (s, v) => inf(s, { costPer1kCalls: usd(v), costSource: '' }) },
  ],
  inferenceDerived: [
    { id: 'infParams', label: 'worksheet.field.infParams', unit: 'worksheet.unit.parameters', range: LIMITS.parameters, get: (s) => s.inference.parameters, set: (s, v) => inf(s, { parameters: v }) },
    { id: 'infTokens', label: 'worksheet.field.infTokens', unit: 'worksheet.unit.tokens', range: LIMITS.tokens, get: (s) => s.inference.tokensPerCall, set: (s, v) => inf(s, { tokensPerCall: v }) },
    { id: 'infUtil', label: 'worksheet.field.infUtil', unit: 'worksheet.unit.percent', range: LIMITS.utilisation, percent: true, get: (s) => s.inference.utilisation, set: (s, v) => inf(s, { utilisation: fraction(v) }) },
  ],
  training: [
    { id: 'trainUtil', label: 'worksheet.field.trainUtil', unit: 'worksheet.unit.percent', range: LIMITS.utilisation, percent: true, get: (s) => s.training.utilisation, set: (s, v) => ({ ...s, training: { ...s.training, utilisation: fraction(v) } }) },
  ],
  operating: [
    { id: 'labels', label: 'worksheet.field.labels', unit: 'worksheet.unit.perMonth', range: LIMITS.count, get: (s) => s.labelling.labelsPerMonth, set: (s, v) => ({ ...s, labelling: { ...s.labelling, labelsPerMonth: v } }) },
    { id: 'labelCost', label: 'worksheet.field.labelCost', unit: 'worksheet.unit.usdPerLabel', range: LIMITS.money, get: (s) => s.labelling.costPerLabel, set: (s, v) => ({ ...s, labelling: { ...s.labelling, costPerLabel: usd(v) } }) },
    { id: 'personCost', label: 'worksheet.field.personCost', unit: 'worksheet.unit.usdPerPersonMonth', range: LIMITS.money, get: (s) => s.team.costPerPersonMonth, set: (s, v) => ({ ...s, team: { ...s.team, costPerPersonMonth: usd(v) } }) },
    { id: 'fixed', label: 'worksheet.field.fixed', unit: 'worksheet.unit.usdPerMonth', range: LIMITS.money, get: (s) => s.fixedMonthly, set: (s, v) => ({ ...s, fixedMonthly: usd(v) }) },
    { id: 'acquisition', label: 'worksheet.field.acquisition', unit: 'worksheet.unit.usdPerMonth', range: LIMITS.money, get: (s) => s.acquisitionMonthly, set: (s, v) => ({ ...s, acquisitionMonthly: usd(v) }) },
  ],
};
