/**
 * Fine-tuning: the shipped pretrained model is what the script trains, and
 * fine-tuning beats the same network trained from scratch on the same few
 * examples by the stated margin.
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

  it(`beats training from scratch by more than ${inputs.margin * 100} points, and the pretrained model alone beats chance`, async () => {
    const events = await runCode(code, { scale: 0.5 });
    const end = finalEvent(events);
    expect(end.type, JSON.stringify(end)).toBe('done');
    const m = ofType(events, 'metrics').at(-1)?.values ?? {};
    expect((m['fineTuned'] ?? 0) - (m['scratch'] ?? 1)).toBeGreaterThan(inputs.margin);
    expect(m['zeroShot']).toBeGreaterThan(0.6);
    const series = new Set(ofType(events, 'chart').flatMap((e) => e.points).map((p) => p.series));
    expect(series).toEqual(new Set(['fine-tuned', 'from scratch']));
  }, 60_000);
});
