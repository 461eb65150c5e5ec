/**
 * Every number a lesson quotes, recomputed here independently of src/math
 * (plain Math and hand-derived formulas, toFixed and Intl for formatting)
 * and compared with the lesson's facts.ts. Also checks that index.md uses
 * exactly the facts that exist: no unknown {{name}}, no unused fact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts as classifierFacts } from '../../../content/lessons/binary-classifier/facts';
import { facts as attentionFacts } from '../../../content/lessons/attention/facts';
import { facts as lmFacts } from '../../../content/lessons/language-models/facts';
import { facts as deployFacts } from '../../../content/lessons/deployment/facts';
import { facts as privacyFacts } from '../../../content/lessons/privacy/facts';
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

