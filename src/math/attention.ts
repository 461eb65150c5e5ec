/**
 * Scaled dot-product attention on plain arrays, for the attention lesson:
 *
 *   scores  = Q Kᵀ / √d_k          (how well each query matches each key)
 *   weights = softmax(scores) row by row (each row sums to 1)
 *   output  = weights · V          (a weighted average of the values)
 *
 * A causal mask sets the scores of later positions to −∞ before the softmax,
 * so position i attends only to positions ≤ i (what a language model needs).
 */
import { softmax } from './softmax';

export type Matrix = readonly (readonly number[])[];

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, v, i) => s + v * (b[i] ?? Number.NaN), 0);

export function attentionScores(q: Matrix, k: Matrix, scale = true): number[][] {
  const dk = q[0]?.length ?? 1;
  return q.map((qi) => k.map((kj) => dot(qi, kj) / (scale ? Math.sqrt(dk) : 1)));
}

export function attention(q: Matrix, k: Matrix, v: Matrix, options: { causal?: boolean; scale?: boolean } = {}): { scores: number[][]; weights: number[][]; output: number[][] } {
  const scores = attentionScores(q, k, options.scale ?? true);
  const masked = scores.map((row, i) => row.map((s, j) => (options.causal && j > i ? -Infinity : s)));
  const weights = masked.map((row) => softmax(row));
  const width = v[0]?.length ?? 0;
  const output = weights.map((row) => Array.from({ length: width }, (_, c) => row.reduce((s, w, j) => s + w * (v[j]?.[c] ?? Number.NaN), 0)));
  return { scores, weights, output };
}
