/**
 * Softmax: turns a vector of scores (logits) z into probabilities.
 *
 *   softmax(z)_i = e^(z_i) / Σ_j e^(z_j)
 *
 * Every output is in (0, 1) and they sum to 1. Adding the same constant c to
 * every z_i leaves the result unchanged, because e^(z_i − c) / Σ_j e^(z_j − c)
 * = e^(−c)·e^(z_i) / (e^(−c)·Σ_j e^(z_j)). We use that with c = max(z): the
 * largest exponent becomes e^0 = 1, so nothing overflows.
 */

/**
 * Numerically stable softmax: subtracts max(z) before exponentiating.
 * softmax([2, 1, 0.5]) ≈ [0.629, 0.231, 0.140]; softmax([1000, 1001, 1002])
 * works (≈ [0.090, 0.245, 0.665]) where the naive formula gives NaN.
 * An empty input gives an empty output.
 */
export function softmax(logits: readonly number[]): number[] {
  if (logits.length === 0) return [];
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = sum(exps);
  return exps.map((e) => e / total);
}

/**
 * The textbook formula without the max-subtraction, kept to show why the
 * stable version exists: e^1000 is Infinity in float64 (the largest double is
 * about e^709.78), and Infinity / Infinity is NaN.
 */
export function naiveSoftmax(logits: readonly number[]): number[] {
  const exps = logits.map((z) => Math.exp(z));
  const total = sum(exps);
  return exps.map((e) => e / total);
}

/**
 * The largest finite float32, (2 − 2⁻²³)·2¹²⁷ ≈ 3.4·10³⁸: the number type of
 * TensorFlow.js tensors and of GPUs. Its natural log is about 88.72, so
 * e^z overflows to Infinity in float32 for any z above that, while a
 * JavaScript number (float64) lasts until about e^709.78.
 */
export const FLOAT32_MAX = (2 - 2 ** -23) * 2 ** 127;

/**
 * The textbook formula evaluated in float32, as a tensor library would
 * without the max-subtraction: every exponential, sum and quotient is rounded
 * to float32 (Math.fround). naiveSoftmaxFloat32([100, 101, 102]) is all NaN
 * (e^100 is Infinity in float32), though the float64 version still works there.
 */
export function naiveSoftmaxFloat32(logits: readonly number[]): number[] {
  const exps = logits.map((z) => Math.fround(Math.exp(Math.fround(z))));
  let total = 0;
  for (const e of exps) total = Math.fround(total + e);
  return exps.map((e) => Math.fround(e / total));
}

/** Σ x_i (left to right; the inputs here are short). */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Index of the largest value (the first one on ties); −1 for an empty input. */
export function argmax(values: readonly number[]): number {
  let best = -1;
  let bestValue = -Infinity;
  values.forEach((v, i) => {
    if (v > bestValue) {
      best = i;
      bestValue = v;
    }
  });
  return best;
}
