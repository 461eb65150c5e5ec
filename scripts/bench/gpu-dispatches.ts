/**
 * GPU dispatches and queue submits per training step on tfjs's WebGPU
 * backend (issue 14's "before" figures; its goal: the Playground network
 * from 61 to ≤ 15 dispatches a step with SGD, from 133 to ≤ 20 with Adam).
 * Counted in scripts/bench/runtime/dispatches.ts on the page's own device;
 * the counts depend on tfjs's kernels, not on the GPU (SwiftShader here).
 */
import { serveBenchPages } from './bench-pages';
import type { BenchContext, BenchRow } from './types';
import type { DispatchCount } from './runtime/dispatches';

/** The Playground network (batch 10) and a wider one: tfjs runs the same kernels whatever the width. */
const CASES = [
  { name: '2-4-2-1 tanh (Playground)', widths: [2, 4, 2, 1] },
  { name: '2-64-64-1 tanh', widths: [2, 64, 64, 1] },
] as const;
const BATCH = 10;
const WARM_UP = 5;
const STEPS = 100;

export default async function benchGpuDispatches(ctx: BenchContext): Promise<BenchRow[]> {
  const server = await serveBenchPages();
  const browser = await ctx.launch({ webgpu: true });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}dispatches.html`);
    await page.waitForFunction(() => 'benchDispatches' in window);
    const rows: BenchRow[] = [];
    for (const { name, widths } of CASES) {
      for (const optimizer of ['sgd', 'adam'] as const) {
        const count = await page.evaluate(
          ([w, o, b, warm, steps]) =>
            (window as unknown as { benchDispatches: (w: readonly number[], o: string, b: number, warm: number, steps: number) => Promise<DispatchCount> }).benchDispatches(w, o, b, warm, steps),
          [widths, optimizer, BATCH, WARM_UP, STEPS] as const,
        );
        const setup = `optimizer.minimize on MSE, batch ${BATCH}, ${STEPS} steps after ${WARM_UP}; final loss ${count.finalLoss.toFixed(4)}`;
        rows.push(
          { name: `GPU dispatches per step, ${name}, ${optimizer}`, value: count.dispatchesPerStep, unit: '/step', note: `WebGPU; ${setup}` },
          { name: `GPU queue submits per step, ${name}, ${optimizer}`, value: count.submitsPerStep, unit: '/step', note: 'WebGPU' },
        );
      }
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}
