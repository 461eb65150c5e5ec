/**
 * The pieces a transformer layer adds around attention, on plain arrays, for
 * the attention lesson. Rows are tokens, columns are features (x · W, the
 * layout tensors use).
 *
 *   self-attention:      Q = XW_q, K = XW_k, V = XW_v, then attention(Q, K, V)
 *   sinusoidal positions: P[pos][2i] = sin(pos / 10000^(2i/d)),
 *                         P[pos][2i+1] = cos(pos / 10000^(2i/d))   (Vaswani et al. 2017)
 *   layer normalisation:  LN(x) = (x − mean(x)) / √(var(x) + ε), per token
 *   multi-head:           split the columns of Q, K, V into h heads of d/h,
 *                         attend in each head, concatenate the outputs
 */
import { attention, type Matrix } from './attention';

/** A · B for row-major matrices; throws when the inner sizes differ. */
export function matMul(a: Matrix, b: Matrix): number[][] {
  const inner = b.length;
  const width = b[0]?.length ?? 0;
  return a.map((row) => {
    if (row.length !== inner) throw new RangeError(`matMul: ${row.length} columns against ${inner} rows`);
    return Array.from({ length: width }, (_, c) => row.reduce((s, v, k) => s + v * (b[k]?.[c] ?? Number.NaN), 0));
  });
}

export const addMatrices = (a: Matrix, b: Matrix): number[][] => a.map((row, i) => row.map((v, j) => v + (b[i]?.[j] ?? Number.NaN)));

/** Self-attention of token rows X with projection matrices W_q, W_k, W_v (each d × d_k). */
export function selfAttention(x: Matrix, wq: Matrix, wk: Matrix, wv: Matrix, options: { causal?: boolean } = {}): ReturnType<typeof attention> {
  return attention(matMul(x, wq), matMul(x, wk), matMul(x, wv), options);
}

/** Rows reordered: out[i] = rows[order[i]]. */
export function permuteRows<T>(rows: readonly T[], order: readonly number[]): T[] {
  return order.map((from) => {
    const row = rows[from];
    if (row === undefined) throw new RangeError(`permuteRows: no row ${from}`);
    return row;
  });
}

/** The original transformer's fixed position vectors, `count` positions of width `d` (d even). */
export function sinusoidalPositions(count: number, d: number): number[][] {
  return Array.from({ length: count }, (_, pos) =>
    Array.from({ length: d }, (_, j) => {
      const angle = pos / 10000 ** ((2 * Math.floor(j / 2)) / d);
      return j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }),
  );
}

/** LN(x) = (x − mean) / √(variance + ε), variance with 1/n. A trained layer then multiplies by a learned gain and adds a learned bias. */
export function layerNorm(x: readonly number[], epsilon = 1e-5): number[] {
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length;
  return x.map((v) => (v - mean) / Math.sqrt(variance + epsilon));
}

/** Columns [from, to) of every row. */
const columns = (m: Matrix, from: number, to: number): number[][] => m.map((row) => row.slice(from, to));

/**
 * Multi-head attention without the output projection: head h attends with
 * columns [h·w, (h+1)·w) of Q, K and V (w = width / heads, scaled by √w),
 * and the heads' outputs are placed side by side.
 */
export function multiHeadAttention(q: Matrix, k: Matrix, v: Matrix, heads: number, options: { causal?: boolean } = {}): { heads: ReturnType<typeof attention>[]; output: number[][] } {
  const width = q[0]?.length ?? 0;
  if (!Number.isInteger(heads) || heads < 1 || width % heads !== 0) throw new RangeError(`multiHeadAttention: ${width} columns do not split into ${heads} heads`);
  const w = width / heads;
  const results = Array.from({ length: heads }, (_, h) => attention(columns(q, h * w, (h + 1) * w), columns(k, h * w, (h + 1) * w), columns(v, h * w, (h + 1) * w), options));
  return { heads: results, output: q.map((_, i) => results.flatMap((r) => r.output[i] ?? [])) };
}

/** A GPT-2-style decoder's sizes. */
export interface DecoderShape {
  readonly vocabulary: number;
  readonly context: number;
  readonly dModel: number;
  readonly layers: number;
  /** FFN hidden width = ffnMultiplier · dModel (4 in GPT-2). */
  readonly ffnMultiplier: number;
}

/**
 * Parameter counts of a GPT-2-style decoder (learned positions, biases, two
 * layer norms per block and one at the end, output layer sharing the token
 * embedding):
 *   attention  4d² + 4d      (W_q, W_k, W_v, W_o and their biases)
 *   FFN        2·m·d² + m·d + d   (d → m·d → d, with biases)
 *   layer norms 2 · 2d        (gain and bias, two per block)
 */
export function decoderParameters(s: DecoderShape): { embeddings: number; attention: number; ffn: number; norms: number; perLayer: number; total: number } {
  const d = s.dModel;
  const embeddings = s.vocabulary * d + s.context * d;
  const attentionWeights = 4 * d * d + 4 * d;
  const ffn = 2 * s.ffnMultiplier * d * d + s.ffnMultiplier * d + d;
  const norms = 4 * d;
  const perLayer = attentionWeights + ffn + norms;
  return { embeddings, attention: attentionWeights, ffn, norms, perLayer, total: embeddings + s.layers * perLayer + 2 * d };
}
