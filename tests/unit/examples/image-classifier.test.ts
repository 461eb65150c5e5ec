/**
 * The shapes CNN at full scale (the lesson's claim is about the full run):
 * held-out accuracy above the stated level, a 4×4 confusion matrix that
 * adds up to the test set, and twelve captioned sample guesses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts, inputs } from '../../../content/lessons/image-classifier/facts';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

/** The weight count the lesson states (its facts test checks the arithmetic). */
const cnnWeights = facts['weights_total'];
const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/image-classifier/examples/shapes-cnn.ts'), 'utf8');

describe('image classifier example', () => {
  it(`classifies more than ${inputs.accuracyAtLeast * 100} % of the held-out shapes`, async () => {
    const events = await runCode(code, { scale: 1 });
    const end = finalEvent(events);
    expect(end.type, JSON.stringify(end)).toBe('done');
    const accuracy = ofType(events, 'metrics').at(-1)?.values['testAccuracy'] ?? 0;
    expect(accuracy).toBeGreaterThan(inputs.accuracyAtLeast);

    const matrix = ofType(events, 'heatmap')[0]?.heatmap;
    expect(matrix).toMatchObject({ rows: inputs.classes, columns: inputs.classes, showValues: true });
    const cells = matrix?.values ?? [];
    expect(cells.reduce((s, v) => s + v, 0)).toBe(inputs.testPictures);
    const diagonal = [0, 5, 10, 15].reduce((s, k) => s + (cells[k] ?? 0), 0);
    expect(diagonal / inputs.testPictures).toBeCloseTo(accuracy, 10);

    const samples = ofType(events, 'images')[0]?.images ?? [];
    expect(samples).toHaveLength(12);
    expect(samples.every((s) => s.width === inputs.size && /^(circle|square|triangle|cross) \d+ %$/.test(s.caption ?? ''))).toBe(true);
    expect(ofType(events, 'print').some((e) => e.value.kind === 'text' && e.value.text.startsWith(`${cnnWeights} weights`))).toBe(true);
  }, 120_000);
});
