/**
 * The deployment example in Node (no IndexedDB, so it says so and skips that
 * part): reloaded files predict identically, the downloads are a loadable
 * model, 8-bit weights are the stated size and keep accuracy within the
 * stated margin, and a positive, finite cost per 1,000 calls is offered.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts, inputs } from '../../../content/lessons/deployment/facts';
import { costPer1000Calls } from '../../../src/math/lifecycle-costs';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/deployment/examples/serve-and-quantize.ts'), 'utf8');

describe('deployment example', () => {
  it('saves, reloads, serves, quantizes and prices a call', async () => {
    const events = await runCode(code, { scale: 0.5 });
    const end = finalEvent(events);
    expect(end.type, JSON.stringify(end)).toBe('done');
    const text = ofType(events, 'print').map((e) => (e.value.kind === 'text' ? e.value.text : '')).join('\n');
    expect(text).toContain('Reloaded from files: identical predictions');
    expect(text).toContain('No IndexedDB here');
    expect(text).toMatch(/error: "missing or not a number: age/);

    const [json, bin] = ofType(events, 'download');
    expect(json?.filename).toBe('credit-model.json');
    const manifest = JSON.parse(new TextDecoder().decode(json?.bytes)) as { weightsManifest: { paths: string[]; weights: { shape: number[] }[] }[] };
    expect(manifest.weightsManifest[0]?.paths).toEqual(['credit-model.weights.bin']);
    const count = manifest.weightsManifest[0]?.weights.reduce((s, w) => s + w.shape.reduce((a, b) => a * b, 1), 0);
    expect(bin?.bytes.byteLength).toBe((count ?? 0) * 4);

    const m = ofType(events, 'metrics').at(-1)?.values ?? {};
    expect(String(m['floatBytes'])).toBe(facts['float_bytes']);
    expect(String(m['int8Bytes'])).toBe(facts['int8_bytes']);
    expect(Math.abs((m['int8Accuracy'] ?? 0) - (m['floatAccuracy'] ?? 1))).toBeLessThan(inputs.accuracyMargin);
    expect(m['p95Ms']).toBeGreaterThanOrEqual(m['medianMs'] ?? Infinity);

    const offer = ofType(events, 'worksheet-cost')[0];
    expect(offer?.costPer1000Calls).toBeGreaterThan(0);
    expect(Number.isFinite(offer?.costPer1000Calls)).toBe(true);
    expect(offer?.costPer1000Calls).toBeCloseTo(costPer1000Calls(m['medianMs'] ?? NaN, inputs.pricePerHour), 12);
    expect(offer?.provenance).toMatch(/ms per call \(median of \d+\) on cpu × USD 0\.1 per hour/);
  }, 60_000);
});
