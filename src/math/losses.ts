/**
 * Loss functions on plain arrays, averaged over n examples.
 *
 * Cross-entropies take the logarithm of predicted probabilities. log(0) is
 * −Infinity, so a prediction of exactly 0 for the true class would give an
 * infinite loss (and NaN gradients). Like Keras we clip predictions into
 * [ε, 1 − ε] with ε = 1e-7 first; the largest loss one example can then
 * contribute is −ln(1e-7) ≈ 16.12.
 */
import { sigmoid } from './activations';
import { softmax } from './softmax';

/** Clipping bound for probabilities inside a log (Keras' default epsilon). */
export const PROBABILITY_EPSILON = 1e-7;

/** clip(p) = min(max(p, ε), 1 − ε). */
export function clipProbability(p: number, epsilon = PROBABILITY_EPSILON): number {
  return Math.min(Math.max(p, epsilon), 1 - epsilon);
}

function assertSameLength(a: readonly unknown[], b: readonly unknown[], what: string): void {
  // A programming error (mismatched arrays) rather than bad user input: fail loudly.
  if (a.length !== b.length || a.length === 0) {
    throw new RangeError(`${what}: expected two non-empty arrays of equal length, got ${a.length} and ${b.length}`);
  }
}

/**
 * Mean squared error for regression:
 *   MSE = (1/n) Σ_i (y_i − ŷ_i)²
 * Units are the target's units squared.
 */
export function meanSquaredError(targets: readonly number[], predictions: readonly number[]): number {
  assertSameLength(targets, predictions, 'meanSquaredError');
  let total = 0;
  targets.forEach((y, i) => {
    const d = y - (predictions[i] ?? 0);
    total += d * d;
  });
  return total / targets.length;
}

/**
 * Binary cross-entropy for one probability per example (a single sigmoid output):
 *   BCE = −(1/n) Σ_i [ y_i ln ŷ_i + (1 − y_i) ln(1 − ŷ_i) ]
 * with y_i ∈ {0, 1} and ŷ_i = P(y_i = 1), clipped to [ε, 1 − ε]. Natural log (nats).
 */
export function binaryCrossEntropy(targets: readonly number[], probabilities: readonly number[]): number {
  assertSameLength(targets, probabilities, 'binaryCrossEntropy');
  let total = 0;
  targets.forEach((y, i) => {
    const p = clipProbability(probabilities[i] ?? 0);
    total += y * Math.log(p) + (1 - y) * Math.log(1 - p);
  });
  return -total / targets.length;
}

/**
 * Binary cross-entropy computed from raw scores (logits) z_i, what Keras'
 * `from_logits: true` means: ŷ_i = σ(z_i) is applied inside the loss.
 *   BCE = (1/n) Σ_i [ max(z_i, 0) − z_i y_i + ln(1 + e^(−|z_i|)) ]
 * This rearranged form equals −[y ln σ(z) + (1 − y) ln(1 − σ(z))] and never
 * overflows or takes log(0), so no clipping is needed.
 */
export function binaryCrossEntropyFromLogits(targets: readonly number[], logits: readonly number[]): number {
  assertSameLength(targets, logits, 'binaryCrossEntropyFromLogits');
  let total = 0;
  targets.forEach((y, i) => {
    const z = logits[i] ?? 0;
    total += Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
  });
  return total / targets.length;
}

/**
 * Categorical cross-entropy for one-hot (or soft) targets over K classes:
 *   CCE = −(1/n) Σ_i Σ_k y_ik ln ŷ_ik
 * Each row of `probabilities` is a distribution (e.g. a softmax output); each
 * ŷ_ic is clipped to [ε, 1 − ε]. With one-hot targets only the true class's
 * term survives: the loss of one example is −ln(probability of its class).
 */
export function categoricalCrossEntropy(
  targets: readonly (readonly number[])[],
  probabilities: readonly (readonly number[])[],
): number {
  assertSameLength(targets, probabilities, 'categoricalCrossEntropy');
  let total = 0;
  targets.forEach((row, i) => {
    const predicted = probabilities[i] ?? [];
    assertSameLength(row, predicted, 'categoricalCrossEntropy row');
    row.forEach((y, c) => {
      if (y !== 0) total += y * Math.log(clipProbability(predicted[c] ?? 0));
    });
  });
  return -total / targets.length;
}

/**
 * The gradient of one example's categorical cross-entropy with respect to its
 * logits, when ŷ = softmax(z) and the target y sums to 1:
 *   L = −Σ_k y_k ln ŷ_k = −Σ_k y_k z_k + ln Σ_j e^(z_j)
 *   ∂L/∂z_k = −y_k + e^(z_k) / Σ_j e^(z_j) = ŷ_k − y_k
 * Prediction minus target, as for a sigmoid with binary cross-entropy.
 */
export function softmaxCrossEntropyGradient(logits: readonly number[], target: readonly number[]): number[] {
  assertSameLength(logits, target, 'softmaxCrossEntropyGradient');
  return softmax(logits).map((p, k) => p - (target[k] ?? 0));
}

/**
 * The mistake of passing probabilities to a loss that expects logits:
 * the loss applies σ a second time, so it scores σ(p) instead of p.
 * Returns that doubly squashed probability σ(σ(z)) for a raw score z.
 */
export function doubleSigmoid(z: number): number {
  return sigmoid(sigmoid(z));
}
