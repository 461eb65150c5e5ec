/**
 * The speed lab's measurement program (content/speed-lab/measure.ts) on the
 * CPU backend in Node: every model trains to the end and reports what the
 * page reads, and two runs give the same loss (the ground parity rests on:
 * every backend starts from the same weights and batches), and the fused
 * helpers' networks (lab.cnn, lab.transformer; tf ops on the CPU) are the
 * ones written with tfjs's ops that `fused kernels: no` trains.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPEED_MODELS } from '../../../src/speed/models';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const program = readFileSync(resolve(import.meta.dirname, '../../../content/speed-lab/measure.ts'), 'utf8');

async function measure(model: string, steps: number, fusedKernels = 'yes') {
  const events = await runCode(program, { controls: { model, steps, 'fused kernels': fusedKernels } });
  const last = finalEvent(events);
  if (last.type !== 'done') throw new Error(`${model}: ${JSON.stringify(last)}`);
  const metrics = ofType(events, 'metrics')[0]?.values;
  if (!metrics) throw new Error(`${model}: no metrics`);
  return metrics;
}

describe('the speed lab measurement program', () => {
  it.each(SPEED_MODELS.map((m) => [m.id, m] as const))('%s trains and reports its size, speed and loss', async (_, model) => {
    const metrics = await measure(model.id, 3);
    expect(metrics['steps']).toBe(3);
    expect(metrics['params']).toBe(model.params);
    expect(metrics['stepsPerSecond']).toBeGreaterThan(0);
    expect(metrics['firstStepMs']).toBeGreaterThan(0);
    expect(metrics['bytes']).toBeGreaterThanOrEqual(model.params * 4);
    expect(Number.isFinite(metrics['loss'])).toBe(true);
  });

  it('gives the same loss on a second run: same weights, same batches', async () => {
    const [a, b] = [await measure('transformer', 2), await measure('transformer', 2)];
    expect(b['loss']).toBe(a['loss']);
  });

  it.each(['cnn', 'transformer'])('%s: lab.cnn / lab.transformer and the same network in tfjs ops start alike and lose alike', async (model) => {
    const [helper, ops] = [await measure(model, 3), await measure(model, 3, 'no')];
    expect(helper['params']).toBe(ops['params']);
    expect(Math.abs((helper['loss'] ?? NaN) - (ops['loss'] ?? NaN)) / (ops['loss'] ?? NaN)).toBeLessThan(1e-5);
  });
});
