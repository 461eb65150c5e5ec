/**
 * Numbers quoted by "Attention, briefly", computed by src/math/attention.
 * The example uses the same tokens and matrices (its test checks that).
 */
import { attention, attentionScores } from '../../../src/math/attention';
import { fmt, fmtVector } from '../../../src/math/format';
import { softmax } from '../../../src/math/softmax';
import { createRandom } from '../../../src/runtime/random';

export const inputs = {
  tokens: ['the', 'cat', 'sat', 'down'],
  /** One row per token; d_k = 2. */
  q: [[1, 0], [0, 2], [2, 1], [0, 1]],
  k: [[1, 0], [0, 2], [1, 1], [-1, 1]],
  v: [[1, 0], [0, 1], [1, 1], [0, 0]],
  /** The saturation demo: random 64-dimensional query and keys with unit-variance entries. */
  bigD: 64,
  bigKeys: 6,
  seed: 7,
} as const;

const i = inputs;
const result = attention(i.q, i.k, i.v);
const causal = attention(i.q, i.k, i.v, { causal: true });
const row = 2; // "sat"
const m = (grid: number[][], digits: number) => `\\begin{pmatrix} ${grid.map((r) => r.map((v) => fmt(v, digits)).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;

// Saturation: one query against six keys in 64 dimensions.
const rng = createRandom(i.seed);
const vec = () => Array.from({ length: i.bigD }, () => rng.normal());
const query = vec();
const keys = Array.from({ length: i.bigKeys }, vec);
const raw = attentionScores([query], keys, false)[0] ?? [];
const scaled = raw.map((s) => s / Math.sqrt(i.bigD));
const std = (xs: readonly number[]) => Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / xs.length);

export const facts: Readonly<Record<string, string>> = {
  q: m(i.q.map((r) => [...r]), 0),
  k: m(i.k.map((r) => [...r]), 0),
  v: m(i.v.map((r) => [...r]), 0),
  scores: m(result.scores, 2),
  weights: m(result.weights, 2),
  output: m(result.output, 2),
  causal_weights: m(causal.weights, 2),
  sat_scores: fmtVector(result.scores[row] ?? [], 2),
  sat_weights: fmtVector(result.weights[row] ?? [], 2),
  sat_output: fmtVector(result.output[row] ?? [], 2),
  sat_raw_1: fmt((i.q[row]?.[0] ?? 0) * (i.k[1]?.[0] ?? 0) + (i.q[row]?.[1] ?? 0) * (i.k[1]?.[1] ?? 0), 0),
  sqrt_dk: fmt(Math.sqrt(2), 3),
  big_d: fmt(i.bigD, 0),
  big_std: fmt(Math.sqrt(i.bigD), 0),
  big_keys: fmt(i.bigKeys, 0),
  raw_std: fmt(std(raw), 1),
  raw_max_weight: fmt(Math.max(...softmax(raw)), 3),
  scaled_max_weight: fmt(Math.max(...softmax(scaled)), 3),
};
