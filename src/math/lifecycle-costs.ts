/**
 * Back-of-the-envelope costs of the stages of a model's life, for the first
 * lesson's worked example. All money is in one currency unit (the lesson uses
 * USD); all inputs are plain numbers chosen by the caller.
 */

/** Labelling: examples × labels per example × price per label. */
export function labellingCost(examples: number, labelsPerExample: number, pricePerLabel: number): number {
  return examples * labelsPerExample * pricePerLabel;
}

/**
 * Training compute: runs × GPUs per run × hours per run × price per GPU-hour.
 * Counting every experiment, not only the final run, is the point: most of
 * the compute goes into the runs that did not ship.
 */
export function trainingComputeCost(runs: number, gpusPerRun: number, hoursPerRun: number, pricePerGpuHour: number): number {
  return runs * gpusPerRun * hoursPerRun * pricePerGpuHour;
}

/** People: headcount × months × fully loaded monthly cost per person. */
export function peopleCost(people: number, months: number, monthlyCostPerPerson: number): number {
  return people * months * monthlyCostPerPerson;
}

/**
 * Serving through a pay-per-use API, per month:
 *   requests × tokens per request / 1,000,000 × price per million tokens.
 * Grows linearly with traffic.
 */
export function payPerUseServingCost(requestsPerMonth: number, tokensPerRequest: number, pricePerMillionTokens: number): number {
  return ((requestsPerMonth * tokensPerRequest) / 1_000_000) * pricePerMillionTokens;
}

/** Hours in a 30-day month of always-on serving: 24 × 30 = 720. */
export const HOURS_PER_MONTH = 24 * 30;

/**
 * Serving on rented GPUs that run all month, per month:
 *   GPUs × 720 h × price per GPU-hour. Flat: the same bill at zero traffic.
 */
export function dedicatedServingCost(gpus: number, pricePerGpuHour: number): number {
  return gpus * HOURS_PER_MONTH * pricePerGpuHour;
}

/**
 * Monthly traffic at which a flat dedicated bill equals the pay-per-use bill:
 *   requests* = dedicated / (tokens per request / 1e6 × price per million tokens).
 * Below it pay-per-use is cheaper; above it the dedicated GPU is.
 */
export function breakEvenRequests(dedicatedMonthlyCost: number, tokensPerRequest: number, pricePerMillionTokens: number): number {
  return dedicatedMonthlyCost / ((tokensPerRequest / 1_000_000) * pricePerMillionTokens);
}

/**
 * Serving one call at a time on a machine rented by the hour, per 1,000 calls:
 *   1,000 × (latency in ms / 1,000) s × price per hour / 3,600 s
 *   = latency in ms × price per hour / 3,600.
 * Real servers batch and run calls in parallel, so this is an upper bound.
 */
export function costPer1000Calls(latencyMs: number, pricePerHour: number): number {
  return (1000 * (latencyMs / 1000) * pricePerHour) / 3600;
}
