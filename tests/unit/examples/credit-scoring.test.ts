/**
 * The credit example, both settings: real labels beat the stated AUC; random
 * labels land within the stated band around 0.5 and at the baseline accuracy.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/credit-scoring/facts';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/credit-scoring/examples/credit-model.ts'), 'utf8');

async function metricsFor(labels: string): Promise<Readonly<Record<string, number>>> {
  const events = await runCode(code, { scale: 1, controls: { labels } });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  return ofType(events, 'metrics').at(-1)?.values ?? {};
}

describe('credit-scoring example', () => {
  it(`reaches a test AUC above ${inputs.realAucAtLeast} with the real labels`, async () => {
    const m = await metricsFor('real labels');
    expect(m['testAuc']).toBeGreaterThan(inputs.realAucAtLeast);
    expect(m['testAccuracy']).toBeGreaterThanOrEqual(m['baselineAccuracy'] ?? 1);
  }, 60_000);

  it('scores like a coin flip with random labels', async () => {
    const m = await metricsFor('random labels');
    expect(Math.abs((m['testAuc'] ?? 0) - 0.5)).toBeLessThan(inputs.randomAucBand);
    expect(Math.abs((m['testAccuracy'] ?? 0) - (m['baselineAccuracy'] ?? 0))).toBeLessThan(0.03);
  }, 60_000);
});
