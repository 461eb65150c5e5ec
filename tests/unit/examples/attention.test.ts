/**
 * The attention examples compute, with tensors, exactly what src/math
 * computes on the lesson's matrices: the heat-map example's weights, and the
 * order example's outputs, identical for the same word in both sentences
 * without positions and different with them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/attention/facts';
import { attention } from '../../../src/math/attention';
import { selfAttention, sinusoidalPositions } from '../../../src/math/transformer';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const example = (file: string) => readFileSync(resolve(import.meta.dirname, '../../../content/lessons/attention/examples', file), 'utf8');

async function run(file: string, controls: Record<string, string>) {
  const events = await runCode(example(file), { controls });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  return events;
}

describe('attention heat-map example', () => {
  for (const [mask, scale] of [['none', 'yes'], ['causal', 'yes'], ['none', 'no']] as const) {
    it(`matches the hand computation (mask ${mask}, scaled ${scale})`, async () => {
      const map = ofType(await run('attention-map.ts', { mask, 'divide by √d_k': scale }), 'heatmap')[0]?.heatmap;
      expect(map?.rowLabels).toEqual(inputs.tokens);
      const values = map?.values ?? [];
      const expected = attention(inputs.q, inputs.k, inputs.v, { causal: mask === 'causal', scale: scale === 'yes' }).weights.flat();
      expect(values).toHaveLength(16);
      values.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 5));
    });
  }
});

describe('order example', () => {
  const vectors = (words: readonly string[]) => words.map((w) => [...inputs.words[w as keyof typeof inputs.words]]);
  const pos = sinusoidalPositions(4, 2);
  const expectedOutputs = (words: readonly string[], positions: boolean) =>
    selfAttention(vectors(words).map((r, t) => (positions ? r.map((v, j) => v + (pos[t]?.[j] ?? NaN)) : r)), inputs.wq, inputs.wk, inputs.wv).output;

  for (const positions of ['none', 'sinusoidal'] as const) {
    it(`draws both sentences' weights as src/math computes them (positions ${positions})`, async () => {
      const events = await run('order-blind.ts', { positions });
      const maps = ofType(events, 'heatmap').map((e) => e.heatmap);
      expect(maps.map((m) => m.rowLabels)).toEqual([inputs.sentenceA, inputs.sentenceB]);
      [inputs.sentenceA, inputs.sentenceB].forEach((words, s) => {
        const x = vectors(words).map((r, t) => (positions === 'sinusoidal' ? r.map((v, j) => v + (pos[t]?.[j] ?? NaN)) : r));
        const expected = selfAttention(x, inputs.wq, inputs.wk, inputs.wv).weights.flat();
        expect(maps[s]?.values).toHaveLength(16);
        maps[s]?.values.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 5));
      });
      const reported = ofType(events, 'metrics').at(-1)?.values;
      expect(reported).toHaveProperty('maxDifference');
      const maxDifference = reported?.['maxDifference'] ?? NaN;
      // The same difference by hand: each word's output row in sentence A against its row in sentence B.
      const a = expectedOutputs(inputs.sentenceA, positions === 'sinusoidal');
      const b = expectedOutputs(inputs.sentenceB, positions === 'sinusoidal');
      const byHand = Math.max(...inputs.sentenceA.flatMap((word, i) => (a[i] ?? []).map((v, j) => Math.abs(v - (b[inputs.sentenceB.indexOf(word)]?.[j] ?? NaN)))));
      expect(maxDifference).toBeCloseTo(byHand, 5);
      if (positions === 'none') expect(maxDifference).toBeLessThan(1e-6);
      else expect(maxDifference).toBeGreaterThan(inputs.positionEffectAbove);
    });
  }
});
