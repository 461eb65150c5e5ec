/**
 * Learning-rate schedules: the learning rate as a function of the step t.
 *
 * Warm-up then cosine decay, the usual schedule for transformers:
 *   η_t = η_peak · (t + 1)/W                                    for t < W
 *   η_t = η_min + (η_peak − η_min) · ½(1 + cos(π·(t − W)/(T − W)))  for W ≤ t < T
 * Warm-up keeps the first steps small while the optimizer's running averages
 * (Adam's m and v, momentum's velocity) still rest on few gradients and the
 * weights are far from anything sensible; the decay lets the last steps
 * settle into the bottom instead of bouncing around it at a size set by the
 * noise of mini-batches.
 */

export interface WarmupCosine {
  readonly peak: number;
  readonly warmupSteps: number;
  readonly totalSteps: number;
  /** The rate at the end of the decay; 0 by default. */
  readonly floor?: number;
}

export function warmupCosineRate(step: number, schedule: WarmupCosine): number {
  const { peak, warmupSteps, totalSteps, floor = 0 } = schedule;
  if (step < warmupSteps) return (peak * (step + 1)) / warmupSteps;
  const progress = Math.min(1, (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps));
  return floor + (peak - floor) * 0.5 * (1 + Math.cos(Math.PI * progress));
}
