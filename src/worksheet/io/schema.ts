/**
 * The strict validator for scenarios that come from outside the app's own
 * store (imported files, share links). zod/mini keeps the bundle small.
 * Every number must be finite and inside its range from `model/limits.ts`;
 * lists are capped; unknown keys are dropped (z.object strips them).
 */
import * as z from 'zod/mini';
import { LIMITS, MAX_GPUS, MAX_LIST, MAX_NAME, type Range } from '../model/limits';

function num(range: Range) {
  const checks = [
    z.gte(range.min, `must be at least ${range.min}`),
    z.lte(range.max, `must be at most ${range.max}`),
  ];
  const base = z.number({ error: 'must be a number' });
  return range.integer
    ? base.check(...checks, z.refine((v: number) => Number.isInteger(v), 'must be a whole number'))
    : base.check(...checks);
}

/** The longest provenance note a measured inference cost may carry. */
export const MAX_SOURCE = 300;

const bool = z.boolean({ error: 'must be true or false' });
const text = (max: number) =>
  z.string({ error: 'must be text' }).check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));
const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item, { error: 'must be a list' }).check(z.maxLength(max, `must have at most ${max} entries`));

const gpu = z.object({
  id: text(40),
  name: text(MAX_NAME),
  peakFlopsPerSecond: num(LIMITS.peakFlops),
  precision: z.string({ error: 'must be text' }).check(z.maxLength(MAX_NAME)),
  pricePerHour: num(LIMITS.money),
  checked: z.string({ error: 'must be text' }).check(z.regex(/^\d{4}-\d{2}$/, 'must be a month like 2026-11')),
});

export const scenarioInputsSchema = z
  .object({
    name: text(MAX_NAME),
    horizonMonths: num(LIMITS.horizonMonths),
    subscription: z.object({
      enabled: bool,
      pricePerMonth: num(LIMITS.money),
      startSubscribers: num(LIMITS.count),
      newSubscribersMonth1: num(LIMITS.count),
      growth: num(LIMITS.growth),
      churn: num(LIMITS.rate),
      callsPerSubscriber: num(LIMITS.count),
    }),
    api: z.object({ enabled: bool, pricePer1kCalls: num(LIMITS.money), callsMonth1: num(LIMITS.count), growth: num(LIMITS.growth) }),
    ads: z.object({
      enabled: bool,
      usersMonth1: num(LIMITS.count),
      growth: num(LIMITS.growth),
      impressionsPerUser: num(LIMITS.count),
      cpm: num(LIMITS.money),
      callsPerUser: num(LIMITS.count),
    }),
    enterprise: z.object({
      enabled: bool,
      newContractsMonth1: num(LIMITS.count),
      growth: num(LIMITS.growth),
      contractMonths: num(LIMITS.contractMonths),
      monthlyFee: num(LIMITS.money),
      fineTuneCostPerContract: num(LIMITS.money),
    }),
    inference: z.object({
      mode: z.enum(['direct', 'derived'], { error: 'must be "direct" or "derived"' }),
      costPer1kCalls: num(LIMITS.money),
      parameters: num(LIMITS.parameters),
      tokensPerCall: num(LIMITS.tokens),
      gpuId: text(40),
      utilisation: num(LIMITS.utilisation),
      // Added after share links v1 went out: optional, '' when absent.
      costSource: z._default(z.string({ error: 'must be text' }).check(z.maxLength(MAX_SOURCE, `must be at most ${MAX_SOURCE} characters`)), ''),
    }),
    training: z.object({
      gpuId: text(40),
      utilisation: num(LIMITS.utilisation),
      runs: list(z.object({ month: num(LIMITS.month), parameters: num(LIMITS.parameters), tokens: num(LIMITS.tokens) }), MAX_LIST),
    }),
    labelling: z.object({ labelsPerMonth: num(LIMITS.count), costPerLabel: num(LIMITS.money) }),
    team: z.object({
      costPerPersonMonth: num(LIMITS.money),
      plan: list(z.object({ fromMonth: num(LIMITS.month), headcount: num(LIMITS.headcount) }), MAX_LIST),
    }),
    fixedMonthly: num(LIMITS.money),
    acquisitionMonthly: num(LIMITS.money),
    paymentFeeRate: num(LIMITS.rate),
    startingCash: num(LIMITS.money),
    funding: list(z.object({ month: num(LIMITS.month), amount: num(LIMITS.money) }), MAX_LIST),
    gpus: list(gpu, MAX_GPUS).check(z.minLength(1, 'must list at least one GPU')),
  })
  .check(
    z.refine((s) => s.gpus.some((g) => g.id === s.inference.gpuId), {
      message: 'names a GPU that is not in the GPU table',
      path: ['inference', 'gpuId'],
    }),
    z.refine((s) => s.gpus.some((g) => g.id === s.training.gpuId), {
      message: 'names a GPU that is not in the GPU table',
      path: ['training', 'gpuId'],
    }),
    z.refine((s) => new Set(s.gpus.map((g) => g.id)).size === s.gpus.length, {
      message: 'has two GPUs with the same id',
      path: ['gpus'],
    }),
  );

export type ScenarioInputsJson = z.infer<typeof scenarioInputsSchema>;

/** One readable line per problem: `subscription.churn: must be at most 1`. */
export function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, max = 5): string[] {
  return error.issues.slice(0, max).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
