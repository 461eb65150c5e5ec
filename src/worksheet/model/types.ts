/**
 * The inputs of one worksheet scenario. Everything the projection needs is
 * here (the GPU price table included), so a scenario exported, shared or
 * imported gives the same numbers everywhere. Ranges live in `limits.ts`.
 */
import type { Fraction, FlopsPerSecond, MonthlyRate, Months, Usd } from './units';

export interface SubscriptionInputs {
  readonly enabled: boolean;
  /** P: price per subscriber per month. */
  readonly pricePerMonth: Usd;
  /** S₀: subscribers before month 1. */
  readonly startSubscribers: number;
  /** N₁: new subscribers in month 1. */
  readonly newSubscribersMonth1: number;
  /** g: monthly growth of new subscribers. */
  readonly growth: MonthlyRate;
  /** c: share of subscribers who leave each month. */
  readonly churn: MonthlyRate;
  /** Model calls one subscriber makes per month (they cost inference). */
  readonly callsPerSubscriber: number;
}

export interface ApiInputs {
  readonly enabled: boolean;
  readonly pricePer1kCalls: Usd;
  /** C₁: calls in month 1. */
  readonly callsMonth1: number;
  readonly growth: MonthlyRate;
  /** New API accounts (paying developers) in month 1; they grow at the API's growth rate. Customers for CAC. */
  readonly newAccountsMonth1: number;
  /** Share of API accounts that stop each month. */
  readonly accountChurn: MonthlyRate;
}

export interface AdsInputs {
  readonly enabled: boolean;
  /** U₁: monthly active users in month 1. */
  readonly usersMonth1: number;
  readonly growth: MonthlyRate;
  readonly impressionsPerUser: number;
  /** Revenue per 1,000 ad impressions. */
  readonly cpm: Usd;
  /** The app's own model calls per user per month. */
  readonly callsPerUser: number;
  /**
   * New advertisers in month 1 (they grow at the users' growth rate): the
   * stream's paying customers for CAC. 0 = advertisers are not counted and
   * the stream is shown as having no CAC.
   */
  readonly newAdvertisersMonth1: number;
  /** Share of advertisers who stop buying each month. */
  readonly advertiserChurn: MonthlyRate;
}

export interface EnterpriseInputs {
  readonly enabled: boolean;
  /** K₁: new contracts in month 1 (fractional values allowed: 0.5 = one every two months). */
  readonly newContractsMonth1: number;
  readonly growth: MonthlyRate;
  /** L: months a contract runs. */
  readonly contractMonths: Months;
  readonly monthlyFee: Usd;
  /** One-off cost to fine-tune a model for each new contract. */
  readonly fineTuneCostPerContract: Usd;
}

/** `direct`: entered cost per 1,000 calls; `derived`: 2·N·T FLOPs on a GPU; `capacity`: GPUs provisioned for the peak (see capacity.ts). */
export type InferenceCostMode = 'direct' | 'derived' | 'capacity';

export interface InferenceInputs {
  /** `direct`: use `costPer1kCalls`; `derived`: compute it from the model size and a GPU; `capacity`: from `Scenario.capacity`. */
  readonly mode: InferenceCostMode;
  readonly costPer1kCalls: Usd;
  /** N: model parameters. */
  readonly parameters: number;
  /** Tokens processed per call (prompt + answer). */
  readonly tokensPerCall: number;
  readonly gpuId: string;
  /** Share of the GPU's peak FLOP/s actually achieved. */
  readonly utilisation: Fraction;
  /**
   * Where `costPer1kCalls` came from when it was measured in a lesson (e.g.
   * "2.1 ms per call on webgpu × $0.50 per hour, in Deployment"); '' when
   * typed by hand. Editing the cost clears it.
   */
  readonly costSource: string;
}

export interface GpuPrice {
  readonly id: string;
  readonly name: string;
  /** Dense peak (no sparsity) at the precision named in `precision`. */
  readonly peakFlopsPerSecond: FlopsPerSecond;
  readonly precision: string;
  /** Typical on-demand cloud price per GPU-hour. */
  readonly pricePerHour: Usd;
  /** When the price was checked, `YYYY-MM`. Shown beside every derived figure. */
  readonly checked: string;
}

export interface TrainingRun {
  readonly month: Months;
  /** N: parameters. */
  readonly parameters: number;
  /** D: training tokens. */
  readonly tokens: number;
}

