/**
 * The first runnable example, trained on the cpu backend in Node through the
 * same runner the worker uses, at a reduced scale.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { cpuTf, finalEvent, ofType, runCode } from './run-helpers';

const EXAMPLE = resolve(import.meta.dirname, '../../../content/lessons/neurons-layers-activations/examples/house-prices.ts');
const code = readFileSync(EXAMPLE, 'utf8');

describe('house-prices example', () => {
  it('trains to the noise floor, draws the loss and the fitted line, and leaves no tensors', async () => {
    const events = await runCode(code, { scale: 0.25 });
    const end = finalEvent(events);
    expect(end.type, JSON.stringify(end)).toBe('done');

    const loss = ofType(events, 'chart').flatMap((e) => e.points).filter((p) => p.series === 'loss');
    // 60 × 0.25 = 15 epochs, one point each.
    expect(loss.map((p) => p.x)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const first = loss[0]?.y ?? NaN;
    const last = loss.at(-1)?.y ?? NaN;
    expect(last).toBeLessThan(first / 5);
    // The noise is σ = 40k, i.e. 0.4 in the scaled units: a fitted line cannot
    // beat a mean squared error of about 0.4² = 0.16; it should get close.
    expect(last).toBeGreaterThan(0.1);
    expect(last).toBeLessThan(0.2);

    const metrics = ofType(events, 'metrics').at(-1);
    expect(metrics?.values['loss']).toBeCloseTo(last, 6);

    const plots = ofType(events, 'plot');
    expect(plots.length).toBeGreaterThanOrEqual(2); // before training and during it
    const fitted = plots.at(-1)?.series.find((s) => s.name === 'model');
    // The truth is 50k + 3k/m²: at 40 m² → 170k, at 200 m² → 650k (within noise of the sample).
    expect(fitted?.x).toEqual([40, 200]);
    expect(fitted?.y[0]).toBeGreaterThan(140);
    expect(fitted?.y[0]).toBeLessThan(200);
    expect(fitted?.y[1]).toBeGreaterThan(610);
    expect(fitted?.y[1]).toBeLessThan(690);

    const printed = ofType(events, 'print').map((e) => e.value);
    expect(printed.some((v) => v.kind === 'text' && v.text.startsWith('Learned: price ≈'))).toBe(true);
    expect(printed.some((v) => v.kind === 'table' && v.rows.length === 3)).toBe(true);

    const progress = ofType(events, 'progress').at(-1);
    expect(progress).toMatchObject({ epoch: 15, epochs: 15, batch: 10, batches: 10 });
  });

  it('gives the same final loss on every run with the same seed (cpu backend)', async () => {
    const finalLoss = async (seed: number): Promise<number | undefined> =>
      ofType(await runCode(code, { scale: 0.1, seed }), 'metrics').at(-1)?.values['loss'];
    const a = await finalLoss(7);
    const b = await finalLoss(7);
    const c = await finalLoss(8);
    expect(a).toBeDefined();
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('does not grow the tensor count over repeated runs', async () => {
    const before = (await cpuTf()).memory().numTensors;
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const end = finalEvent(await runCode(code, { scale: 0.1, runId: i + 1 }));
      if (end.type !== 'done') throw new Error(JSON.stringify(end));
      counts.push(end.memory.numTensors);
    }
    expect(counts).toEqual([before, before, before]);
  });

  it('in its Chinese edition, trains to the same loss and shows its plot, result and table in Chinese', async () => {
    const zh = exampleEdition(code, 'zh');
    expect(zh).not.toContain('Learned: price');
    const [english, chinese] = await Promise.all([runCode(code, { scale: 0.1 }), runCode(zh, { scale: 0.1, runId: 2 })]);
    const end = finalEvent(chinese);
    expect(end.type, JSON.stringify(end)).toBe('done');
    // Only the words differ: the same seed and code give the same final loss.
    expect(ofType(chinese, 'metrics').at(-1)?.values).toEqual(ofType(english, 'metrics').at(-1)?.values);

    const plot = ofType(chinese, 'plot').at(-1);
    expect(plot?.plot).toBe('房价与面积');
    expect(plot?.series.map((s) => s.name)).toEqual(['房子', '模型']);
    const printed = ofType(chinese, 'print').map((e) => e.value);
    expect(printed.some((v) => v.kind === 'text' && v.text.startsWith('学到的：价格 ≈'))).toBe(true);
    const table = printed.find((v) => v.kind === 'table');
    expect(table?.kind === 'table' ? table.columns : null).toEqual(['面积（m²）', '预测价格（千元）']);
  });
});
