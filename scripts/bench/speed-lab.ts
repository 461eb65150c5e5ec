/**
 * The speed lab (#/speed-lab) run as a reader runs it, on this machine's
 * backends (SwiftShader's emulated WebGPU and WebGL here: information only),
 * with 10 timed steps per model and backend. Prints, per model, GPU
 * dispatches per step on WebGPU (the CNN's and the transformer's are issue
 * 14's "before" figures: they train with tfjs ops), steps/s on each backend,
 * and the largest loss difference from the CPU backend.
 */
import type { BenchContext, BenchRow } from './types';
import { SPEED_MODELS } from '../../src/speed/models';
import { parityOf, type SpeedReport } from '../../src/speed/results';

/** 20 timed steps × 0.5: enough for steady figures, short enough for SwiftShader. */
const SCALE = '0.5';

export default async function benchSpeedLab(ctx: BenchContext): Promise<BenchRow[]> {
  const browser = await ctx.launch({ webgpu: true });
  try {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await page.addInitScript((scale) => localStorage.setItem('lml.testScale', scale), SCALE);
    await page.goto(`${ctx.appUrl}#/speed-lab`);
    await page.getByTestId('speed-start').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="speed-progress"]')?.textContent !== '', undefined, { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="speed-progress"]')?.textContent === '', undefined, { timeout: 900_000, polling: 1000 });
    const stored = await page.evaluate(() => localStorage.getItem('lml.speed-lab'));
    const report = (JSON.parse(stored ?? '{}') as { state?: { report?: SpeedReport } }).state?.report;
    if (!report) throw new Error('the speed lab kept no report');
    const rows: BenchRow[] = [];
    for (const model of SPEED_MODELS) {
      const measured = report.rows.filter((r) => r.model === model.id);
      const failed = measured.flatMap((r) => (r.kind === 'failed' ? [`${r.backend}: ${r.reason}`] : []));
      if (failed.length > 0) throw new Error(`${model.id}: ${failed.join('; ')}`);
      const speeds: string[] = [];
      let worst = 0;
      for (const row of measured) {
        if (row.kind !== 'measured') continue;
        speeds.push(`${row.backend} ${row.stepsPerSecond.toFixed(1)}`);
        const parity = parityOf(report.rows, row);
        if (parity.state === 'match' || parity.state === 'differs') worst = Math.max(worst, parity.relative);
        if (row.backend === 'webgpu' && row.dispatchesPerStep !== null) {
          const how = model.id === 'cnn' || model.id === 'transformer' ? 'tfjs ops (optimizer.minimize, Adam)' : 'lab.mlp, fused';
          rows.push({ name: `speed lab: GPU dispatches per step, ${model.id}`, value: row.dispatchesPerStep, unit: '/step', note: `WebGPU, ${how}; first step included; ${model.params} parameters` });
        }
      }
      rows.push({ name: `speed lab: loss vs the CPU backend's, ${model.id}`, value: worst, unit: 'max rel', note: `after the same steps; tolerance 1e-3; steps/s: ${speeds.join(', ')}` });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
