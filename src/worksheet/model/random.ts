/**
 * Seeded random numbers for the Monte Carlo: mulberry32 (a 32-bit state,
 * period 2³², good enough for thousands of draws) and the triangular
 * distribution used for three-point (low / likely / high) estimates.
 */

/** mulberry32: uniform numbers in [0, 1) from a 32-bit seed; the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Inverse CDF of the triangular distribution on [a, b] with mode c, for u in [0, 1):
 *   F(c) = (c − a) / (b − a)
 *   x = a + √(u · (b − a) · (c − a))            if u < F(c)
 *   x = b − √((1 − u) · (b − a) · (b − c))      otherwise
 * When a = b every draw is a (the range has collapsed to one value).
 */
export function triangular(u: number, a: number, c: number, b: number): number {
  if (b <= a) return a;
  const split = (c - a) / (b - a);
  return u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/**
 * Nearest-rank percentile of sorted values: the value at rank ⌈p · n⌉ (1-based),
 * so the 10th percentile of 4,000 draws is the 400th smallest. NaN for no values.
 */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const rank = Math.min(n, Math.max(1, Math.ceil(p * n)));
  return sorted[rank - 1] as number;
}
