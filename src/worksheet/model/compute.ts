/**
 * Compute costs from first principles, the usual back-of-the-envelope
 * estimates for dense transformers:
 *   inference  FLOPs per call ≈ 2 · N · T   (one multiply-add per parameter per token)
 *   training   FLOPs          ≈ 6 · N · D   (forward 2ND + backward 4ND)
 *   GPU-hours  = FLOPs / (peak FLOP/s · utilisation · 3600 s/h)
 *   cost       = GPU-hours · price per GPU-hour
 */
import type { GpuPrice, InferenceInputs, TrainingRun } from './types';
import { findGpu } from './gpus';
import { flops, gpuHours, usd, type FlopCount, type Fraction, type GpuHours, type Usd } from './units';

const SECONDS_PER_HOUR = 3600;

/** FLOPs of one inference call: 2 · parameters · tokens. */
export function inferenceFlopsPerCall(parameters: number, tokensPerCall: number): FlopCount {
  return flops(2 * parameters * tokensPerCall);
}

/** FLOPs of a training run: 6 · N · D. */
export function trainingFlops(parameters: number, tokens: number): FlopCount {
  return flops(6 * parameters * tokens);
}

/** GPU-hours = FLOPs / (peak · utilisation · 3600). Zero when the divisor is not positive. */
export function gpuHoursFor(work: FlopCount, gpu: GpuPrice, utilisation: Fraction): GpuHours {
  const flopsPerHour = gpu.peakFlopsPerSecond * utilisation * SECONDS_PER_HOUR;
  return gpuHours(flopsPerHour > 0 ? work / flopsPerHour : 0);
}

/** Cost = GPU-hours · price per GPU-hour. */
export function gpuCost(hours: GpuHours, gpu: GpuPrice): Usd {
  return usd(hours * gpu.pricePerHour);
}

/**
 * Inference cost per 1,000 calls. `direct`: the entered figure. `derived`:
 * 1000 · 2NT / (peak · utilisation · 3600) · price per GPU-hour.
 */
export function inferenceCostPer1k(inference: InferenceInputs, gpus: readonly GpuPrice[]): Usd {
  if (inference.mode === 'direct') return inference.costPer1kCalls;
  const gpu = findGpu(gpus, inference.gpuId);
  if (!gpu) return usd(0);
  const work = flops(1000 * inferenceFlopsPerCall(inference.parameters, inference.tokensPerCall));
  return gpuCost(gpuHoursFor(work, gpu, inference.utilisation), gpu);
}

/** Cost of one training run: GPU-hours of 6ND FLOPs at the training GPU's price. */
export function trainingRunCost(run: TrainingRun, gpu: GpuPrice | undefined, utilisation: Fraction): Usd {
  if (!gpu) return usd(0);
  return gpuCost(gpuHoursFor(trainingFlops(run.parameters, run.tokens), gpu, utilisation), gpu);
}
