/**
 * How sure is a score measured on a test set? A test set of n cases is a
 * sample; had we drawn another, the accuracy would differ. The Wilson score
 * interval gives the range of true accuracies compatible with k successes in
 * n trials at a chosen confidence (95 % by default, z = 1.96):
 *
 *   centre = (p̂ + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √( p̂(1 − p̂)/n + z²/4n² )      with p̂ = k/n
 *
 * Unlike the textbook p̂ ± z·√(p̂(1 − p̂)/n), it never leaves [0, 1] and stays
 * sensible near 0 % and 100 % (Wilson 1927; Brown, Cai & DasGupta 2001).
 */

/** z for a two-sided 95 % interval: the 97.5th percentile of the standard normal. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || trials <= 0 || successes < 0 || successes > trials) {
    throw new RangeError(`wilsonInterval needs whole numbers 0 ≤ successes ≤ trials, trials > 0; got ${successes} of ${trials}`);
  }
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
