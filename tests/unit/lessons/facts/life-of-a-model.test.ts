/** "The life of a model": every cost of the worked startup, multiplied out by hand from the scenario. */
import { describe, expect, it } from 'vitest';
import { facts, scenario as s } from '../../../../content/lessons/life-of-a-model/facts';
import { expectUsesExactly, fixed, grouped } from './helpers';

describe('life-of-a-model facts', () => {
  it('match the hand arithmetic', () => {
    // Data: 20,000 × 2 labels × 0.06; compute: 15 runs × 8 GPUs × 6 h × 2.50; people: 2 × 3 × 12,000.
    const labelling = s.examples * s.labelsPerExample * s.pricePerLabel; // 2,400
    const perRun = s.gpusPerRun * s.hoursPerRun * s.pricePerGpuHour; // 120
    const training = s.trainingRuns * perRun; // 1,800
    const people = s.engineers * s.months * s.monthlyCostPerEngineer; // 72,000
    const upFront = labelling + training + people; // 76,200
    const millionTokens = (s.requestsPerMonth * s.tokensPerRequest) / 1e6; // 240
    const dedicated = s.servingGpus * 24 * 30 * s.servingPricePerGpuHour; // 864 a month
    const flagged = s.requestsPerMonth * s.flaggedFraction; // 6,000
    const relabel = s.labelsPerExample * s.pricePerLabel; // 0.12
    expect(facts).toEqual({
      // Counts of whole 万 read in 万 in Chinese: 20,000 = 2 万, 40,000 = 4 万, 300,000 = 30 万, 2,160,000 = 216 万.
      examples: { en: grouped(s.examples), zh: '2 万' },
      labels_per_example: grouped(s.labelsPerExample),
      price_per_label: fixed(s.pricePerLabel, 2),
      total_labels: { en: grouped(s.examples * s.labelsPerExample), zh: '4 万' },
      labelling_cost: grouped(labelling),
      test_percent: `${fixed(s.testFraction * 100, 0)}%`,
      test_examples: grouped(s.examples * s.testFraction),
      train_examples: grouped(s.examples * (1 - s.testFraction)),
      training_runs: grouped(s.trainingRuns),
      gpus_per_run: grouped(s.gpusPerRun),
      hours_per_run: grouped(s.hoursPerRun),
      gpu_hours_per_run: grouped(s.gpusPerRun * s.hoursPerRun),
      price_per_gpu_hour: fixed(s.pricePerGpuHour, 2),
      cost_per_run: grouped(perRun),
      training_cost: grouped(training),
      engineers: grouped(s.engineers),
      months: grouped(s.months),
      monthly_cost_per_engineer: grouped(s.monthlyCostPerEngineer),
      people_cost: grouped(people),
      up_front_cost: '76,200',
      people_share: `${fixed((100 * people) / upFront, 0)}%`, // 94.49% → 94%
      compute_share: `${fixed((100 * training) / upFront, 1)}%`, // 2.36% → 2.4%
      requests_per_month: { en: grouped(s.requestsPerMonth), zh: '30 万' },
      tokens_per_request: grouped(s.tokensPerRequest),
      million_tokens_per_month: grouped(millionTokens),
      price_per_million_tokens: fixed(s.pricePerMillionTokens, 2),
      pay_per_use_cost: grouped(millionTokens * s.pricePerMillionTokens), // 120
      serving_price_per_gpu_hour: fixed(s.servingPricePerGpuHour, 2),
      hours_per_month: '720',
      dedicated_cost: grouped(dedicated),
      break_even_requests: { en: '2,160,000', zh: '216 万' }, // 864 / (800 × 0.50 / 1e6)
      flagged_percent: `${fixed(s.flaggedFraction * 100, 0)}%`,
      flagged_per_month: grouped(flagged),
      relabel_per_example: fixed(relabel, 2),
      feedback_cost: grouped(flagged * relabel), // 720
    });
    expectUsesExactly('life-of-a-model', facts);
  });
});
