/**
 * The tiny language model on the cpu backend: after the stated number of
 * steps its training loss is below the stated value; the perplexity it
 * reports is e^loss; a low temperature writes more repetitive text than a
 * high one (fewer distinct three-character pieces) from the same model.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/language-models/facts';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/language-models/examples/tiny-transformer.ts'), 'utf8');
/** The example trains 300 × scale steps. */
const scale = inputs.checkedSteps / 300;

async function run(temperature: number) {
  const events = await runCode(code, { scale, controls: { temperature } });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  const sample = ofType(events, 'print').map((e) => (e.value.kind === 'text' ? e.value.text : '')).find((t) => t.startsWith('Sample at'))?.split('\n').slice(1).join('\n') ?? '';
  return { metrics: ofType(events, 'metrics').at(-1)?.values ?? {}, sample, losses: ofType(events, 'chart').flatMap((e) => e.points).filter((p) => p.series.startsWith('training (nats')) };
}

const distinctTrigrams = (text: string) => new Set(Array.from({ length: text.length - 2 }, (_, i) => text.slice(i, i + 3))).size;

describe('language model example', () => {
  it(`trains below ${inputs.lossBelow} nats in ${inputs.checkedSteps} steps; low temperature repeats itself more`, async () => {
    const cold = await run(0.2);
    const hot = await run(1.3);
    expect(cold.metrics['steps']).toBe(inputs.checkedSteps);
    expect(cold.losses).toHaveLength(inputs.checkedSteps);
    expect(cold.metrics['loss']).toBeLessThan(inputs.lossBelow);
    expect(cold.losses[0]?.y).toBeGreaterThan(3); // it starts near ln(vocabulary)
    expect(cold.metrics['perplexity']).toBeCloseTo(Math.exp(cold.metrics['loss'] ?? NaN), 6);
    // Same seed and steps: the same model, only the sampling differs.
    expect(hot.metrics['loss']).toBe(cold.metrics['loss']);
    expect(cold.sample.length).toBe(hot.sample.length);
    expect(distinctTrigrams(cold.sample)).toBeLessThan(distinctTrigrams(hot.sample));
  }, 180_000);
});
