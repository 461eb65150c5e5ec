/**
 * "Attention, briefly": moved here unchanged from the old tests/unit/lessons/facts.test.ts.
 * This lesson belongs to the transformer work (issue 12, part B), which extends this file.
 */
import { describe, expect, it } from 'vitest';
import { facts } from '../../../../content/lessons/attention/facts';
import { expectUsesExactly, fixed, list } from './helpers';

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
    expect(facts).toMatchObject({
      sat_raw_1: '2', sqrt_dk: fixed(Math.SQRT2, 3),
      sat_scores: list(scaled, 2), sat_weights: list(w, 2), sat_output: list(out, 2),
      big_d: '64', big_std: '8', big_keys: '6',
    });
    expect(Number(facts['raw_max_weight'])).toBeGreaterThan(Number(facts['scaled_max_weight']));
    expectUsesExactly('attention', facts);
  });
});
