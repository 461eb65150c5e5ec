/**
 * Fine-tuning: the shipped pretrained model is what the script trains;
 * fine-tuning beats the same network trained from scratch on the same few
 * examples by the stated margin, beyond both test intervals; frozen, or on
 * 8 reviews, it ends below the untouched pretrained model (the lesson's
 * statements, at the students' scale).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/fine-tuning/facts';
import { gadgetData, MODEL_DIR, pretrain } from '../../../scripts/data/reviews';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/fine-tuning/examples/fine-tune.ts'), 'utf8');
const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/data/reviews.json'), 'utf8')) as unknown;

describe('fine-tuning', () => {
  it('ships exactly the reviews its script generates', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(gadgetData())));
  });

  it('ships exactly the pretrained weights its script trains (seeded, cpu)', async () => {
    const bytes = readFileSync(resolve(MODEL_DIR, 'weights.bin'));
    const shippedWeights = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const model = await pretrain();
    const trained = (await Promise.all(model.getWeights().map((w) => w.data()))).flatMap((d) => Array.from(d));
    model.dispose();
    expect(trained).toHaveLength(shippedWeights.length);
    const worst = trained.reduce((max, w, i) => Math.max(max, Math.abs(w - (shippedWeights[i] ?? NaN))), 0);
    expect(worst).toBeLessThan(1e-5);
  }, 60_000);

  it(`beats training from scratch by more than ${inputs.margin * 100} points, with intervals that do not overlap; frozen, or on ${inputs.few} reviews, it ends below the untouched model`, async () => {
    // Three runs at the students' scale, one per claim of the lesson.
    const run = async (controls: Record<string, string | number>) => {
      const events = await runCode(code, { scale: 1, controls });
      const end = finalEvent(events);
      if (end.type !== 'done') throw new Error(JSON.stringify(end));
      return { events, m: ofType(events, 'metrics').at(-1)?.values ?? {} };
    };
    const metric = (m: Readonly<Record<string, number>>, key: string) => {
      expect(m, key).toHaveProperty(key);
      return m[key] ?? NaN;
    };
    const trainable = await run({});
    const t = trainable.m;
    expect(metric(t, 'labelled')).toBe(24);
    expect(metric(t, 'fineTuned') - metric(t, 'scratch')).toBeGreaterThan(inputs.margin);
    expect(metric(t, 'fineTunedLow')).toBeGreaterThan(metric(t, 'scratchHigh'));
    expect(metric(t, 'zeroShot')).toBeGreaterThan(0.6);
    const validation = ofType(trainable.events, 'chart').filter((e) => e.chart === 'validation accuracy');
    expect(new Set(validation.flatMap((e) => e.points).map((p) => p.series))).toEqual(new Set(['fine-tuned', 'from scratch']));

    const frozen = (await run({ 'pretrained layer': 'frozen' })).m;
    expect(metric(frozen, 'fineTuned')).toBeLessThan(metric(t, 'fineTuned'));
    expect(metric(frozen, 'fineTuned')).toBeLessThan(metric(frozen, 'zeroShot'));

    const few = (await run({ 'labelled reviews': inputs.few })).m;
    expect(metric(few, 'labelled')).toBe(inputs.few);
    expect(metric(few, 'fineTuned')).toBeGreaterThan(metric(few, 'scratch'));
    expect(metric(few, 'fineTuned')).toBeLessThan(metric(few, 'zeroShot'));
  }, 180_000);
});
