/**
 * Choosing the next token from a language model's logits z (one per
 * vocabulary entry), for the language-model lesson:
 *
 *   temperature τ:  p = softmax(z / τ)           τ < 1 sharpens, τ > 1 flattens
 *   top-k:          keep the k most likely tokens, set the rest to 0, renormalize
 *   top-p (nucleus): keep the fewest most likely tokens whose probabilities add
 *                   up to at least p, set the rest to 0, renormalize
 *
 * Top-k and top-p cut off the long tail of unlikely tokens, where most of the
 * nonsense comes from, while keeping variety among the likely ones. Top-p
 * adapts to the model's confidence: a sure prediction keeps one or two
 * tokens, an unsure one keeps many.
 */
import { softmax, sum } from './softmax';

/** softmax(z / τ). τ must be positive. */
export function withTemperature(logits: readonly number[], temperature: number): number[] {
  if (!(temperature > 0)) throw new RangeError(`temperature must be positive, got ${temperature}`);
  return softmax(logits.map((z) => z / temperature));
}

/** Indices from the most to the least likely; equal probabilities keep their order (lower index first). */
export function rankByProbability(probabilities: readonly number[]): number[] {
  return probabilities.map((_, i) => i).sort((a, b) => (probabilities[b] ?? 0) - (probabilities[a] ?? 0) || a - b);
}

/** Keeps only the tokens in `kept` and rescales them to sum to 1. */
function keepOnly(probabilities: readonly number[], kept: readonly number[]): number[] {
  const keep = new Set(kept);
  const total = sum(kept.map((i) => probabilities[i] ?? 0));
  return probabilities.map((p, i) => (keep.has(i) ? p / total : 0));
}

/** Top-k: the k most likely tokens, renormalized. k ≥ the vocabulary keeps everything. */
export function topK(probabilities: readonly number[], k: number): number[] {
  if (!(k >= 1)) throw new RangeError(`k must be at least 1, got ${k}`);
  return keepOnly(probabilities, rankByProbability(probabilities).slice(0, Math.floor(k)));
}

/**
 * Top-p: the smallest set of most likely tokens whose total probability is at
 * least p, renormalized. p = 1 keeps every token; a tiny p keeps only the top one.
 * (A 1e-12 tolerance makes 0.5 + 0.3 count as reaching 0.8 despite rounding.)
 */
export function topP(probabilities: readonly number[], p: number): number[] {
  if (!(p > 0 && p <= 1)) throw new RangeError(`p must be in (0, 1], got ${p}`);
  const order = rankByProbability(probabilities);
  const kept: number[] = [];
  let total = 0;
  for (const i of order) {
    kept.push(i);
    total += probabilities[i] ?? 0;
    if (total >= p - 1e-12) break;
  }
  return keepOnly(probabilities, kept);
}

/**
 * Inverse-CDF sampling: the first index whose running total exceeds u, for a
 * uniform u in [0, 1). With u = 0.6 and p = [0.5, 0.3, 0.2] that is index 1.
 * Tokens with probability 0 are never chosen.
 */
export function sampleIndex(probabilities: readonly number[], u: number): number {
  let last = -1;
  let running = 0;
  for (const [i, p] of probabilities.entries()) {
    if (p <= 0) continue;
    last = i;
    running += p;
    if (u < running) return i;
  }
  return last; // u within rounding of 1
}
