/**
 * The kernel editor: its feature map is src/math/convolution's on the same
 * picture and kernel, for a preset and for a custom kernel typed in Settings,
 * and the printed shapes are the ones the lesson derives.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conv2d, maxPool } from '../../../src/math/convolution';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/convolution-and-pooling/examples/kernel-editor.ts'), 'utf8');

async function run(controls: Record<string, string | number[][]>) {
  const events = await runCode(code, { controls });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  const picture = ofType(events, 'images')[0]?.images[0];
  const rows = (flat: readonly number[], width: number) => Array.from({ length: flat.length / width }, (_, r) => flat.slice(r * width, (r + 1) * width));
  const input = rows(picture?.pixels ?? [], picture?.width ?? 1);
  const [map, pooled] = ofType(events, 'heatmap').map((h) => rows(h.heatmap.values, h.heatmap.columns));
  const text = ofType(events, 'print').map((e) => (e.value.kind === 'text' ? e.value.text : '')).join('\n');
  return { input, map: map ?? [], pooled: pooled ?? [], text };
}

const close = (a: number[][], b: number[][]) => {
  expect(a.length).toBe(b.length);
  a.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(b[r]?.[c] ?? NaN, 4)));
};

describe('kernel editor example', () => {
  it('makes the vertical-edge map of the lesson: 28×28 → 26×26 → 13×13', async () => {
    const { input, map, pooled, text } = await run({});
    expect(text).toContain('input 28×28 → feature map 26×26 (valid padding) → max-pooled 13×13');
    const sobel = [[1, 0, -1], [2, 0, -2], [1, 0, -1]];
    close(map, conv2d(input, sobel));
    close(pooled, maxPool(conv2d(input, sobel)));
  });

  it('uses a custom kernel from Settings, and same padding keeps 28×28', async () => {
    const kernel = [[0, 0, 0], [0, 2, 0], [0, 0, -1]];
    const { input, map, text } = await run({ kernel: 'custom', 'custom kernel': kernel, padding: 'same' });
    expect(text).toContain('feature map 28×28 (same padding) → max-pooled 14×14');
    close(map, conv2d(input, kernel, 'same'));
  });
});
