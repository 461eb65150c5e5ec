/** A scenario with every stream off and every cost zero: tests switch on only what they check. */
import type { Scenario } from '../../../src/worksheet/model/types';
import { fraction, flopsPerSecond, monthlyRate, months, usd } from '../../../src/worksheet/model/units';

export function blankScenario(horizon = 12): Scenario {
  return {
    id: 'test',
    name: 'Test',
    horizonMonths: months(horizon),
    subscription: { enabled: false, pricePerMonth: usd(0), startSubscribers: 0, newSubscribersMonth1: 0, growth: monthlyRate(0), churn: monthlyRate(0), callsPerSubscriber: 0 },
    api: { enabled: false, pricePer1kCalls: usd(0), callsMonth1: 0, growth: monthlyRate(0), newAccountsMonth1: 0, accountChurn: monthlyRate(0) },
    ads: { enabled: false, usersMonth1: 0, growth: monthlyRate(0), impressionsPerUser: 0, cpm: usd(0), callsPerUser: 0, newAdvertisersMonth1: 0, advertiserChurn: monthlyRate(0) },
    enterprise: { enabled: false, newContractsMonth1: 0, growth: monthlyRate(0), contractMonths: months(1), monthlyFee: usd(0), fineTuneCostPerContract: usd(0) },
    inference: { mode: 'direct', costPer1kCalls: usd(0), parameters: 0, tokensPerCall: 0, gpuId: 'g', utilisation: fraction(0.5), costSource: '' },
    training: { gpuId: 'g', utilisation: fraction(0.5), runs: [] },
    labelling: { labelsPerMonth: 0, costPerLabel: usd(0) },
    team: { costPerPersonMonth: usd(0), plan: [] },
    fixedMonthly: usd(0),
    acquisitionMonthly: usd(0),
    acquisitionByStream: { subscription: usd(0), api: usd(0), ads: usd(0), enterprise: usd(0) },
    paymentFeeRate: fraction(0),
    // Card-paid streams, as the app's default: subscription and API pay fees, advertising and enterprise do not.
    paymentFeeStreams: { subscription: true, api: true, ads: false, enterprise: false },
    startingCash: usd(0),
    funding: [],
    // A made-up GPU with round numbers: 1e15 FLOP/s, $2 per hour.
    gpus: [{ id: 'g', name: 'Round GPU', peakFlopsPerSecond: flopsPerSecond(1e15), precision: 'test', pricePerHour: usd(2), checked: '2026-11' }],
    capacity: { gpuId: 'g', peakToAverage: 1, throughputTokensPerSecond: 1000, throughputSource: '', throughputChecked: '', pricing: 'onDemand', reservedDiscount: fraction(0) },
    tokenPrices: [{ id: 't', name: 'Round model', inputPerMillion: usd(1), outputPerMillion: usd(2), checked: '2026-11' }],
    uncertainty: { seed: 1, ranges: [] },
    exchangeRate: { cnyPerUsd: 7, checked: '2026-01' },
  };
}
