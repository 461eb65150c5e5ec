/**
 * Issue 5's speed target, measured the way a student meets it: open the
 * binary-classifier lesson in the production build, pick a backend, press
 * Run with the example's defaults — TensorFlow Playground's setup (2 inputs,
 * hidden layers of 4 and 2 tanh units, batch size 10, 250 training points,
 * learning rate 0.03) — and read the speed the example reports: epochs per
 * second of training and decision-boundary redraws per second.
 *
 * Target: at least Playground's ~42 epochs/s (one epoch per animation frame
 * on a machine like this) while redrawing at least 10 times a second. On
 * WebGPU (SwiftShader here, a CPU emulating a GPU) the figure is information
 * only, with fewer epochs.
 */
import type { Page } from 'playwright-core';
import { chooseBackend, metric, runToEnd, waitForEditor } from '../../tests/browser/support/live-code';
import { median, type BenchContext, type BenchRow } from './types';

const PLAYGROUND_EPOCHS_PER_SECOND = 42;
const LESSON = '#/lessons/binary-classifier';

async function runOnce(page: Page, appUrl: string, backend: 'cpu' | 'webgpu', scale: number): Promise<{ epochs: number; redraws: number; accuracy: number }> {
  await page.goto(appUrl + LESSON);
  await page.evaluate((s) => localStorage.setItem('lml.testScale', s), String(scale));
  await page.reload(); // the scale is read at load
  await waitForEditor(page);
  await chooseBackend(page, backend);
  const status = await runToEnd(page, 600_000);
  if (status !== 'done') throw new Error(`the example ended ${status} on ${backend}`);
  return { epochs: await metric(page, 'epochsPerSecond'), redraws: await metric(page, 'redrawsPerSecond'), accuracy: await metric(page, 'testAccuracy') };
}

export default async function benchPlayground(ctx: BenchContext): Promise<BenchRow[]> {
  const browser = await ctx.launch({ webgpu: true });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    const rows: BenchRow[] = [];
    for (const [backend, scale, runs] of [['cpu', 1, 3], ['webgpu', 0.2, 1]] as const) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await runOnce(page, ctx.appUrl, backend, scale));
      const epochs = median(results.map((r) => r.epochs));
      const label = backend === 'cpu' ? 'cpu' : 'webgpu (SwiftShader, information)';
      const setup = `${Math.round(300 * scale)} epochs, median of ${runs}; test accuracy ${(median(results.map((r) => r.accuracy)) * 100).toFixed(1)} %`;
      rows.push(
        { name: `Playground setup, epochs per second, ${label}`, value: epochs, unit: 'epochs/s', note: `goal ≥ ${PLAYGROUND_EPOCHS_PER_SECOND} (TensorFlow Playground); ${setup}` },
        { name: `Playground setup, vs TensorFlow Playground, ${label}`, value: epochs / PLAYGROUND_EPOCHS_PER_SECOND, unit: 'x', note: 'ours / 42 epochs per second' },
        { name: `Playground setup, boundary redraws per second, ${label}`, value: median(results.map((r) => r.redraws)), unit: '/s', note: 'goal ≥ 10 while training; 40 × 40 grid' },
      );
    }
    return rows;
  } finally {
    await browser.close();
  }
}
