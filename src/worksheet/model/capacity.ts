/**
 * GPU capacity at peak, for one month's traffic:
 *   average load  λ̄ = calls · tokens per call / seconds per month        (tokens/s)
 *   peak load     λ̂ = λ̄ · peak-to-average factor
 *   GPUs at peak  n = ⌈λ̂ / throughput per GPU⌉                          (0 without traffic)
 *   reserved      = n · 730 h · on-demand price · (1 − reserved discount)  (the fleet runs all month)
 *   on-demand     = λ̄ / throughput · 730 h · on-demand price              (ideal autoscaling: pays only
 *                                                                          for GPU-hours of work, a lower bound)
 *   utilisation   = λ̄ / (n · throughput)                                 (of the reserved fleet)
 * A month is 730 hours (8,760 h a year / 12).
 */
import type { CapacityInputs, GpuPrice } from './types';

export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

export interface CapacityMonth {
  readonly averageTokensPerSecond: number;
  readonly peakTokensPerSecond: number;
  readonly gpusAtPeak: number;
  /** Average load over the reserved fleet's capacity; null without GPUs. */
  readonly utilisation: number | null;
  readonly reservedCost: number;
  readonly onDemandCost: number;
}

/** n = ⌈λ̂ / throughput⌉, with a relative tolerance of 1e-9 so 2.0000000001 GPUs stays 2. */
export function gpusForPeak(peakTokensPerSecond: number, throughput: number): number {
  if (!(peakTokensPerSecond > 0) || !(throughput > 0)) return 0;
  return Math.ceil(peakTokensPerSecond / throughput - 1e-9);
}

/** Capacity and its two bills for `calls` calls in one month (see the module comment for the formulas). */
export function capacityFor(calls: number, tokensPerCall: number, capacity: CapacityInputs, gpu: GpuPrice | undefined): CapacityMonth {
  const average = (calls * tokensPerCall) / SECONDS_PER_MONTH;
  const peak = average * capacity.peakToAverage;
  const throughput = capacity.throughputTokensPerSecond;
  const gpus = gpusForPeak(peak, throughput);
  const price = gpu?.pricePerHour ?? 0;
  return {
    averageTokensPerSecond: average,
    peakTokensPerSecond: peak,
    gpusAtPeak: gpus,
    utilisation: gpus > 0 ? average / (gpus * throughput) : null,
    reservedCost: gpus * HOURS_PER_MONTH * price * (1 - capacity.reservedDiscount),
    onDemandCost: throughput > 0 ? (average / throughput) * HOURS_PER_MONTH * price : 0,
  };
}
