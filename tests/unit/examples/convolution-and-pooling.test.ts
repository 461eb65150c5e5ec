/**
 * The kernel editor: its feature map is src/math/convolution's on the same
 * picture and kernel, for a preset and for a custom kernel typed in Settings,
 * and the printed shapes are the ones the lesson derives. The Chinese edition
 * (the starter code a Chinese reader gets) runs once, with its settings named
 * in Chinese: the same map and figures as the English run, with Chinese
 * messages and titles.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { conv2d, maxPool } from '../../../src/math/convolution';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/convolution-and-pooling/examples/kernel-editor.ts'), 'utf8');

async function run(controls: Record<string, string | number[][]>, source = code) {
  const events = await runCode(source, { controls });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  const picture = ofType(events, 'images')[0]?.images[0];
  const rows = (flat: readonly number[], width: number) => Array.from({ length: flat.length / width }, (_, r) => flat.slice(r * width, (r + 1) * width));
  const input = rows(picture?.pixels ?? [], picture?.width ?? 1);
  const [map, pooled] = ofType(events, 'heatmap').map((h) => rows(h.heatmap.values, h.heatmap.columns));
  const text = ofType(events, 'print').map((e) => (e.value.kind === 'text' ? e.value.text : '')).join('\n');
  const metrics: Readonly<Record<string, number>> = ofType(events, 'metrics').at(-1)?.values ?? {};
  return { input, map: map ?? [], pooled: pooled ?? [], text, metrics, events };
}

const close = (a: number[][], b: number[][]) => {
  expect(a.length).toBe(b.length);
  a.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(b[r]?.[c] ?? NaN, 4)));
};

const customKernel = [[0, 0, 0], [0, 2, 0], [0, 0, -1]];
let englishCustom: Awaited<ReturnType<typeof run>> | undefined;
beforeAll(async () => {
  englishCustom = await run({ kernel: 'custom', 'custom kernel': customKernel, padding: 'same' });
});

describe('kernel editor example', () => {
  it('makes the vertical-edge map of the lesson: 28×28 → 26×26 → 13×13', async () => {
    const { input, map, pooled, text } = await run({});
    expect(text).toContain('input 28×28 → feature map 26×26 (valid padding) → max-pooled 13×13');
    const sobel = [[1, 0, -1], [2, 0, -2], [1, 0, -1]];
    close(map, conv2d(input, sobel));
    close(pooled, maxPool(conv2d(input, sobel)));
  });

  it('uses a custom kernel from Settings, and same padding keeps 28×28', () => {
    if (!englishCustom) throw new Error('the English custom-kernel run did not finish');
    const { input, map, text } = englishCustom;
    expect(text).toContain('feature map 28×28 (same padding) → max-pooled 14×14');
    close(map, conv2d(input, customKernel, 'same'));
  });
});

describe('kernel editor example, Chinese edition', () => {
  const zh = exampleEdition(code, 'zh');
  let zhRun: Awaited<ReturnType<typeof run>> | undefined;
  beforeAll(async () => {
    zhRun = await run({ 卷积核: 'custom', 自定义卷积核: customKernel, 填充: 'same' }, zh);
  });

  it('names its settings in Chinese, and keeps no English message in its starter code', () => {
    for (const english of ['feature map', 'max-pooled', "'kernel:'", 'after 2×2', 'A convolution you can edit']) expect(zh).not.toContain(english);
    const controls = ofType(zhRun?.events ?? [], 'control');
    expect(controls.map((c) => [c.name, c.value])).toEqual([
      ['卷积核', 'custom'],
      ['自定义卷积核', customKernel],
      ['填充', 'same'],
    ]);
  });

  it('with the same custom kernel, draws the English run\'s maps and figures, titled and printed in Chinese', () => {
    expect(zhRun?.metrics).toEqual(englishCustom?.metrics);
    close(zhRun?.map ?? [], englishCustom?.map ?? []);
    close(zhRun?.pooled ?? [], englishCustom?.pooled ?? []);
    expect(zhRun?.text).toContain('输入 28×28 → 特征图 28×28（same 填充）→ 最大汇聚后 14×14');
    expect(zhRun?.text).toContain('卷积核：');
    const events = zhRun?.events ?? [];
    expect(ofType(events, 'heatmap').map((h) => h.name)).toEqual(['特征图', '2×2 最大汇聚之后']);
    expect(ofType(events, 'images').map((i) => [i.name, i.images[0]?.caption])).toEqual([['图片', '输入 28×28']]);
  });
});