export interface TrainingInputs {
  readonly gpuId: string;
  /** Model FLOP utilisation during training (MFU). */
  readonly utilisation: Fraction;
  readonly runs: readonly TrainingRun[];
}

export interface TeamStep {
  /** From this month on the team has `headcount` people (until the next step). */
  readonly fromMonth: Months;
  readonly headcount: number;
}

export interface FundingRound {
  readonly month: Months;
  readonly amount: Usd;
}

/** The four revenue streams, in table order. */
export const STREAM_IDS = ['subscription', 'api', 'ads', 'enterprise'] as const;
export type StreamId = (typeof STREAM_IDS)[number];
export type PerStream<T> = { readonly [K in StreamId]: T };

export type CapacityPricing = 'reserved' | 'onDemand';

/**
 * GPU capacity for the busiest moment: throughput per GPU (tokens/s) with
 * where it came from, a peak-to-average factor, and how the GPUs are paid
 * for. Tokens per call come from `inference.tokensPerCall`.
 */
export interface CapacityInputs {
  readonly gpuId: string;
  /** Peak load / average load over a month (≥ 1). */
  readonly peakToAverage: number;
  /** Tokens per second one GPU serves (prompt + answer), measured or from a benchmark. */
  readonly throughputTokensPerSecond: number;
  /** Where the throughput came from ('' = typed by hand without a source). */
  readonly throughputSource: string;
  /** When it was measured or looked up, `YYYY-MM` ('' = unknown). */
  readonly throughputChecked: string;
  /** Which bill becomes the inference cost in `capacity` mode. */
  readonly pricing: CapacityPricing;
  /** Reserved (committed) price = on-demand price · (1 − discount). */
  readonly reservedDiscount: Fraction;
}

/** One row of the per-million-token price table (what a model API charges). */
export interface TokenPrice {
  readonly id: string;
  readonly name: string;
  /** USD per 1,000,000 input (prompt) tokens. */
  readonly inputPerMillion: Usd;
  /** USD per 1,000,000 output (answer) tokens. */
  readonly outputPerMillion: Usd;
  /** When the price was checked, `YYYY-MM`. */
  readonly checked: string;
}

/** A three-point range for one scalar input: low ≤ likely ≤ high, where likely is the input's own value. */
export interface InputRange {
  /** A `ScalarId` from scalars.ts. */
  readonly input: string;
  readonly low: number;
  readonly high: number;
}

export interface UncertaintyInputs {
  /** Seed of the Monte Carlo's random numbers: the same seed gives the same result. */
  readonly seed: number;
  readonly ranges: readonly InputRange[];
}

/**
 * How many yuan one US dollar buys, and when that was checked. The model
 * computes in US dollars; the sidebar converts at this rate when it shows
 * yuan, and says which rate and date every converted figure used.
 */
export interface ExchangeRate {
  readonly cnyPerUsd: number;
  /** When the rate was checked, `YYYY-MM`. */
  readonly checked: string;
}

export interface Scenario {
  readonly id: string;
  readonly name: string;
  /** H: months projected (1 … 120). */
  readonly horizonMonths: Months;
  readonly subscription: SubscriptionInputs;
  readonly api: ApiInputs;
  readonly ads: AdsInputs;
  readonly enterprise: EnterpriseInputs;
  readonly inference: InferenceInputs;
  readonly training: TrainingInputs;
  readonly labelling: { readonly labelsPerMonth: number; readonly costPerLabel: Usd };
  readonly team: { readonly costPerPersonMonth: Usd; readonly plan: readonly TeamStep[] };
  readonly fixedMonthly: Usd;
  /** Acquisition spend not attributed to any stream (counts only in the blended CAC). */
  readonly acquisitionMonthly: Usd;
  /** Acquisition spend per month attributed to each stream (a stream that is off spends nothing). */
  readonly acquisitionByStream: PerStream<Usd>;
  /** Payment processing fees as a share of the revenue of the streams that pay by card. */
  readonly paymentFeeRate: Fraction;
  /** Which streams pay by card (fees apply); default subscriptions and the self-serve API. */
  readonly paymentFeeStreams: PerStream<boolean>;
  readonly startingCash: Usd;
  readonly funding: readonly FundingRound[];
  readonly gpus: readonly GpuPrice[];
  readonly capacity: CapacityInputs;
  readonly tokenPrices: readonly TokenPrice[];
  readonly uncertainty: UncertaintyInputs;
  readonly exchangeRate: ExchangeRate;
}
