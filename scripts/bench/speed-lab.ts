/**
 * The speed lab (#/speed-lab) run as a reader runs it, on this machine's
 * backends (SwiftShader's emulated WebGPU and WebGL here: information only),
 * with 10 timed steps per model and backend. Prints, per model, GPU
 * dispatches per step on WebGPU, steps/s on each backend,
 * and the largest loss difference from the CPU backend. Then, for the CNN and
 * the transformer on WebGPU, the same program with tfjs's own ops and Adam
 * (`fused kernels: no`) beside the fused one (`lab.cnn`, `lab.transformer`):
 * dispatches per step before and after, their time ratio and how far apart
 * the losses end.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chooseBackend, metric, replaceCode, runToEnd, waitForEditor } from '../../tests/browser/support/live-code';
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
          const how =
            model.id === 'cnn'
              ? 'lab.cnn: each block, the dense layer, the loss and the Adam update one fused kernel each'
              : model.id === 'transformer'
                ? 'lab.transformer: every layer forward and backward, the loss and the Adam update one fused kernel each'
                : 'lab.mlp, fused';
          rows.push({ name: `speed lab: GPU dispatches per step, ${model.id}`, value: row.dispatchesPerStep, unit: '/step', note: `WebGPU, ${how}; first step included; ${model.params} parameters` });
        }
      }
      rows.push({ name: `speed lab: loss vs the CPU backend's, ${model.id}`, value: worst, unit: 'max rel', note: `after the same steps; tolerance 1e-3; steps/s: ${speeds.join(', ')}` });
    }
    rows.push(...(await fusedKernelRows(ctx, page)));
    return rows;
  } finally {
    await browser.close();
  }
}

const PROGRAM = readFileSync(resolve(import.meta.dirname, '../../content/speed-lab/measure.ts'), 'utf8');

/** The program with another model chosen, fused kernels or not (the values its controls start from). */
const variant = (model: string, fused: boolean): string =>
  PROGRAM.replace("value: 'playground'", `value: '${model}'`).replace("value: 'yes', options: ['yes', 'no']", `value: '${fused ? 'yes' : 'no'}', options: ['yes', 'no']`);

async function fusedKernelRows(ctx: BenchContext, page: Page): Promise<BenchRow[]> {
  await page.goto(`${ctx.appUrl}#/lessons/neurons-layers-activations`);
  await waitForEditor(page);
  await chooseBackend(page, 'webgpu');
  const rows: BenchRow[] = [];
  for (const model of ['cnn', 'transformer']) {
    const figures: Record<string, { perStep: number; stepsPerSecond: number; loss: number }> = {};
    for (const fused of [false, true]) {
      await replaceCode(page, variant(model, fused));
      if ((await runToEnd(page, 600_000)) !== 'done') throw new Error(`${model} (fused ${fused}): ${await page.locator('.lml-output').innerText()}`);
      const work = page.getByTestId('gpu-work');
      const [dispatches, steps] = await Promise.all(['data-dispatches', 'data-steps'].map(async (a) => Number(await work.getAttribute(a))));
      figures[String(fused)] = { perStep: (dispatches ?? NaN) / (steps ?? NaN), stepsPerSecond: await metric(page, 'stepsPerSecond'), loss: await metric(page, 'loss') };
    }
    const before = figures['false'];
    const after = figures['true'];
    if (!before || !after) continue;
    rows.push(
      { name: `GPU dispatches per step, ${model}, tfjs ops and tf.train.adam`, value: before.perStep, unit: '/step', note: 'WebGPU, before; first step included' },
      {
        name: `GPU dispatches per step, ${model}, ${model === 'cnn' ? 'lab.cnn' : 'lab.transformer'} (the whole network fused)`,
        value: after.perStep,
        unit: '/step',
        note: `WebGPU, after; ${model === 'cnn' ? '2 blocks: 2·2 + 5 a step' : '8 forward, 9 backward, the update and the loss’s slice: 19 a step'}`,
      },
      { name: `time per step fused ÷ tfjs ops, ${model}`, value: before.stepsPerSecond / after.stepsPerSecond, unit: '×', note: 'SwiftShader (emulated GPU: information only)' },
      { name: `loss after the same steps, fused vs tfjs ops, ${model}`, value: Math.abs(after.loss - before.loss) / Math.abs(before.loss), unit: 'rel', note: 'WebGPU' },
    );
    // The same 100 steps: fused and tfjs ops on WebGPU, then tfjs ops on the CPU (both nets run as tf ops there),
    // so the fused path's distance from the CPU reads beside tfjs's own WebGPU's.
    const runs: Record<string, { worst: number; lossFused: number; lossOps: number }> = {};
    for (const backend of ['webgpu', 'cpu'] as const) {
      await chooseBackend(page, backend);
      await replaceCode(page, weightsAfter(model, PARITY_STEPS));
      if ((await runToEnd(page, 900_000)) !== 'done') throw new Error(`${model} weights on ${backend}: ${await page.locator('.lml-output').innerText()}`);
      if ((await metric(page, 'fused')) !== (backend === 'webgpu' ? 1 : 0)) throw new Error(`${model} weights: fused on ${backend} should be ${backend === 'webgpu'}`);
      runs[backend] = { worst: await metric(page, 'worst'), lossFused: await metric(page, 'lossFused'), lossOps: await metric(page, 'lossOps') };
    }
    await chooseBackend(page, 'webgpu');
    const gpu = runs['webgpu'];
    const cpu = runs['cpu'];
    if (!gpu || !cpu) continue;
    const name = model === 'cnn' ? 'lab.cnn' : 'lab.transformer';
    const fromCpu = (loss: number) => Math.abs(loss - cpu.lossOps) / cpu.lossOps;
    rows.push(
      {
        name: `weights after ${PARITY_STEPS} steps, ${name} vs tfjs ops`,
        value: gpu.worst,
        unit: 'max rel',
        note: `WebGPU, the speed lab's model and learning rate, one batch memorised; per tensor max |fused − tfjs| / max |tfjs|, the worst tensor (lab.mlp's goal: 1e-5)`,
      },
      {
        name: `loss after ${PARITY_STEPS} steps, ${name} on WebGPU vs tfjs ops on the CPU`,
        value: fromCpu(gpu.lossFused),
        unit: 'rel',
        note: `tfjs's own ops on WebGPU vs the CPU: ${fromCpu(gpu.lossOps).toExponential(2)} (losses: fused ${gpu.lossFused.toPrecision(4)}, tfjs WebGPU ${gpu.lossOps.toPrecision(4)}, tfjs CPU ${cpu.lossOps.toPrecision(4)})`,
      },
    );
  }
  return rows;
}

