/**
 * The strict validator for scenarios that come from outside the app's own
 * store (imported files, share links). zod/mini keeps the bundle small.
 * Every number must be finite and inside its range from `model/limits.ts`;
 * lists are capped; unknown keys are dropped (z.object strips them).
 */
import * as z from 'zod/mini';
import { LIMITS, MAX_GPUS, MAX_LIST, MAX_NAME, MAX_TOKEN_PRICES, type Range } from '../model/limits';
import { DEFAULT_ADVERTISERS, DEFAULT_API_ACCOUNTS, DEFAULT_CAPACITY, DEFAULT_FEE_STREAMS, DEFAULT_TOKEN_PRICES, DEFAULT_EXCHANGE_RATE, DEFAULT_UNCERTAINTY, NO_STREAM_ACQUISITION } from '../model/defaults';
import { SCALAR_IDS, SCALARS, isScalarId } from '../model/scalars';
import { issueText } from './issue-text';

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
/** A name people read: not empty and not only spaces. */
const name = (max: number) => text(max).check(z.refine((v: string) => v.trim().length > 0, 'must not be blank'));
const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item, { error: 'must be a list' }).check(z.maxLength(max, `must have at most ${max} entries`));

const yearMonth = z.string({ error: 'must be text' }).check(z.regex(/^\d{4}-\d{2}$/, 'must be a month like 2026-11'));
/** Fields added after the first release carry defaults, so v1 files, links and stored scenarios still validate. */
const withDefault = <T extends z.ZodMiniType>(schema: T, value: unknown) => z._default(schema, structuredClone(value) as never);
const perStream = <T extends z.ZodMiniType>(item: T) => z.object({ subscription: item, api: item, ads: item, enterprise: item });

const gpu = z.object({
  id: text(40),
  name: name(MAX_NAME),
  peakFlopsPerSecond: num(LIMITS.peakFlops),
  precision: z.string({ error: 'must be text' }).check(z.maxLength(MAX_NAME)),
  pricePerHour: num(LIMITS.money),
  checked: yearMonth,
});

const tokenPrice = z.object({
  id: text(40),
  name: text(MAX_NAME),
  inputPerMillion: num(LIMITS.money),
  outputPerMillion: num(LIMITS.money),
  checked: yearMonth,
});

const capacity = z.object({
  gpuId: text(40),
  peakToAverage: num(LIMITS.peakToAverage),
  throughputTokensPerSecond: num(LIMITS.throughput),
  throughputSource: z.string({ error: 'must be text' }).check(z.maxLength(MAX_SOURCE, `must be at most ${MAX_SOURCE} characters`)),
  throughputChecked: z.string({ error: 'must be text' }).check(z.regex(/^(\d{4}-\d{2})?$/, 'must be a month like 2026-11, or empty')),
  pricing: z.enum(['reserved', 'onDemand'], { error: 'must be "reserved" or "onDemand"' }),
  reservedDiscount: num(LIMITS.rate),
});

const inputRange = z
  .object({
    input: z.string({ error: 'must be text' }).check(z.refine((id: string) => isScalarId(id) && id !== 'horizon', 'is not an input that can have a range')),
    low: z.number({ error: 'must be a number' }).check(z.refine(Number.isFinite, 'must be a finite number')),
    high: z.number({ error: 'must be a number' }).check(z.refine(Number.isFinite, 'must be a finite number')),
  })
  .check(
    z.refine((r) => r.low <= r.high, { message: 'low must not be above high', path: ['low'] }),
    z.refine((r) => !isScalarId(r.input) || (r.low >= SCALARS[r.input].range.min && r.high <= SCALARS[r.input].range.max), {
      message: 'is outside the input’s allowed range',
      path: ['high'],
    }),
  );

const uncertainty = z.object({
  seed: num(LIMITS.seed),
  ranges: list(inputRange, SCALAR_IDS.length).check(
    z.refine((ranges) => new Set(ranges.map((r) => r.input)).size === ranges.length, 'gives one input two ranges'),
  ),
});

export const scenarioInputsSchema = z
  .object({
    name: name(MAX_NAME),
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
    api: z.object({
      enabled: bool,
      pricePer1kCalls: num(LIMITS.money),
      callsMonth1: num(LIMITS.count),
      growth: num(LIMITS.growth),
      newAccountsMonth1: withDefault(num(LIMITS.count), DEFAULT_API_ACCOUNTS.newAccountsMonth1),
      accountChurn: withDefault(num(LIMITS.rate), DEFAULT_API_ACCOUNTS.accountChurn),
    }),
    ads: z.object({
      enabled: bool,
      usersMonth1: num(LIMITS.count),
      growth: num(LIMITS.growth),
      impressionsPerUser: num(LIMITS.count),
      cpm: num(LIMITS.money),
      callsPerUser: num(LIMITS.count),
      newAdvertisersMonth1: withDefault(num(LIMITS.count), DEFAULT_ADVERTISERS.newAdvertisersMonth1),
      advertiserChurn: withDefault(num(LIMITS.rate), DEFAULT_ADVERTISERS.advertiserChurn),
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
      mode: z.enum(['direct', 'derived', 'capacity'], { error: 'must be "direct", "derived" or "capacity"' }),
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
    acquisitionByStream: withDefault(perStream(num(LIMITS.money)), NO_STREAM_ACQUISITION),
    paymentFeeRate: num(LIMITS.rate),
    paymentFeeStreams: withDefault(perStream(bool), DEFAULT_FEE_STREAMS),
    startingCash: num(LIMITS.money),
    funding: list(z.object({ month: num(LIMITS.month), amount: num(LIMITS.money) }), MAX_LIST),
    gpus: list(gpu, MAX_GPUS).check(z.minLength(1, 'must list at least one GPU')),
    capacity: withDefault(capacity, DEFAULT_CAPACITY),
    tokenPrices: withDefault(list(tokenPrice, MAX_TOKEN_PRICES), DEFAULT_TOKEN_PRICES),
    uncertainty: withDefault(uncertainty, DEFAULT_UNCERTAINTY),
    exchangeRate: withDefault(z.object({ cnyPerUsd: num(LIMITS.exchangeRate), checked: yearMonth }), DEFAULT_EXCHANGE_RATE),
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
    z.refine((s) => s.gpus.some((g) => g.id === s.capacity.gpuId), {
      message: 'names a GPU that is not in the GPU table',
      path: ['capacity', 'gpuId'],
    }),
    z.refine((s) => new Set(s.gpus.map((g) => g.id)).size === s.gpus.length, {
      message: 'has two GPUs with the same id',
      path: ['gpus'],
    }),
  );

export type ScenarioInputsJson = z.infer<typeof scenarioInputsSchema>;

/** One readable line per problem, in the reader's language: `subscription.churn: must be at most 1`. */
export function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, max = 5): string[] {
  return error.issues.slice(0, max).map((issue) => {
    const path = issue.path.map(String).join('.');
    const message = issueText(issue.message);
    return path ? `${path}: ${message}` : message;
  });
}
