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

export type InferenceCostMode = 'direct' | 'derived';

export interface InferenceInputs {
  /** `direct`: use `costPer1kCalls`; `derived`: compute it from the model size and a GPU. */
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
  readonly acquisitionMonthly: Usd;
  /** Payment processing fees as a share of revenue. */
  readonly paymentFeeRate: Fraction;
  readonly startingCash: Usd;
  readonly funding: readonly FundingRound[];
  readonly gpus: readonly GpuPrice[];
}
