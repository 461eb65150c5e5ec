/**
 * Allowed ranges of every numeric input, shared by the import/share
 * validator and the sidebar's fields so that both refuse the same values.
 * Upper bounds are generous but finite: they keep sums far from overflow and
 * reject tampered files with absurd numbers.
 */
export interface Range {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only. */
  readonly integer?: boolean;
}

const BIG = 1e15; // dollars or counts per month; 1e15 · 120 months still sums exactly enough in float64
const RATE = { min: 0, max: 1 } as const; // churn, utilisation, fee share: 0 … 100 %

export const MAX_HORIZON = 120;
export const MAX_LIST = 50; // training runs, team steps, funding rounds
export const MAX_GPUS = 20;
export const MAX_NAME = 80;
export const MAX_TOKEN_PRICES = 20;

export const LIMITS = {
  horizonMonths: { min: 1, max: MAX_HORIZON, integer: true },
  month: { min: 1, max: MAX_HORIZON, integer: true },
  money: { min: 0, max: BIG },
  count: { min: 0, max: BIG },
  /** Monthly growth: −100 % … +100 % per month. */
  growth: { min: -1, max: 1 },
  rate: RATE,
  /** Utilisation must be above zero: GPU-hours divide by it. */
  utilisation: { min: 0.001, max: 1 },
  contractMonths: { min: 1, max: MAX_HORIZON, integer: true },
  parameters: { min: 0, max: 1e14 },
  tokens: { min: 0, max: 1e16 },
  /** Peak FLOP/s of a GPU: above zero (GPU-hours divide by it), below 1e18. */
  peakFlops: { min: 1e9, max: 1e18 },
  headcount: { min: 0, max: 1e6, integer: true },
  /** Peak load over average load: at least 1 (a peak is never below the average). */
  peakToAverage: { min: 1, max: 1000 },
  /** Tokens per second one GPU serves: above zero (GPUs divide by it). */
  throughput: { min: 0.001, max: 1e9 },
  /** Yuan per US dollar: above zero (amounts shown in dollars divide by it when typed in yuan). */
  exchangeRate: { min: 0.0001, max: 1e6 },
  /** Monte Carlo seed: a whole number a person can type and share. */
  seed: { min: 0, max: 2 ** 31 - 1, integer: true },
} as const satisfies Record<string, Range>;

/** True when `value` is a finite number inside `range`. */
export function inRange(value: number, range: Range): boolean {
  return (
    Number.isFinite(value) &&
    value >= range.min &&
    value <= range.max &&
    (!range.integer || Number.isInteger(value))
  );
}
