/**
 * GPU dispatches and queue submits per training step on tfjs's WebGPU
 * backend (issue 14's "before" figures; its goal: the Playground network
 * from 61 to ≤ 15 dispatches a step with SGD, from 133 to ≤ 20 with Adam).
 * Counted in scripts/bench/runtime/dispatches.ts on the page's own device;
 * the counts depend on tfjs's kernels, not on the GPU (SwiftShader here).
 * Beside each, the same step as `lab.mlp`'s fused kernels: its counts, its
 * time per step as a ratio, and its weights after 100 steps against tfjs's.
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
    type Bench = (w: readonly number[], o: string, b: number, warm: number, steps: number, mode: string) => Promise<DispatchCount>;
    const count = (widths: readonly number[], optimizer: string, mode: 'tfjs' | 'fused') =>
      page.evaluate(
        ([w, o, b, warm, steps, m]) => (window as unknown as { benchDispatches: Bench }).benchDispatches(w, o, b, warm, steps, m),
        [widths, optimizer, BATCH, WARM_UP, STEPS, mode] as const,
      );
    for (const { name, widths } of CASES) {
      for (const optimizer of ['sgd', 'adam'] as const) {
        const tfjs = await count(widths, optimizer, 'tfjs');
        const fused = await count(widths, optimizer, 'fused');
        const setup = `optimizer.minimize on MSE, batch ${BATCH}, ${STEPS} steps after ${WARM_UP}; final loss ${tfjs.finalLoss.toFixed(4)} (fused ${fused.finalLoss.toFixed(4)})`;
        rows.push(
          { name: `GPU dispatches per step, ${name}, ${optimizer}`, value: tfjs.dispatchesPerStep, unit: '/step', note: `WebGPU, tfjs ops; ${setup}` },
          { name: `GPU dispatches per step, ${name}, ${optimizer}, fused (lab.mlp)`, value: fused.dispatchesPerStep, unit: '/step', note: name.includes('Playground') ? `goal ≤ ${optimizer === 'sgd' ? 15 : 20}` : 'the same 2L + 3 whatever the width' },
          { name: `GPU queue submits per step, ${name}, ${optimizer}`, value: tfjs.submitsPerStep, unit: '/step', note: 'WebGPU, tfjs ops' },
          { name: `GPU queue submits per step, ${name}, ${optimizer}, fused`, value: fused.submitsPerStep, unit: '/step', note: 'WebGPU, lab.mlp' },
          {
            name: `time per step fused ÷ tfjs ops, ${name}, ${optimizer}`,
            value: fused.msPerStep / tfjs.msPerStep,
            unit: '×',
            note: `SwiftShader (emulated GPU: information only): ${fused.msPerStep.toFixed(2)} vs ${tfjs.msPerStep.toFixed(2)} ms`,
          },
        );
      }
    }
    for (const optimizer of ['sgd', 'adam'] as const) {
      const gap = await page.evaluate(
        ([w, o, b, steps]) => (window as unknown as { benchParity: (w: readonly number[], o: string, b: number, s: number) => Promise<{ webgpu: number; cpu: number }> }).benchParity(w, o, b, steps),
        [CASES[0].widths, optimizer, BATCH, STEPS] as const,
      );
      rows.push(
        { name: `fused vs tfjs ops after ${STEPS} steps, WebGPU, ${optimizer}`, value: gap.webgpu, unit: 'max rel', note: 'goal ≤ 1e-5, Playground network' },
        { name: `fused (WebGPU) vs tfjs ops on the CPU after ${STEPS} steps, ${optimizer}`, value: gap.cpu, unit: 'max rel', note: 'goal ≤ 1e-5' },
      );
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}
