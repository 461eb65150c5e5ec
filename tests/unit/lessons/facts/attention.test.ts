/**
 * "Attention and the transformer block": every fact recomputed with plain
 * Math (its own softmax, dot products and counting), not src/math.
 */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/attention/facts';
import { createRandom } from '../../../../src/runtime/random';
import { expectUsesExactly, fixed, grouped, list, percent } from './helpers';

const soft = (zs: readonly number[]) => {
  const top = Math.max(...zs);
  const e = zs.map((z) => Math.exp(z - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
};
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, k) => s + v * (b[k] ?? NaN), 0);
const times = (x: readonly (readonly number[])[], w: readonly (readonly number[])[]) => x.map((r) => [0, 1].map((c) => dot(r, w.map((row) => row[c] ?? NaN))));
const pmatrix = (m: readonly (readonly number[])[], digits: number) => `\\begin{pmatrix} ${m.map((r) => r.map((v) => fixed(v, digits)).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
/** Scaled attention of query rows q over keys k and values v (widths from the rows), optionally causal. */
function attend(q: readonly (readonly number[])[], k: readonly (readonly number[])[], v: readonly (readonly number[])[], causal = false) {
  const scores = q.map((qi) => k.map((kj) => dot(qi, kj) / Math.sqrt(qi.length)));
  const weights = scores.map((row, r) => soft(row.map((s, c) => (causal && c > r ? -Infinity : s))));
  const output = weights.map((w) => (v[0] ?? []).map((_, c) => w.reduce((s, wj, j) => s + wj * (v[j]?.[c] ?? NaN), 0)));
  return { scores, weights, output };
}

describe('attention facts', () => {
  it('match the hand computation', () => {
    const plain = attend(i.q, i.k, i.v);
    const causal = attend(i.q, i.k, i.v, true);
    // "sat": q = (2, 1) against keys (1,0), (0,2), (1,1), (−1,1): raw 2, 2, 3, −1, each divided by √2.
    const satScores = [2, 2, 3, -1].map((s) => s / Math.SQRT2);
    const satWeights = soft(satScores);
    const satOut = [(satWeights[0] ?? NaN) + (satWeights[2] ?? NaN), (satWeights[1] ?? NaN) + (satWeights[2] ?? NaN)];

    // The saturation draw (seed 7), then 2,000 more from the same stream.
    const rng = createRandom(i.seed);
    const vec = () => Array.from({ length: 64 }, () => rng.normal());
    const query = vec();
    const raw = Array.from({ length: 6 }, vec).map((key) => dot(query, key));
    const rawTops: number[] = [];
    const scaledTops: number[] = [];
    for (let n = 0; n < 2000; n++) {
      const qd = vec();
      const s = Array.from({ length: 6 }, vec).map((key) => dot(qd, key));
      rawTops.push(Math.max(...soft(s)));
      scaledTops.push(Math.max(...soft(s.map((x) => x / 8))));
    }
    const median = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return ((sorted[999] ?? NaN) + (sorted[1000] ?? NaN)) / 2; // 2,000 values: mean of the 1,000th and 1,001st
    };

    // Order: word vectors, projections, sine positions (sin t, cos t) for d = 2.
    const words: Record<string, readonly number[]> = i.words;
    const positions = [0, 1, 2, 3].map((t) => [Math.sin(t), Math.cos(t)]);
    const dogOut = (sentence: readonly string[], withPositions: boolean) => {
      const x = sentence.map((w, t) => (words[w] ?? []).map((v, j) => v + (withPositions ? (positions[t]?.[j] ?? NaN) : 0)));
      return attend(times(x, i.wq), times(x, i.wk), times(x, i.wv)).output[sentence.indexOf('dog')] ?? [];
    };

    // Two heads of width 1: head h uses column h of Q, K, V.
    const column = (m: readonly (readonly number[])[], c: number) => m.map((r) => [r[c] ?? NaN]);
    const heads = [0, 1].map((c) => attend(column(i.q, c), column(i.k, c), column(i.v, c)));

    // GPT-2 small, by hand: embeddings 50257·768 + 1024·768; a block: attention 4d² + 4d, FFN 8d² + 5d, norms 4d.
    const d = 768;
    const attention2 = 4 * d * d + 4 * d; // 2,362,368
    const ffn2 = 8 * d * d + 5 * d; // 4,722,432
    const block2 = attention2 + ffn2 + 4 * d; // 7,087,872
    const embeddings2 = 50257 * d + 1024 * d; // 39,383,808
    const total2 = embeddings2 + 12 * block2 + 2 * d; // 124,439,808
    const D = 12288;
    const embeddings3 = 50257 * D + 2048 * D;
    const total3 = embeddings3 + 96 * (12 * D * D + 13 * D) + 2 * D;
    // Layer norm of [2, 4, 6, 8]: mean 5, variance (9 + 1 + 1 + 9)/4 = 5.
    const ln = [2, 4, 6, 8].map((x) => (x - 5) / Math.sqrt(5 + 1e-5));

    expect(facts).toEqual({
      q: pmatrix(i.q, 0),
      k: pmatrix(i.k, 0),
      v: pmatrix(i.v, 0),
      scores: pmatrix(plain.scores, 2),
      weights: pmatrix(plain.weights, 2),
      output: pmatrix(plain.output, 2),
      causal_weights: pmatrix(causal.weights, 2),
      sat_scores: list(satScores, 2),
      sat_weights: list(satWeights, 2),
      sat_output: list(satOut, 2),
      sat_raw_1: '2',
      sqrt_dk: fixed(Math.SQRT2, 3),
      big_d: '64',
      big_std: '8',
      big_keys: '6',
      raw_std: fixed(Math.sqrt(raw.reduce((s, x) => s + x * x, 0) / 6), 1),
      raw_max_weight: fixed(Math.max(...soft(raw)), 3),
      scaled_max_weight: fixed(Math.max(...soft(raw.map((x) => x / 8))), 3),
      draws: '2,000',
      median_raw_max: fixed(median(rawTops), 3),
      share_saturated: percent(rawTops.filter((w) => w >= 0.9995).length / 2000, 0),
      median_scaled_max: fixed(median(scaledTops), 3),
      word_the: '[1, 0]',
      word_dog: '[0, 2]',
      word_bites: '[1, 1]',
      word_man: '[2, -1]',
      wq: pmatrix(i.wq, 0),
      wk: pmatrix(i.wk, 0),
      wv: pmatrix(i.wv, 0),
      dog_out_a: list(dogOut(i.sentenceA, false), 3),
      dog_out_b: list(dogOut(i.sentenceB, false), 3),
      dog_pos_a: list(dogOut(i.sentenceA, true), 3),
      dog_pos_b: list(dogOut(i.sentenceB, true), 3),
      positions: pmatrix(positions, 3),
      position_effect: '0.5',
      head1_sat: list(heads[0]?.weights[2] ?? [], 2),
      head2_sat: list(heads[1]?.weights[2] ?? [], 2),
      two_head_sat_output: list([heads[0]?.output[2]?.[0] ?? NaN, heads[1]?.output[2]?.[0] ?? NaN], 2),
      model_0_name: 'BERT-base', model_0_d: '768', model_0_heads: '12', model_0_dk: '64',
      model_1_name: { en: 'GPT-2 small', zh: 'GPT-2 小型版' }, model_1_d: '768', model_1_heads: '12', model_1_dk: '64',
      model_2_name: 'LLaMA 7B', model_2_d: '4,096', model_2_heads: '32', model_2_dk: '128',
      model_3_name: 'GPT-3 175B', model_3_d: '12,288', model_3_heads: '96', model_3_dk: '128',
      ln_input: '[2, 4, 6, 8]',
      ln_mean: '5',
      ln_var: '5',
      ln_output: list(ln, 3),
      depth: '12',
      slope: '0.5',
      plain_product: fixed(0.5 ** 12, 5), // 0.000244
      gpt2_d: '768',
      gpt2_ffn: '3072',
      gpt2_attention: grouped(attention2),
      gpt2_ffn_params: grouped(ffn2),
      gpt2_ffn_share: percent(ffn2 / block2, 0),
      gpt2_per_layer: grouped(block2),
      gpt2_layers: '12',
      gpt2_embeddings: grouped(embeddings2),
      gpt2_embedding_share: percent(embeddings2 / total2, 0),
      gpt2_total: '124,439,808',
      gpt2_millions: { en: '124', zh: '1.24 亿' }, // 124,439,808: 124 million, 1.24 × 10^8
      gpt3_layers: '96',
      gpt3_d: '12,288',
      gpt3_billions: { en: fixed(total3 / 1e9, 1), zh: `${fixed(total3 / 1e8, 0)} 亿` }, // 10^9 = 10 亿
      gpt3_embedding_share: percent(embeddings3 / total3, 1),
    });
    // Without positions the same word gets the same output in both orders; with them it does not.
    expect(facts['dog_out_a']).toBe(facts['dog_out_b']);
    expect(facts['dog_pos_a']).not.toBe(facts['dog_pos_b']);
    expectUsesExactly('attention', facts);
  });
});
