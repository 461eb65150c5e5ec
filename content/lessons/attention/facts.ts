/**
 * Numbers quoted by "Attention and the transformer block", computed by
 * src/math (attention, transformer). The examples use the same tokens and
 * matrices (their tests check that).
 *
 * Most facts read the same in both editions. A few do not: the one model
 * name with an English word in it, and GPT-2's and GPT-3's sizes, which
 * English quotes in millions and billions and Chinese in 亿 (10^8).
 */
import { attention, attentionScores } from '../../../src/math/attention';
import { fmt, fmtGrouped, fmtPercent, fmtVector, type LocalizedFact } from '../../../src/format/prose';
import { softmax } from '../../../src/math/softmax';
import { decoderParameters, layerNorm, multiHeadAttention, selfAttention, sinusoidalPositions } from '../../../src/math/transformer';
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
  /** How many such draws the typical values are taken over. */
  draws: 2000,
  /** A weight this close to 1 shows as 1.000 to three decimals. */
  saturated: 0.9995,
  /** The order demo (examples/order-blind.ts): word vectors and projections. */
  words: { the: [1, 0], dog: [0, 2], bites: [1, 1], man: [2, -1] },
  wq: [[1, 1], [0, 1]],
  wk: [[1, 0], [1, 1]],
  wv: [[1, 0], [0, 1]],
  sentenceA: ['the', 'dog', 'bites', 'man'],
  sentenceB: ['the', 'man', 'bites', 'dog'],
  /** The example's test: with positions, some word's output moves by more than this between the sentences. */
  positionEffectAbove: 0.5,
  /** Real models: [name, d_model, heads] from their papers (BERT; GPT-2; GPT-3; LLaMA). */
  models: [
    ['BERT-base', 768, 12],
    ['GPT-2 small', 768, 12],
    ['LLaMA 7B', 4096, 32],
    ['GPT-3 175B', 12288, 96],
  ],
  /** GPT-2 small (Radford et al. 2019): vocabulary, context, width, layers, FFN multiplier. */
  gpt2: { vocabulary: 50257, context: 1024, dModel: 768, layers: 12, ffnMultiplier: 4 },
  /** GPT-3 175B (Brown et al. 2020): same vocabulary, context 2048, 96 layers of width 12288. */
  gpt3: { vocabulary: 50257, context: 2048, dModel: 12288, layers: 96, ffnMultiplier: 4 },
  layerNormInput: [2, 4, 6, 8],
  /** Residual demo: 12 layers whose own slope is 0.5 each. */
  depth: 12,
  slope: 0.5,
} as const;

/** The Chinese edition's name for a model whose English name has a word in it; the others are names in both. */
const chineseModelNames: Readonly<Record<string, string>> = { 'GPT-2 small': 'GPT-2 小型版' };
const modelName = (name: string): string | LocalizedFact => {
  const zh = chineseModelNames[name];
  return zh === undefined ? name : { en: name, zh };
};

