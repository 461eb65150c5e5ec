/**
 * Default values of the inputs added after the first release (worksheet
 * store v1, scenario file v1): presets start from them, and old saved
 * scenarios and share links are upgraded with them (io/upgrade.ts).
 */
import { PRICES_CHECKED } from './gpus';
import type { CapacityInputs, ExchangeRate, PerStream, TokenPrice, UncertaintyInputs } from './types';
import { fraction, monthlyRate, usd, type Usd } from './units';

/** Card-paid streams pay payment fees: subscriptions and the self-serve API; advertising and enterprise contracts are invoiced. */
export const DEFAULT_FEE_STREAMS: PerStream<boolean> = { subscription: true, api: true, ads: false, enterprise: false };

export const NO_STREAM_ACQUISITION: PerStream<Usd> = { subscription: usd(0), api: usd(0), ads: usd(0), enterprise: usd(0) };

export const DEFAULT_API_ACCOUNTS = { newAccountsMonth1: 0, accountChurn: monthlyRate(0.03) } as const;
export const DEFAULT_ADVERTISERS = { newAdvertisersMonth1: 0, advertiserChurn: monthlyRate(0.1) } as const;

/**
 * A placeholder throughput, clearly labelled as such: a 7B model with
 * continuous batching serves a few thousand tokens per second on one
 * data-centre GPU. Replace it with a measurement (its source and date are
 * shown beside every figure that uses it).
 */
export const DEFAULT_CAPACITY: CapacityInputs = {
  gpuId: 'h100-sxm',
  peakToAverage: 3,
  throughputTokensPerSecond: 2500,
  throughputSource: 'assumed (7B model, batched serving): replace with a measurement',
  throughputChecked: '',
  pricing: 'onDemand',
  reservedDiscount: fraction(0.4),
};

/**
 * Per-million-token list prices of models that use the cl100k_base encoding
 * (the one the token counter ships), as OpenAI published them; dated and
 * editable because they change. GPT-4o and later use o200k_base, which
 * counts Chinese text in noticeably fewer tokens.
 */
export const DEFAULT_TOKEN_PRICES: readonly TokenPrice[] = [
  { id: 'gpt-3.5-turbo', name: 'GPT-3.5 Turbo (0125)', inputPerMillion: usd(0.5), outputPerMillion: usd(1.5), checked: '2024-01' },
  { id: 'gpt-4-turbo', name: 'GPT-4 Turbo', inputPerMillion: usd(10), outputPerMillion: usd(30), checked: '2024-04' },
  { id: 'gpt-4', name: 'GPT-4 (8k)', inputPerMillion: usd(30), outputPerMillion: usd(60), checked: '2024-04' },
];

/** 4,000 draws: percentiles within about a percent of each other across seeds (see tests/unit/worksheet/monte-carlo.test.ts). */
export const DEFAULT_UNCERTAINTY: UncertaintyInputs = { seed: 1, ranges: [] };

/**
 * An example exchange rate, dated like the GPU prices: the yuan traded at
 * roughly 7.1 to 7.3 per US dollar through 2024 and 2025. It only changes how
 * amounts are shown in yuan (the model computes in dollars); edit it and its
 * date when you use the worksheet for a real plan.
 */
export const DEFAULT_EXCHANGE_RATE: ExchangeRate = { cnyPerUsd: 7.1, checked: PRICES_CHECKED };
