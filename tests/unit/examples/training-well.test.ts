/**
 * The training-well examples: the orderings the lesson states hold, with the
 * settings it quotes (its facts' inputs).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/training-well/facts';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const dir = resolve(import.meta.dirname, '../../../content/lessons/training-well/examples');
const source = (file: string) => readFileSync(resolve(dir, file), 'utf8');

async function metrics(file: string, scale: number): Promise<Readonly<Record<string, number>>> {
  const events = await runCode(source(file), { scale });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  return ofType(events, 'metrics').at(-1)?.values ?? {};
}

describe('optimizers example', () => {
  it(`after ${inputs.optimizerEpochs} epochs momentum and Adam are far below SGD; clipping rescues the exploding run`, async () => {
    expect(source('optimizers.ts')).toContain(`tf.train.momentum(0.05, ${inputs.momentum})`);
    const m = await metrics('optimizers.ts', 1);
    const sgd = m['SGD (η = 0.05)'] ?? NaN;
    expect(m['momentum (η = 0.05, β = 0.9)']).toBeLessThan(sgd / 5);
    expect(m['Adam (η = 0.01)']).toBeLessThan(sgd / 5);
    expect(Number.isFinite(m['lossWithoutClipping'] ?? NaN)).toBe(false);
    // The noise has σ = 0.4, so no line beats an MSE of 0.16; the clipped run gets within 30 %.
    expect(m['lossWithClipping']).toBeLessThan(0.16 * 1.3);
  }, 60_000);
});

describe('overfitting example', () => {
  it('memorises noise without regularization; L2, dropout and early stopping all validate better', async () => {
    const code = source('overfitting.ts');
    expect(code).toContain(`l2: ${inputs.l2}`);
    expect(code).toContain(`rate: ${inputs.dropout}`);
    expect(code).toContain(`patience: ${inputs.patience}`);
    const scale = 0.5;
    const m = await metrics('overfitting.ts', scale);
    const noise = inputs.noiseStd ** 2;
    expect(m['none train']).toBeLessThan(noise);
    expect(m['none validation']).toBeGreaterThan(noise * 2);
    for (const cure of ['L2', 'dropout', 'early stopping']) expect(m[`${cure} validation`], cure).toBeLessThan(m['none validation'] ?? 0);
    expect(m['early stopping epochs']).toBeLessThan(inputs.overfitEpochs * scale);
  }, 60_000);
});
