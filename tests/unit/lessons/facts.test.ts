/**
 * Every number a lesson quotes, recomputed here independently of src/math
 * (plain Math and hand-derived formulas, toFixed and Intl for formatting)
 * and compared with the lesson's facts.ts. Also checks that index.md uses
 * exactly the facts that exist: no unknown {{name}}, no unused fact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts as lossFacts } from '../../../content/lessons/losses-and-softmax/facts';
import { facts as descentFacts } from '../../../content/lessons/gradient-descent/facts';
import { facts as backpropFacts } from '../../../content/lessons/backpropagation/facts';
import { facts as classifierFacts } from '../../../content/lessons/binary-classifier/facts';
import { facts as evaluationFacts } from '../../../content/lessons/evaluating-models/facts';
import { facts as creditFacts } from '../../../content/lessons/credit-scoring/facts';
import { facts as convFacts } from '../../../content/lessons/convolution-and-pooling/facts';
import { facts as cnnFacts } from '../../../content/lessons/image-classifier/facts';
import { facts as trainingFacts } from '../../../content/lessons/training-well/facts';
import { facts as attentionFacts } from '../../../content/lessons/attention/facts';
import { facts as lmFacts } from '../../../content/lessons/language-models/facts';
import { facts as deployFacts } from '../../../content/lessons/deployment/facts';
import { facts as privacyFacts } from '../../../content/lessons/privacy/facts';
import { facts as fineTuneFacts } from '../../../content/lessons/fine-tuning/facts';
import { statSync } from 'node:fs';

const fixed = (x: number, digits: number) => x.toFixed(digits).replace(/^-(0\.?0*)$/, '$1');
const grouped = (x: number, digits = 0) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
const list = (xs: number[], digits: number) => `[${xs.map((x) => fixed(x, digits)).join(', ')}]`;
const sig = (z: number) => 1 / (1 + Math.exp(-z));

function placeholdersIn(slug: string): Set<string> {
  const text = readFileSync(join(__dirname, '../../../content/lessons', slug, 'index.md'), 'utf8');
  return new Set([...text.matchAll(/\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g)].map((m) => m[1] ?? ''));
}

function expectUsesExactly(slug: string, facts: Readonly<Record<string, string>>) {
  const used = placeholdersIn(slug);
  expect([...used].filter((name) => !Object.hasOwn(facts, name))).toEqual([]);
  expect(Object.keys(facts).filter((name) => !used.has(name))).toEqual([]);
}

describe('losses-and-softmax facts', () => {
  it('match the hand-computed softmax and losses', () => {
    const [e0, e1, e2] = [Math.exp(2), Math.exp(1), Math.exp(0.5)]; // 7.389, 2.718, 1.649
    const total = e0 + e1 + e2; // 11.756
    // Shift [1000, 1001, 1002] by 1002: e^−2, e^−1, e^0
    const big = [Math.exp(-2), Math.exp(-1), 1];
    const bigTotal = Math.exp(-2) + Math.exp(-1) + 1;
    const wrong = [0.864, 0.272, 0.064];
    const wrongSum = 0.864 + 0.272 + 0.064; // 1.2
    const bce = [-Math.log(0.9), -Math.log(0.8), -Math.log(0.6), -Math.log(0.6)];
    const p3 = sig(3); // 0.953
    expect(lossFacts).toEqual({
      logits: '[2.0, 1.0, 0.5]',
      z1: '2',
      z2: '1',
      z3: '0.5',
      exp_1: fixed(e0, 3),
      exp_2: fixed(e1, 3),
      exp_3: fixed(e2, 3),
      exp_sum: fixed(total, 3),
      softmax_1: fixed(e0 / total, 3), // 0.629
      softmax_2: fixed(e1 / total, 3), // 0.231
      softmax_3: fixed(e2 / total, 3), // 0.140
      softmax_vector: '[0.629, 0.231, 0.140]',
      softmax_sum: '1.000',
      softmax_ratio_12: fixed(Math.E, 3), // p₁/p₂ = e^(2−1)
      wrong_softmax: '[0.864, 0.272, 0.064]',
      wrong_sum: '1.2',
      wrong_ratio_12: fixed(0.864 / 0.272, 2), // 3.18
      wrong_normalized: list(wrong.map((v) => v / wrongSum), 3),
      big_logits: '[1000, 1001, 1002]',
      big_first: '1000',
      big_shifted: '[-2, -1, 0]',
      big_softmax: list(big.map((v) => v / bigTotal), 3), // [0.090, 0.245, 0.665]
      naive_big_first: 'NaN', // Infinity / Infinity
      exp_1000: '∞',
      max_exponent: fixed(Math.log(Number.MAX_VALUE), 2), // 709.78
      mse_targets: '[2.0, 3.5, 5.0]',
      mse_predictions: '[2.5, 3.0, 4.0]',
      mse_squared_errors: '[0.25, 0.25, 1.00]',
      mse: '0.50', // (0.25 + 0.25 + 1) / 3
      bce_labels: '[1, 0, 1, 0]',
      bce_probabilities: '[0.9, 0.2, 0.6, 0.4]',
      bce_terms: list(bce, 3), // [0.105, 0.223, 0.511, 0.511]
      bce: fixed(bce.reduce((a, b) => a + b) / 4, 3), // 0.338
      confident_wrong: '0.01',
      confident_wrong_loss: fixed(-Math.log(0.01), 2), // 4.61
      epsilon: '10^{-7}',
      epsilon_loss: fixed(-Math.log(1e-7), 2), // 16.12
      cce_class_1: fixed(-Math.log(e0 / total), 3), // 0.464
      cce_class_3: fixed(-Math.log(e2 / total), 3), // 1.964
      uniform_loss: fixed(Math.log(3), 3), // 1.099
      raw_score: '3',
      sigmoid_raw: fixed(p3, 3),
      double_sigmoid: fixed(sig(p3), 3), // 0.722
      right_loss: fixed(-Math.log(p3), 3), // 0.049
      wrong_loss: fixed(-Math.log(sig(p3)), 3), // 0.326
      sigmoid_1: fixed(sig(1), 3), // 0.731
      wrong_loss_floor: fixed(-Math.log(sig(1)), 3), // 0.313
    });
  });

  it('index.md uses exactly these facts', () => expectUsesExactly('losses-and-softmax', lossFacts));
});

describe('gradient-descent facts', () => {
  it('match the hand arithmetic', () => {
    // Three houses, x = [0.5, 0.8, 1.2], y = [2.0, 2.9, 4.1], from w = b = 0 with η = 0.1.
    const x = [0.5, 0.8, 1.2];
    const y = [2.0, 2.9, 4.1];
    const loss = (w: number, b: number) => x.reduce((s, xi, k) => s + (w * xi + b - (y[k] ?? 0)) ** 2, 0) / 3;
    const dw = (2 / 3) * -(2.0 * 0.5 + 2.9 * 0.8 + 4.1 * 1.2); // −5.493
    const db = (2 / 3) * -(2.0 + 2.9 + 4.1); // −6
    let w = 0;
    let b = 0;
    for (let k = 0; k < 10; k++) {
      const r = x.map((xi, j) => w * xi + b - (y[j] ?? 0));
      const gw = (2 / 3) * r.reduce((s, ri, j) => s + ri * (x[j] ?? 0), 0);
      const gb = (2 / 3) * r.reduce((s, ri) => s + ri, 0);
      w -= 0.1 * gw;
      b -= 0.1 * gb;
    }
    // Hessian 2·[[mean x², mean x], [mean x, 1]]; critical η = 2 / λmax.
    const a = (2 * (0.25 + 0.64 + 1.44)) / 3;
    const c = (2 * (0.5 + 0.8 + 1.2)) / 3;
    const lambdaMax = (a + 2) / 2 + Math.sqrt(((a - 2) / 2) ** 2 + c * c);
    expect(descentFacts).toEqual({
      areas: '[0.5, 0.8, 1.2]',
      prices: '[2.0, 2.9, 4.1]',
      eta: '0.1',
      loss_start: fixed((4 + 8.41 + 16.81) / 3, 3),
      grad_w: fixed(dw, 3),
      grad_b: fixed(db, 3),
      w_one: fixed(-0.1 * dw, 3),
      b_one: fixed(-0.1 * db, 3),
      loss_one: fixed(loss(-0.1 * dw, -0.1 * db), 3),
      loss_ten: fixed(loss(w, b), 3),
      critical_eta: fixed(2 / lambdaMax, 2),
      line_intercept: '1000',
      line_slope: '200',
      line_x: '1000',
      line_value_math: '201000',
      line_value: '201,000',
      line_wrong: '300,000',
      line_wrong_gap: '99,000',
      try_slow: '0.003',
      try_good: '0.1',
      try_diverge: '1.1',
    });
    expectUsesExactly('gradient-descent', descentFacts);
  });
});

describe('backpropagation facts', () => {
  it('match a forward and backward pass written out longhand', () => {
    // x = (1, 0.5), y = 1; W1 = [[0.2, −0.4], [0.7, 0.1]], b1 = (0.1, −0.2), w2 = (0.6, −0.3), b2 = 0.05.
    const z11 = 0.2 * 1 - 0.4 * 0.5 + 0.1;
    const z12 = 0.7 * 1 + 0.1 * 0.5 - 0.2;
    const h1 = sig(z11);
    const h2 = sig(z12);
    const z2 = 0.6 * h1 - 0.3 * h2 + 0.05;
    const yHat = sig(z2);
    const d2 = (yHat - 1) * yHat * (1 - yHat);
    const d11 = 0.6 * d2 * h1 * (1 - h1);
    const d12 = -0.3 * d2 * h2 * (1 - h2);
    const f4 = (v: number) => fixed(v, 4);
    expect(backpropFacts).toMatchObject({
      z11: f4(z11), z12: f4(z12), h1: f4(h1), h2: f4(h2), z2: f4(z2), y_hat: f4(yHat), loss: f4(0.5 * (yHat - 1) ** 2),
      delta2: f4(d2), dv1: f4(d2 * h1), dv2: f4(d2 * h2), delta11: f4(d11), delta12: f4(d12),
      dw11: f4(d11 * 1), dw12: f4(d11 * 0.5), dw21: f4(d12 * 1), dw22: f4(d12 * 0.5),
      w11: '0.2', w12: '-0.4', w21: '0.7', w22: '0.1', b11: '0.1', b12: '-0.2', v1: '0.6', v2: '-0.3', b2: '0.05',
      x1: '1', x2: '0.5', y: '1', tolerance: '1%', loss_factor: '10',
    });
    expectUsesExactly('backpropagation', backpropFacts);
  });
});

describe('binary-classifier facts', () => {
  it('match the arithmetic', () => {
    expect(classifierFacts).toEqual({
      hidden_1: '4', hidden_2: '2', learning_rate: '0.03', batch_size: '10', training_points: '250',
      batches_per_epoch: '25', playground_speed: '42', epochs_checked: '90', circles_accuracy: '95%', xor_accuracy: '90%',
      score: '1.2', score_probability: fixed(sig(1.2), 3),
      // 2→4: 3·4 = 12; 4→2: 5·2 = 10; 2→1: 3 → 25.
      parameters: '25',
    });
    expectUsesExactly('binary-classifier', classifierFacts);
  });
});

describe('evaluating-models facts', () => {
  it('match the arithmetic', () => {
    // TP 40, FP 10, FN 20, TN 930.
    const p = 40 / 50;
    const r = 40 / 60;
    expect(evaluationFacts).toEqual({
      tp: '40', fp: '10', fn: '20', tn: '930', worked_total: '1,000', worked_positives: '60',
      tp_plus_tn: '970', tp_plus_fp: '50', tp_plus_fn: '60', worked_total_plain: '1000',
      worked_accuracy: fixed(970 / 1000, 3),
      worked_precision: fixed(p, 3),
      worked_recall: fixed(r, 3),
      worked_f1: fixed((2 * p * r) / (p + r), 3),
      worked_accuracy_pct: `${fixed((970 / 1000) * 100, 1)}%`,
      worked_precision_pct: `${fixed(p * 100, 1)}%`,
      worked_recall_pct: `${fixed(r * 100, 1)}%`,
      worked_f1_pct: `${fixed(((2 * p * r) / (p + r)) * 100, 1)}%`,
      cases: '1,000', positives: '50', always_no_accuracy: '95.0%',
      epochs: '30', auc_at_least: '0.9', low_threshold: '0.2',
    });
    expectUsesExactly('evaluating-models', evaluationFacts);
  });
});

describe('credit-scoring facts', () => {
  it('describe the shipped file', () => {
    const file = join(__dirname, '../../../public/data/credit.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { rows: number[][] };
    const defaults = data.rows.filter((r) => r[6] === 1).length;
    expect(creditFacts).toEqual({
      rows: grouped(data.rows.length), features: '6',
      default_rate: `${fixed((defaults / data.rows.length) * 100, 1)}%`,
      no_default_rate: `${fixed((1 - defaults / data.rows.length) * 100, 1)}%`,
      file_kb: fixed(statSync(file).size / 1024, 0),
      train_share: '70%', test_share: '30%', real_auc: '0.75', random_low: '0.4', random_high: '0.6',
      confident: '0.99', squashed: fixed(sig(0.99), 2),
    });
    expectUsesExactly('credit-scoring', creditFacts);
  });
});

describe('convolution-and-pooling facts', () => {
  it('match the hand arithmetic', () => {
    // First window of the patch under the Sobel kernel: (9 − 5) + 2·(9 − 5) + (8 − 4) = 16.
    expect(convFacts).toMatchObject({
      out_11: String(9 - 5 + 2 * (9 - 5) + (8 - 4)),
      seed_sum: String(1 + 2 + 3 + (2 + 2 + 3) + (3 + 4 + 5)),
      seed_row_1: '6', seed_row_2: '7', seed_row_3: '12', seed_wrong: '15',
      valid_size: String(28 - 3 + 1), same_size: '28', pooled_size: String(Math.floor(26 / 2)), same_pooled: '14',
      valid_cells: String(26 * 26), pixels: String(28 * 28), same_padding: '1', patch_out: '3', global_max: '8',
      pooled: '\\begin{pmatrix} 6 & 2 \\\\ 2 & 8 \\end{pmatrix}',
    });
    expectUsesExactly('convolution-and-pooling', convFacts);
  });
});

describe('image-classifier facts', () => {
  it('match the layer arithmetic', () => {
    // 16 → conv 3 → 14 → pool → 7 → conv 3 → 5 → pool → 2; flatten 2·2·12 = 48.
    expect(cnnFacts).toMatchObject({
      conv1: '14', pool1: '7', conv2: '5', pool2: '2', flat: '48',
      weights_conv1: String(9 * 6 + 6), weights_conv2: String(9 * 6 * 12 + 12), weights_dense: String(48 * 4 + 4),
      weights_total: String(60 + 660 + 196), dense_equivalent: String(256 * 4 + 4), chance: '25%', accuracy_at_least: '95%',
    });
    expectUsesExactly('image-classifier', cnnFacts);
  });
});

describe('training-well facts', () => {
  it('match the arithmetic', () => {
    expect(trainingFacts).toMatchObject({
      momentum_window: String(Math.round(1 / (1 - 0.9))), adam_window: String(Math.round(1 / (1 - 0.999))),
      noise_variance: fixed(0.3 * 0.3, 2), dropout_scale: fixed(1 / 0.9, 2),
    });
    expectUsesExactly('training-well', trainingFacts);
  });
});

describe('attention facts', () => {
  it('match softmax of the scaled dot products, worked for "sat"', () => {
    // q_sat = (2, 1); keys (1,0), (0,2), (1,1), (−1,1); scaled by √2.
    const raw = [2, 2, 3, -1];
    const scaled = raw.map((s) => s / Math.SQRT2);
    const exps = scaled.map(Math.exp);
    const total = exps.reduce((a, b) => a + b, 0);
    const w = exps.map((e) => e / total);
    const [w0 = 0, w1 = 0, w2 = 0] = w;
    const out = [w0 + w2, w1 + w2];
    expect(attentionFacts).toMatchObject({
      sat_raw_1: '2', sqrt_dk: fixed(Math.SQRT2, 3),
      sat_scores: list(scaled, 2), sat_weights: list(w, 2), sat_output: list(out, 2),
      big_d: '64', big_std: '8', big_keys: '6',
    });
    expect(Number(attentionFacts['raw_max_weight'])).toBeGreaterThan(Number(attentionFacts['scaled_max_weight']));
    expectUsesExactly('attention', attentionFacts);
  });
});

describe('language-models facts', () => {
  it('match the arithmetic', () => {
    const corpus = readFileSync(join(__dirname, '../../../public/data/corpus.txt'), 'utf8');
    const v = new Set(corpus).size;
    const soft = (zs: number[]) => { const e = zs.map(Math.exp); const t = e.reduce((a, b) => a + b, 0); return e.map((x) => x / t); };
    expect(lmFacts).toMatchObject({
      vocabulary: String(v), uniform_loss: fixed(Math.log(v), 2), worked_perplexity: fixed(Math.exp(1.5), 2),
      plain_top: fixed(soft([2, 1, 0])[0] ?? 0, 2), cold_top: fixed(soft([4, 2, 0])[0] ?? 0, 2), hot_top: fixed(soft([1, 0.5, 0])[0] ?? 0, 2),
      loss_below_perplexity: fixed(Math.exp(2.7), 1),
    });
    expectUsesExactly('language-models', lmFacts);
  });
});

describe('deployment facts', () => {
  it('match the hand arithmetic', () => {
    // Range [−0.8, 1.2] over 255 steps; 6·16 + 16 + 16 + 1 = 129 weights in 4 tensors.
    const scale = 2 / 255;
    expect(deployFacts).toMatchObject({
      scale: fixed(scale, 5), q: `[0, ${Math.round(0.9 / scale)}, ${Math.round(1.3 / scale)}, 255]`, half_step: fixed(scale / 2, 4),
      parameters: '129', float_bytes: '516', int8_bytes: String(129 + 32), ratio: fixed(516 / 161, 2),
      worked_cost: `USD ${fixed((1000 * 0.002 * 0.1) / 3600, 7)}`,
    });
    expectUsesExactly('deployment', deployFacts);
  });
});

describe('privacy facts', () => {
  it('match the noise arithmetic', () => {
    // σ = 4, C = 1, B = 20: sum noise std 4, mean noise std 4/20.
    expect(privacyFacts).toMatchObject({ noise_sum_std: '4', noise_mean_std: fixed(4 / 20, 2), sweeney: '87%' });
    expectUsesExactly('privacy', privacyFacts);
  });
});

describe('fine-tuning facts', () => {
  it('describe the shipped files', () => {
    const reviews = JSON.parse(readFileSync(join(__dirname, '../../../public/data/reviews.json'), 'utf8')) as { vocabulary: string[]; labelled: unknown[]; test: unknown[] };
    const v = reviews.vocabulary.length;
    expect(fineTuneFacts).toMatchObject({ labelled: String(reviews.labelled.length), test: String(reviews.test.length), vocabulary: String(v), weights: grouped(v * 16 + 16 + 16 + 1), margin: '10' });
    expectUsesExactly('fine-tuning', fineTuneFacts);
  });
});