const i = inputs;
const result = attention(i.q, i.k, i.v);
const causal = attention(i.q, i.k, i.v, { causal: true });
const row = 2; // "sat"
const m = (grid: readonly (readonly number[])[], digits: number) => `\\begin{pmatrix} ${grid.map((r) => r.map((v) => fmt(v, digits)).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;

// Saturation: one query against six keys in 64 dimensions, first once (seed 7), then over many draws.
const rng = createRandom(i.seed);
const vec = () => Array.from({ length: i.bigD }, () => rng.normal());
const query = vec();
const keys = Array.from({ length: i.bigKeys }, vec);
const raw = attentionScores([query], keys, false)[0] ?? [];
const scaled = raw.map((s) => s / Math.sqrt(i.bigD));
const std = (xs: readonly number[]) => Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / xs.length);
const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return ((sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN) + (sorted[Math.ceil((sorted.length - 1) / 2)] ?? NaN)) / 2;
};
const rawTops: number[] = [];
const scaledTops: number[] = [];
for (let draw = 0; draw < i.draws; draw++) {
  const qd = vec();
  const scores = attentionScores([qd], Array.from({ length: i.bigKeys }, vec), false)[0] ?? [];
  rawTops.push(Math.max(...softmax(scores)));
  scaledTops.push(Math.max(...softmax(scores.map((s) => s / Math.sqrt(i.bigD)))));
}

// Order: the same words in two orders, without and with sinusoidal positions.
const vectorsOf = (words: readonly string[]) => words.map((w) => [...i.words[w as keyof typeof i.words]]);
const positions = sinusoidalPositions(4, 2);
const withPositions = (x: number[][]) => x.map((r, p) => r.map((v, j) => v + (positions[p]?.[j] ?? NaN)));
const outputOf = (words: readonly string[], word: string, addPositions: boolean) => {
  const x = vectorsOf(words);
  return selfAttention(addPositions ? withPositions(x) : x, i.wq, i.wk, i.wv).output[words.indexOf(word)] ?? [];
};

// Two heads of width 1 on the worked example.
const twoHeads = multiHeadAttention(i.q, i.k, i.v, 2);
const gpt2 = decoderParameters(i.gpt2);
const gpt3 = decoderParameters(i.gpt3);
const lnMean = i.layerNormInput.reduce((s, v) => s + v, 0) / i.layerNormInput.length;
const modelFacts = Object.fromEntries(
  i.models.flatMap(([name, dModel, heads], n) => [
    [`model_${n}_name`, modelName(name)],
    [`model_${n}_d`, fmtGrouped(dModel)],
    [`model_${n}_heads`, fmt(heads, 0)],
    [`model_${n}_dk`, fmt(dModel / heads, 0)],
  ]),
);

export const facts: Readonly<Record<string, string | LocalizedFact>> = {
  q: m(i.q, 0),
  k: m(i.k, 0),
  v: m(i.v, 0),
  scores: m(result.scores, 2),
  weights: m(result.weights, 2),
  output: m(result.output, 2),
  causal_weights: m(causal.weights, 2),
  sat_scores: fmtVector(result.scores[row] ?? [], 2),
  sat_weights: fmtVector(result.weights[row] ?? [], 2),
  sat_output: fmtVector(result.output[row] ?? [], 2),
  sat_raw_1: fmt(i.q[row][0] * i.k[1][0] + i.q[row][1] * i.k[1][1], 0),
  sqrt_dk: fmt(Math.sqrt(2), 3),
  big_d: fmt(i.bigD, 0),
  big_std: fmt(Math.sqrt(i.bigD), 0),
  big_keys: fmt(i.bigKeys, 0),
  raw_std: fmt(std(raw), 1),
  raw_max_weight: fmt(Math.max(...softmax(raw)), 3),
  scaled_max_weight: fmt(Math.max(...softmax(scaled)), 3),
  draws: fmtGrouped(i.draws),
  median_raw_max: fmt(median(rawTops), 3),
  share_saturated: fmtPercent(rawTops.filter((w) => w >= i.saturated).length / i.draws, 0),
  median_scaled_max: fmt(median(scaledTops), 3),
  word_the: fmtVector(i.words.the, 0),
  word_dog: fmtVector(i.words.dog, 0),
  word_bites: fmtVector(i.words.bites, 0),
  word_man: fmtVector(i.words.man, 0),
  wq: m(i.wq, 0),
  wk: m(i.wk, 0),
  wv: m(i.wv, 0),
  dog_out_a: fmtVector(outputOf(i.sentenceA, 'dog', false), 3),
  dog_out_b: fmtVector(outputOf(i.sentenceB, 'dog', false), 3),
  dog_pos_a: fmtVector(outputOf(i.sentenceA, 'dog', true), 3),
  dog_pos_b: fmtVector(outputOf(i.sentenceB, 'dog', true), 3),
  positions: m(positions, 3),
  position_effect: fmt(i.positionEffectAbove, 1),
  head1_sat: fmtVector(twoHeads.heads[0]?.weights[row] ?? [], 2),
  head2_sat: fmtVector(twoHeads.heads[1]?.weights[row] ?? [], 2),
  two_head_sat_output: fmtVector(twoHeads.output[row] ?? [], 2),
  ...modelFacts,
  ln_input: fmtVector(i.layerNormInput, 0),
  ln_mean: fmt(lnMean, 0),
  ln_var: fmt(i.layerNormInput.reduce((s, v) => s + (v - lnMean) ** 2, 0) / i.layerNormInput.length, 0),
  ln_output: fmtVector(layerNorm(i.layerNormInput), 3),
  depth: fmt(i.depth, 0),
  slope: fmt(i.slope, 1),
  plain_product: fmt(i.slope ** i.depth, 5),
  gpt2_d: fmt(i.gpt2.dModel, 0),
  gpt2_ffn: fmt(i.gpt2.ffnMultiplier * i.gpt2.dModel, 0),
  gpt2_attention: fmtGrouped(gpt2.attention),
  gpt2_ffn_params: fmtGrouped(gpt2.ffn),
  gpt2_ffn_share: fmtPercent(gpt2.ffn / gpt2.perLayer, 0),
  gpt2_per_layer: fmtGrouped(gpt2.perLayer),
  gpt2_layers: fmt(i.gpt2.layers, 0),
  gpt2_embeddings: fmtGrouped(gpt2.embeddings),
  gpt2_embedding_share: fmtPercent(gpt2.embeddings / gpt2.total, 0),
  gpt2_total: fmtGrouped(gpt2.total),
  /** "124 million" in English, "1.24 亿" in Chinese: the same three significant digits. */
  gpt2_millions: { en: fmt(gpt2.total / 1e6, 0), zh: `${fmt(gpt2.total / 1e8, 2)} 亿` },
  gpt3_layers: fmt(i.gpt3.layers, 0),
  gpt3_d: fmtGrouped(i.gpt3.dModel),
  /** "174.6 billion" in English, "1746 亿" in Chinese: four significant digits in both. */
  gpt3_billions: { en: fmt(gpt3.total / 1e9, 1), zh: `${fmt(gpt3.total / 1e8, 0)} 亿` },
  gpt3_embedding_share: fmtPercent(gpt3.embeddings / gpt3.total, 1),
};
