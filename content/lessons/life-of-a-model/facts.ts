/**
 * Numbers quoted by "The life of a model". The inputs are round, made-up
 * figures for a small startup (stated as such in the lesson); every result
 * is computed from them by src/math, never typed in.
 */
import { fmt, fmtCount, fmtGrouped, fmtPercent, type LocalizedFact } from '../../../src/format/prose';
import {
  breakEvenRequests,
  dedicatedServingCost,
  HOURS_PER_MONTH,
  labellingCost,
  payPerUseServingCost,
  peopleCost,
  trainingComputeCost,
} from '../../../src/math/lifecycle-costs';

/** The scenario: a startup fine-tuning an open model to draft customer-support replies. */
export const scenario = {
  examples: 20_000,
  labelsPerExample: 2,
  pricePerLabel: 0.06,
  testFraction: 0.1,
  trainingRuns: 15,
  gpusPerRun: 8,
  hoursPerRun: 6,
  pricePerGpuHour: 2.5,
  engineers: 2,
  months: 3,
  monthlyCostPerEngineer: 12_000,
  requestsPerMonth: 300_000,
  tokensPerRequest: 800,
  pricePerMillionTokens: 0.5,
  servingGpus: 1,
  servingPricePerGpuHour: 1.2,
  flaggedFraction: 0.02,
} as const;

const s = scenario;
const labelling = labellingCost(s.examples, s.labelsPerExample, s.pricePerLabel);
const perRun = trainingComputeCost(1, s.gpusPerRun, s.hoursPerRun, s.pricePerGpuHour);
const training = trainingComputeCost(s.trainingRuns, s.gpusPerRun, s.hoursPerRun, s.pricePerGpuHour);
const people = peopleCost(s.engineers, s.months, s.monthlyCostPerEngineer);
const upFront = labelling + training + people;
const payPerUse = payPerUseServingCost(s.requestsPerMonth, s.tokensPerRequest, s.pricePerMillionTokens);
const dedicated = dedicatedServingCost(s.servingGpus, s.servingPricePerGpuHour);
const flagged = s.requestsPerMonth * s.flaggedFraction;
const relabelPerExample = labellingCost(1, s.labelsPerExample, s.pricePerLabel);

/** Counts of 万 and more read in 万 in the Chinese edition (fmtCount); the rest reads the same in both. */
export const facts: Readonly<Record<string, string | LocalizedFact>> = {
  examples: fmtCount(s.examples),
  labels_per_example: fmt(s.labelsPerExample, 0),
  price_per_label: fmt(s.pricePerLabel, 2),
  total_labels: fmtCount(s.examples * s.labelsPerExample),
  labelling_cost: fmtGrouped(labelling),
  test_percent: fmtPercent(s.testFraction, 0),
  test_examples: fmtGrouped(s.examples * s.testFraction),
  train_examples: fmtGrouped(s.examples * (1 - s.testFraction)),
  training_runs: fmt(s.trainingRuns, 0),
  gpus_per_run: fmt(s.gpusPerRun, 0),
  hours_per_run: fmt(s.hoursPerRun, 0),
  gpu_hours_per_run: fmt(s.gpusPerRun * s.hoursPerRun, 0),
  price_per_gpu_hour: fmt(s.pricePerGpuHour, 2),
  cost_per_run: fmtGrouped(perRun),
  training_cost: fmtGrouped(training),
  engineers: fmt(s.engineers, 0),
  months: fmt(s.months, 0),
  monthly_cost_per_engineer: fmtGrouped(s.monthlyCostPerEngineer),
  people_cost: fmtGrouped(people),
  up_front_cost: fmtGrouped(upFront),
  people_share: fmtPercent(people / upFront, 0),
  compute_share: fmtPercent(training / upFront, 1),
  requests_per_month: fmtCount(s.requestsPerMonth),
  tokens_per_request: fmtGrouped(s.tokensPerRequest),
  million_tokens_per_month: fmtGrouped((s.requestsPerMonth * s.tokensPerRequest) / 1_000_000),
  price_per_million_tokens: fmt(s.pricePerMillionTokens, 2),
  pay_per_use_cost: fmtGrouped(payPerUse),
  serving_price_per_gpu_hour: fmt(s.servingPricePerGpuHour, 2),
  hours_per_month: fmt(HOURS_PER_MONTH, 0),
  dedicated_cost: fmtGrouped(dedicated),
  break_even_requests: fmtCount(breakEvenRequests(dedicated, s.tokensPerRequest, s.pricePerMillionTokens)),
  flagged_percent: fmtPercent(s.flaggedFraction, 0),
  flagged_per_month: fmtGrouped(flagged),
  relabel_per_example: fmt(relabelPerExample, 2),
  feedback_cost: fmtGrouped(flagged * relabelPerExample),
};