const PARITY_STEPS = 100;

/**
 * A program training the speed lab's CNN or transformer twice from the same
 * seed, fused and with tfjs's ops (`fused: false`), on one batch for
 * `steps` steps; it reports the worst relative gap between their weights.
 */
function weightsAfter(model: string, steps: number): string {
  return `
const rng = lab.random(7);
const cnn = ${model === 'cnn'};
const make = (fused) => cnn
  ? lab.cnn({ input: [16, 16, 1], convolutions: [{ filters: 6, kernelSize: 3 }, { filters: 12, kernelSize: 3 }], classes: 4, learningRate: 0.001, seed: 1, fused })
  : lab.transformer({ vocabulary: 40, context: 24, width: 32, learningRate: 0.01, seed: 11, fused });
const xs = cnn ? tf.tensor4d(rng.array(32 * 256, (r) => (r.next() < 0.2 ? 1 : 0)), [32, 16, 16, 1]) : tf.tensor2d(rng.array(16 * 24, (r) => r.int(0, 39)), [16, 24], 'int32');
const ys = cnn ? tf.oneHot(tf.tensor1d(rng.array(32, (r) => r.int(0, 3)), 'int32'), 4) : tf.tensor2d(rng.array(16 * 24, (r) => r.int(0, 39)), [16, 24], 'int32');
const a = make(true);
const b = make(false);
let lossFused = NaN, lossOps = NaN;
for (let i = 0; i < ${steps}; i++) {
  const [la, lb] = [a.step(xs, ys), b.step(xs, ys)];
  if (i === ${steps} - 1) [lossFused, lossOps] = [(await la.data())[0], (await lb.data())[0]];
  tf.dispose([la, lb]);
}
const wa = a.weights();
const wb = b.weights();
let worst = 0;
for (const key of Object.keys(wb)) {
  const pairs = cnn ? [[wa[key].W, wb[key].W], [wa[key].b, wb[key].b]] : [[wa[key], wb[key]]];
  for (const [x, y] of pairs) {
    const [d, m] = await Promise.all([x.sub(y).abs().max().data(), y.abs().max().data()]);
    worst = Math.max(worst, d[0] / m[0]);
  }
}
lab.metrics({ worst, lossFused, lossOps, fused: a.fused ? 1 : 0 });
`;
}
