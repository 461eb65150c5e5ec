/**
 * Starting points for the business models the course describes. Each
 * preset is a complete scenario; its explanation lives in the i18n
 * dictionary (`worksheet.preset.<id>.title` / `.body`). Figures are round,
 * plausible early-stage numbers, not market data.
 */
import { DEFAULT_GPUS } from './gpus';
import { DEFAULT_CAPACITY, DEFAULT_FEE_STREAMS, DEFAULT_TOKEN_PRICES, DEFAULT_EXCHANGE_RATE, DEFAULT_UNCERTAINTY, NO_STREAM_ACQUISITION } from './defaults';
import type { Scenario } from './types';
import { fraction, monthlyRate, months, usd } from './units';

export const PRESET_IDS = ['subscription-saas', 'pay-per-use-api', 'ad-supported-app', 'model-as-a-service', 'hybrid'] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET: PresetId = 'hybrid';

export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

/** Shared base: a 7B-parameter model served on H100s, a small team, a seed then a Series A. */
const BASE: Omit<Scenario, 'id' | 'name'> = {
  horizonMonths: months(36),
  subscription: {
    enabled: false,
    pricePerMonth: usd(20),
    startSubscribers: 0,
    newSubscribersMonth1: 400,
    growth: monthlyRate(0.08),
    churn: monthlyRate(0.05),
    callsPerSubscriber: 300,
  },
  // 40 new developer accounts in month 1, 3 % of accounts stop each month.
  api: { enabled: false, pricePer1kCalls: usd(2), callsMonth1: 2_000_000, growth: monthlyRate(0.1), newAccountsMonth1: 40, accountChurn: monthlyRate(0.03) },
  ads: {
    enabled: false,
    usersMonth1: 20_000,
    growth: monthlyRate(0.12),
    impressionsPerUser: 60,
    cpm: usd(4),
    callsPerUser: 40,
    // Advertisers buying space: 5 new in month 1, 10 % stop each month.
    newAdvertisersMonth1: 5,
    advertiserChurn: monthlyRate(0.1),
  },
  enterprise: {
    enabled: false,
    newContractsMonth1: 0.5,
    growth: monthlyRate(0.05),
    contractMonths: months(12),
    monthlyFee: usd(15_000),
    fineTuneCostPerContract: usd(20_000),
  },
  // 2·7e9·1000 = 1.4e13 FLOPs per call; at 10 % of an H100 (decoding is memory-bound) ≈ $0.118 per 1,000 calls.
  inference: {
    mode: 'derived',
    costPer1kCalls: usd(0.2),
    parameters: 7e9,
    tokensPerCall: 1000,
    costSource: '',
    gpuId: 'h100-sxm',
    utilisation: fraction(0.1),
  },
  // 6·7e9·1e12 = 4.2e22 FLOPs at 40 % MFU on H100s ≈ 29,500 GPU-hours ≈ $88k.
  training: { gpuId: 'h100-sxm', utilisation: fraction(0.4), runs: [{ month: months(3), parameters: 7e9, tokens: 1e12 }] },
  labelling: { labelsPerMonth: 20_000, costPerLabel: usd(0.5) },
  team: {
    costPerPersonMonth: usd(15_000),
    plan: [
      { fromMonth: months(1), headcount: 5 },
      { fromMonth: months(7), headcount: 10 },
      { fromMonth: months(13), headcount: 16 },
    ],
  },
  fixedMonthly: usd(8_000),
  // Every preset attributes its acquisition spend to its streams (below); none is left unattributed.
  acquisitionMonthly: usd(0),
  acquisitionByStream: NO_STREAM_ACQUISITION,
  paymentFeeRate: fraction(0.03),
  paymentFeeStreams: DEFAULT_FEE_STREAMS,
  startingCash: usd(2_000_000),
  funding: [{ month: months(10), amount: usd(8_000_000) }],
  gpus: DEFAULT_GPUS,
  capacity: DEFAULT_CAPACITY,
  tokenPrices: DEFAULT_TOKEN_PRICES,
  uncertainty: DEFAULT_UNCERTAINTY,
  exchangeRate: DEFAULT_EXCHANGE_RATE,
};

const spend = (patch: Partial<Record<keyof typeof NO_STREAM_ACQUISITION, number>>): Scenario['acquisitionByStream'] =>
  ({ ...NO_STREAM_ACQUISITION, ...patch }) as Scenario['acquisitionByStream'];

const PRESETS: Record<PresetId, Omit<Scenario, 'id' | 'name'>> = {
  'subscription-saas': {
    ...BASE,
    subscription: { ...BASE.subscription, enabled: true, newSubscribersMonth1: 1_000 },
    acquisitionByStream: spend({ subscription: 25_000 }),
  },
  'pay-per-use-api': {
    ...BASE,
    api: { ...BASE.api, enabled: true, callsMonth1: 5_000_000, growth: monthlyRate(0.12) },
    acquisitionByStream: spend({ api: 25_000 }),
  },
  'ad-supported-app': {
    ...BASE,
    ads: { ...BASE.ads, enabled: true, usersMonth1: 50_000 },
    acquisitionByStream: spend({ ads: 40_000 }),
  },
  'model-as-a-service': {
    ...BASE,
    enterprise: { ...BASE.enterprise, enabled: true, newContractsMonth1: 1, monthlyFee: usd(25_000) },
    acquisitionByStream: spend({ enterprise: 30_000 }),
  },
  // The same $25k a month as before, split across the three streams it pays for.
  hybrid: {
    ...BASE,
    subscription: { ...BASE.subscription, enabled: true },
    api: { ...BASE.api, enabled: true },
    enterprise: { ...BASE.enterprise, enabled: true },
    acquisitionByStream: spend({ subscription: 10_000, api: 7_000, enterprise: 8_000 }),
  },
};

/** A fresh scenario (inputs copied, so edits never touch the preset). */
export function presetScenario(id: PresetId, scenarioId: string, name: string): Scenario {
  return structuredClone({ ...PRESETS[id], id: scenarioId, name });
}
