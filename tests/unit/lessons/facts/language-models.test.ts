/**
 * "Sequence and language models": moved here unchanged from the old tests/unit/lessons/facts.test.ts.
 * This lesson belongs to the transformer work (issue 12, part B), which extends this file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts } from '../../../../content/lessons/language-models/facts';
import { expectUsesExactly, fixed, PUBLIC_DIR } from './helpers';

describe('language-models facts', () => {
  it('match the arithmetic', () => {
    const corpus = readFileSync(join(PUBLIC_DIR, 'data/corpus.txt'), 'utf8');
    const v = new Set(corpus).size;
    const soft = (zs: number[]) => { const e = zs.map(Math.exp); const t = e.reduce((a, b) => a + b, 0); return e.map((x) => x / t); };
    expect(facts).toMatchObject({
      vocabulary: String(v), uniform_loss: fixed(Math.log(v), 2), worked_perplexity: fixed(Math.exp(1.5), 2),
      plain_top: fixed(soft([2, 1, 0])[0] ?? 0, 2), cold_top: fixed(soft([4, 2, 0])[0] ?? 0, 2), hot_top: fixed(soft([1, 0.5, 0])[0] ?? 0, 2),
      loss_below_perplexity: fixed(Math.exp(2.7), 1),
    });
    expectUsesExactly('language-models', facts);
  });
});
