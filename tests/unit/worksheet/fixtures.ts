/** A scenario with every stream off and every cost zero: tests switch on only what they check. */
import type { Scenario } from '../../../src/worksheet/model/types';
import { fraction, flopsPerSecond, monthlyRate, months, usd } from '../../../src/worksheet/model/units';

export function blankScenario(horizon = 12): Scenario {
  return {
    id: 'test',
    name: 'Test',
    horizonMonths: months(horizon),
    subscription: { enabled: false, pricePerMonth: usd(0), startSubscribers: 0, newSubscribersMonth1: 0, growth: monthlyRate(0), churn: monthlyRate(0), callsPerSubscriber: 0 },
    api: { enabled: false, pricePer1kCalls: usd(0), callsMonth1: 0, growth: monthlyRate(0) },
    ads: { enabled: false, usersMonth1: 0, growth: monthlyRate(0), impressionsPerUser: 0, cpm: usd(0), callsPerUser: 0 },
    enterprise: { enabled: false, newContractsMonth1: 0, growth: monthlyRate(0), contractMonths: months(1), monthlyFee: usd(0), fineTuneCostPerContract: usd(0) },
    inference: { mode: 'direct', costPer1kCalls: usd(0), parameters: 0, tokensPerCall: 0, gpuId: 'g', utilisation: fraction(0.5), costSource: '' },
    training: { gpuId: 'g', utilisation: fraction(0.5), runs: [] },
    labelling: { labelsPerMonth: 0, costPerLabel: usd(0) },
    team: { costPerPersonMonth: usd(0), plan: [] },
    fixedMonthly: usd(0),
    acquisitionMonthly: usd(0),
    paymentFeeRate: fraction(0),
    startingCash: usd(0),
    funding: [],
    // A made-up GPU with round numbers: 1e15 FLOP/s, $2 per hour.
    gpus: [{ id: 'g', name: 'Round GPU', peakFlopsPerSecond: flopsPerSecond(1e15), precision: 'test', pricePerHour: usd(2), checked: '2026-11' }],
  };
}
