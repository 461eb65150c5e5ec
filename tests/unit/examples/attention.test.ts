/** The attention example computes, with tensors, exactly what src/math/attention computes on the lesson's matrices. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/attention/facts';
import { attention } from '../../../src/math/attention';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/attention/examples/attention-map.ts'), 'utf8');

async function weightsFor(controls: Record<string, string>) {
  const events = await runCode(code, { controls });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  const map = ofType(events, 'heatmap')[0]?.heatmap;
  expect(map?.rowLabels).toEqual(inputs.tokens);
  return map?.values ?? [];
}

describe('attention example', () => {
  for (const [mask, scale] of [['none', 'yes'], ['causal', 'yes'], ['none', 'no']] as const) {
    it(`matches the hand computation (mask ${mask}, scaled ${scale})`, async () => {
      const values = await weightsFor({ mask, 'divide by √d_k': scale });
      const expected = attention(inputs.q, inputs.k, inputs.v, { causal: mask === 'causal', scale: scale === 'yes' }).weights.flat();
      expect(values).toHaveLength(16);
      values.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 5));
    });
  }
});
