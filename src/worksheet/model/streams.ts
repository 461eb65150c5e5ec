/**
 * The four revenue streams, each as a monthly series for months 1 … H.
 * A stream that is switched off yields zeros. Growth is compounding:
 * Xₘ = X₁ · (1 + g)^(m−1).
 */
import type { AdsInputs, ApiInputs, EnterpriseInputs, SubscriptionInputs } from './types';

/** X₁ · (1 + g)^(m−1) for m = 1 … H. */
export function compounding(first: number, growth: number, horizon: number): number[] {
  const out: number[] = [];
  for (let m = 1; m <= horizon; m++) out.push(first * (1 + growth) ** (m - 1));
  return out;
}

const zeros = (horizon: number): number[] => new Array<number>(horizon).fill(0);

/** A customer base with churn: Bₘ = Bₘ₋₁ · (1 − c) + Nₘ, B₀ = start. */
export function customerBase(newPerMonth: readonly number[], churn: number, start = 0): number[] {
  const out: number[] = [];
  let previous = start;
  for (const joined of newPerMonth) {
    previous = previous * (1 - churn) + joined;
    out.push(previous);
  }
  return out;
}

export interface SubscriptionSeries {
  readonly newSubscribers: number[];
  readonly subscribers: number[];
  readonly revenue: number[];
}

/**
 * Subscription: Nₘ = N₁·(1+g)^(m−1); Sₘ = Sₘ₋₁·(1−c) + Nₘ (S₀ given);
 * revenue Sₘ · P. With c = 0 and g = 0, N₁ = 0 the base stays S₀.
 */
export function subscriptionSeries(input: SubscriptionInputs, horizon: number): SubscriptionSeries {
  if (!input.enabled) return { newSubscribers: zeros(horizon), subscribers: zeros(horizon), revenue: zeros(horizon) };
  const newSubscribers = compounding(input.newSubscribersMonth1, input.growth, horizon);
  const subscribers = customerBase(newSubscribers, input.churn, input.startSubscribers);
  return { newSubscribers, subscribers, revenue: subscribers.map((s) => s * input.pricePerMonth) };
}

export interface ApiSeries {
  readonly calls: number[];
  readonly revenue: number[];
  /** New paying accounts: N₁·(1+g)^(m−1) with the API's growth g. */
  readonly newAccounts: number[];
  /** Active accounts: Aₘ = Aₘ₋₁·(1 − account churn) + Nₘ, A₀ = 0. */
  readonly accounts: number[];
}

/** Pay-per-use API: Cₘ = C₁·(1+g)^(m−1); revenue Cₘ / 1000 · price per 1,000 calls; accounts as above. */
export function apiSeries(input: ApiInputs, horizon: number): ApiSeries {
  if (!input.enabled) return { calls: zeros(horizon), revenue: zeros(horizon), newAccounts: zeros(horizon), accounts: zeros(horizon) };
  const calls = compounding(input.callsMonth1, input.growth, horizon);
  const newAccounts = compounding(input.newAccountsMonth1, input.growth, horizon);
  return { calls, revenue: calls.map((c) => (c / 1000) * input.pricePer1kCalls), newAccounts, accounts: customerBase(newAccounts, input.accountChurn) };
}

export interface AdsSeries {
  readonly users: number[];
  /** The app's own model calls: Uₘ · calls per user. */
  readonly calls: number[];
  readonly revenue: number[];
  /** New advertisers N₁·(1+g)^(m−1) with the users' growth g (zeros when not counted). */
  readonly newAdvertisers: number[];
  /** Active advertisers: Vₘ = Vₘ₋₁·(1 − advertiser churn) + Nₘ, V₀ = 0. */
  readonly advertisers: number[];
}

/** Advertising: Uₘ = U₁·(1+g)^(m−1); revenue Uₘ · impressions / 1000 · CPM; advertisers as above. */
export function adsSeries(input: AdsInputs, horizon: number): AdsSeries {
  if (!input.enabled) return { users: zeros(horizon), calls: zeros(horizon), revenue: zeros(horizon), newAdvertisers: zeros(horizon), advertisers: zeros(horizon) };
  const users = compounding(input.usersMonth1, input.growth, horizon);
  const newAdvertisers = compounding(input.newAdvertisersMonth1, input.growth, horizon);
  return {
    users,
    calls: users.map((u) => u * input.callsPerUser),
    revenue: users.map((u) => ((u * input.impressionsPerUser) / 1000) * input.cpm),
    newAdvertisers,
    advertisers: customerBase(newAdvertisers, input.advertiserChurn),
  };
}

export interface EnterpriseSeries {
  readonly newContracts: number[];
  readonly activeContracts: number[];
  readonly revenue: number[];
  readonly fineTuningCost: number[];
}

/**
 * Model-as-a-service: Kₘ = K₁·(1+g)^(m−1) (fractional allowed);
 * Aₘ = Σ Kⱼ for j = max(1, m−L+1) … m (a contract signed in month j runs
 * months j … j+L−1); revenue Aₘ · fee; fine-tuning Kₘ · cost per contract.
 */
export function enterpriseSeries(input: EnterpriseInputs, horizon: number): EnterpriseSeries {
  if (!input.enabled) {
    return { newContracts: zeros(horizon), activeContracts: zeros(horizon), revenue: zeros(horizon), fineTuningCost: zeros(horizon) };
  }
  const newContracts = compounding(input.newContractsMonth1, input.growth, horizon);
  const activeContracts = newContracts.map((_, index) => {
    const m = index + 1;
    let sum = 0;
    for (let j = Math.max(1, m - input.contractMonths + 1); j <= m; j++) sum += newContracts[j - 1] ?? 0;
    return sum;
  });
  return {
    newContracts,
    activeContracts,
    revenue: activeContracts.map((a) => a * input.monthlyFee),
    fineTuningCost: newContracts.map((k) => k * input.fineTuneCostPerContract),
  };
}
