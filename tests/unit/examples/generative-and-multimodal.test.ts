/**
 * The generative lesson's examples on the cpu backend, at the students'
 * settings (scale 1): the VAE rebuilds new pictures better than the average
 * picture and sorts shapes in its code plane without labels; the contrastive
 * model matches captions and finds pictures well above chance, and fails on
 * the combination it never saw when that is held out.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/generative-and-multimodal/facts';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';
import type { ControlValue } from '../../../src/runtime/protocol';

const example = (file: string) => readFileSync(resolve(import.meta.dirname, '../../../content/lessons/generative-and-multimodal/examples', file), 'utf8');

/** A reported metric; fails the test (instead of defaulting) when the example did not report it. */
function metric(m: Readonly<Record<string, number>>, key: string): number {
  expect(m, key).toHaveProperty(key);
  return m[key] ?? NaN;
}

async function run(file: string, controls: Readonly<Record<string, ControlValue>> = {}) {
  const events = await runCode(example(file), { scale: 1, controls });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  return { events, metrics: ofType(events, 'metrics').at(-1)?.values ?? {} };
}

describe('VAE example', () => {
  it('rebuilds new pictures better than the average picture and separates the shapes without labels', async () => {
    const { events, metrics } = await run('shape-vae.ts');
    expect(metric(metrics, 'epochs')).toBe(inputs.vaeEpochs);
    expect(metric(metrics, 'vaeError')).toBeLessThan(inputs.vaeErrorShareBelow * metric(metrics, 'averageError'));
    expect(metric(metrics, 'latentAccuracy')).toBeGreaterThan(inputs.latentAccuracyAbove);
    // Both loss parts are charted once per epoch, and the grid decodes 36 pictures of 16 × 16.
    const points = ofType(events, 'chart').flatMap((e) => e.points);
    expect(points.filter((p) => p.series.startsWith('KL'))).toHaveLength(inputs.vaeEpochs);
    const grid = ofType(events, 'images').find((e) => e.name.startsWith('new pictures decoded'));
    expect(grid?.images).toHaveLength(36);
    expect(grid?.images.every((p) => p.width === 16 && p.height === 16)).toBe(true);
  }, 60_000);
});

describe('contrastive example', () => {
  it('matches pictures to captions and captions to pictures well above chance', async () => {
    const { metrics } = await run('contrastive-pairs.ts');
    expect(metric(metrics, 'steps')).toBe(inputs.clipSteps);
    expect(metric(metrics, 'trainedAccuracy')).toBeGreaterThan(inputs.captionAccuracyAbove);
    expect(metric(metrics, 'precision')).toBeGreaterThan(inputs.precisionAbove);
  }, 60_000);

  it('does not generalise to "large triangle" when that pairing is held out of training', async () => {
    const { metrics } = await run('contrastive-pairs.ts', { 'hold out "large triangle"': 'yes' });
    expect(metric(metrics, 'heldOutAccuracy')).toBeLessThan(inputs.heldOutBelow);
    expect(metric(metrics, 'trainedAccuracy')).toBeGreaterThan(inputs.captionAccuracyAbove);
  }, 60_000);
});
