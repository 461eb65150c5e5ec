/** The speed lab's pure parts: parity against the CPU, the crossover, the exported file's check, the browser's name. */
import { describe, expect, it } from 'vitest';
import { SPEED_MODELS, SWEEP_WIDTHS, type SpeedModelId } from '../../../src/speed/models';
import { browserName, crossoverOf, parityOf, parseReport, readReportFile, PARITY_TOLERANCE, type Measured, type SpeedReport, type SpeedRow } from '../../../src/speed/results';
import type { BackendName } from '../../../src/runtime/protocol';

const row = (model: SpeedModelId, backend: BackendName, stepsPerSecond: number, loss = 0.5): Measured => ({
  kind: 'measured',
  model,
  backend,
  adapter: null,
  params: SPEED_MODELS.find((m) => m.id === model)?.params ?? 0,
  steps: 20,
  firstStepMs: 10,
  stepsPerSecond,
  loss,
  bytes: 1000,
  dispatchesPerStep: backend === 'webgpu' ? 9 : null,
  submitsPerStep: null,
});

/** The width sweep with these steps per second for the CPU and one GPU backend, smallest width first. */
const sweep = (cpu: number[], gpu: number[], backend: BackendName = 'webgpu'): SpeedRow[] =>
  SWEEP_WIDTHS.slice(0, cpu.length).flatMap((w, i) => [row(`mlp-${w}`, 'cpu', cpu[i] ?? 0), row(`mlp-${w}`, backend, gpu[i] ?? 0)]);

describe('parity against the CPU backend', () => {
  it('is the reference on the CPU, a match within the tolerance, a difference beyond it', () => {
    const cpu = row('cnn', 'cpu', 10, 0.8);
    expect(parityOf([cpu], cpu)).toEqual({ state: 'reference' });
    const close = row('cnn', 'webgpu', 5, 0.8 * (1 + PARITY_TOLERANCE / 2));
    expect(parityOf([cpu, close], close)).toMatchObject({ state: 'match' });
    const far = row('cnn', 'webgl', 5, 0.8 * (1 + PARITY_TOLERANCE * 2));
    const verdict = parityOf([cpu, far], far);
    expect(verdict.state).toBe('differs');
    expect(verdict.state === 'differs' && verdict.relative).toBeCloseTo(PARITY_TOLERANCE * 2, 12);
  });

  it('is unknown without a CPU result for the same steps, and a NaN loss differs', () => {
    const gpu = row('cnn', 'webgpu', 5);
    expect(parityOf([gpu], gpu)).toEqual({ state: 'unknown' });
    expect(parityOf([{ ...row('cnn', 'cpu', 5), steps: 2 }, gpu], gpu)).toEqual({ state: 'unknown' });
    const nan = row('cnn', 'webgpu', 5, NaN);
    expect(parityOf([row('cnn', 'cpu', 5), nan], nan).state).toBe('differs');
  });
});

describe('the crossover', () => {
  it('is the smallest width from which the GPU stays faster', () => {
    const result = crossoverOf(sweep([300, 250, 40, 7], [40, 50, 45, 60]), 'webgpu');
    expect(result).toEqual({ kind: 'from', params: SPEED_MODELS.find((m) => m.id === 'mlp-128')?.params, width: 128 });
  });

  it('ignores a lucky small width when a larger one is slower again', () => {
    expect(crossoverOf(sweep([30, 250, 40, 7], [40, 50, 45, 60]), 'webgpu')).toMatchObject({ kind: 'from', width: 128 });
  });

  it('is "never" when the GPU is slower at the largest width, "always" when faster at every width', () => {
    expect(crossoverOf(sweep([300, 250, 40, 7], [40, 50, 30, 2]), 'webgpu')).toEqual({ kind: 'never', params: SPEED_MODELS.find((m) => m.id === 'mlp-512')?.params });
    expect(crossoverOf(sweep([3, 2, 1, 0.5], [40, 50, 30, 2]), 'webgl')).toBeNull();
    expect(crossoverOf(sweep([3, 2, 1, 0.5], [40, 50, 30, 2], 'webgl'), 'webgl')).toEqual({ kind: 'always' });
  });

  it('needs both backends at two widths or more', () => {
    expect(crossoverOf(sweep([3], [4]), 'webgpu')).toBeNull();
  });
});

describe('the exported file', () => {
  const report: SpeedReport = {
    format: 'lml-speed-lab',
    version: 1,
    measuredAt: '2026-12-03T10:00:00.000Z',
    device: { browser: 'Chrome 141', webgpuAdapter: 'apple m1', webgpuSoftware: false, webglRenderer: null },
    rows: [...sweep([1, 2, 3, 4], [5, 6, 7, 8]), { kind: 'failed', model: 'cnn', backend: 'webgl', reason: 'WebGL 2 is not available' }],
  };

  it('reads back what was exported', () => {
    expect(readReportFile(JSON.stringify(report))).toEqual({ ok: true, value: report });
  });

  it('names what is wrong: not JSON, another kind of file, a bad field', () => {
    expect(readReportFile('{oops')).toEqual({ ok: false, error: { kind: 'notJson' } });
    expect(readReportFile('{"format": "large-model-lab/worksheet-scenario"}')).toEqual({ ok: false, error: { kind: 'notReport' } });
    const badModel = { ...report, rows: [{ ...row('cnn', 'cpu', 1), model: 'resnet' }] };
    expect(parseReport(badModel)).toMatchObject({ ok: false, error: { kind: 'field', field: 'rows[0].model' } });
    const negative = { ...report, rows: [{ ...row('cnn', 'cpu', 1), stepsPerSecond: -1 }] };
    expect(parseReport(negative)).toMatchObject({ ok: false, error: { kind: 'field', field: 'rows[0].stepsPerSecond' } });
  });
});

describe('the browser’s name', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36', 'Chrome 141'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0', 'Edge 140'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0', 'Firefox 145'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15', 'Safari 26'],
  ])('%s → %s', (ua, name) => {
    expect(browserName(ua)).toBe(name);
  });
});
