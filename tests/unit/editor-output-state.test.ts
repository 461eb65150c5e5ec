import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  applyEvents,
  EMPTY_OUTPUT,
  finishRun,
  MAX_CHART_POINTS,
  MAX_PER_KIND,
  MAX_PRINT_CHARACTERS,
  MAX_PRINTS,
  startRun,
} from '../../src/editor/output-state';
import type { WorkerEvent } from '../../src/runtime/protocol';

const chart = (runId: number, x: number, loss: number, series = 'loss'): WorkerEvent => ({
  type: 'chart',
  runId,
  chart: 'loss',
  points: [{ series, x, y: loss }],
});

describe('output state', () => {
  it('ignores events before a run and events of another run', () => {
    expect(applyEvent(EMPTY_OUTPUT, chart(1, 1, 0.5))).toBe(EMPTY_OUTPUT);
    const running = startRun(2);
    expect(applyEvent(running, chart(1, 1, 0.5))).toBe(running);
  });

  it('grows chart series point by point, per series, without mutating the old state', () => {
    const s0 = startRun(1);
    const s1 = applyEvents(s0, [chart(1, 1, 0.9), chart(1, 2, 0.5), chart(1, 1, 1.1, 'val_loss')]);
    expect(s1.charts).toEqual([
      {
        name: 'loss',
        series: [
          { name: 'loss', x: [1, 2], y: [0.9, 0.5] },
          { name: 'val_loss', x: [1], y: [1.1] },
        ],
      },
    ]);
    const s2 = applyEvent(s1, chart(1, 3, 0.2));
    expect(s1.charts[0]?.series[0]?.y).toEqual([0.9, 0.5]);
    expect(s2.charts[0]?.series[0]?.y).toEqual([0.9, 0.5, 0.2]);
  });

  it('replaces a plot of the same name and keeps others', () => {
    const plot = (name: string, y: number): WorkerEvent => ({
      type: 'plot',
      runId: 1,
      plot: name,
      series: [{ name: 'fit', x: [0, 1], y: [0, y], style: 'line' }],
    });
    const s = applyEvents(startRun(1), [plot('fit', 1), plot('other', 5), plot('fit', 2)]);
    expect(s.plots.map((p) => [p.name, p.series[0]?.y[1]])).toEqual([
      ['fit', 2],
      ['other', 5],
    ]);
  });

  it('records backend info, progress, merged metrics, done and errors', () => {
    const events: WorkerEvent[] = [
      { type: 'started', runId: 1, info: { backend: 'webgpu', adapter: 'google swiftshader' } },
      { type: 'progress', runId: 1, epoch: 2, epochs: 5, batch: 1, batches: 4, done: 5, total: 20, elapsedMs: 100, etaMs: 300 },
      { type: 'metrics', runId: 1, values: { loss: 0.5 } },
      { type: 'metrics', runId: 1, values: { mae: 0.1 } },
      { type: 'done', runId: 1, durationMs: 1234, memory: { numTensors: 7, numBytes: 280, numBytesInGPU: 64 } },
    ];
    const s = applyEvents(startRun(1), events);
    expect(s.info).toEqual({ backend: 'webgpu', adapter: 'google swiftshader' });
    expect(s.progress).toEqual({ epoch: 2, epochs: 5, batch: 1, batches: 4, done: 5, total: 20, elapsedMs: 100, etaMs: 300 });
    expect(s.metrics).toEqual({ loss: 0.5, mae: 0.1 });
    expect(s.status).toBe('done');
    expect(s.summary).toEqual({ durationMs: 1234, numTensors: 7, numBytes: 280, numBytesInGPU: 64 });

    const failed = applyEvent(startRun(3), {
      type: 'error',
      runId: 3,
      phase: 'runtime',
      message: 'boom',
      line: 4,
      column: 7,
      backend: 'cpu',
    });
    expect(failed.status).toBe('error');
    expect(failed.failure).toEqual({ phase: 'runtime', message: 'boom', line: 4, column: 7, backend: 'cpu' });
  });

  it('caps printed lines and counts the dropped ones', () => {
    const prints: WorkerEvent[] = Array.from({ length: MAX_PRINTS + 3 }, (_, i) => ({
      type: 'print',
      runId: 1,
      level: 'log',
      value: { kind: 'text', text: `line ${i}` },
    }));
    const s = applyEvents(startRun(1), prints);
    expect(s.prints).toHaveLength(MAX_PRINTS);
    expect(s.droppedPrints).toBe(3);
    expect(s.prints[0]?.value).toEqual({ kind: 'text', text: 'line 3' });
  });

  it('caps the printed characters too: a few huge lines push the older ones out, the newest stays', () => {
    const line = (i: number, length: number): WorkerEvent => ({ type: 'print', runId: 1, level: 'log', value: { kind: 'text', text: String(i).padEnd(length, '.') } });
    const third = Math.floor(MAX_PRINT_CHARACTERS / 3) + 1;
    const s = applyEvents(startRun(1), [line(0, 10), line(1, third), line(2, third), line(3, third)]);
    // 3 × (a third + 1) is over the budget: lines 0 and 1 go, 2 and 3 stay.
    expect(s.prints.map((p) => (p.value.kind === 'text' ? p.value.text[0] : ''))).toEqual(['2', '3']);
    expect(s.droppedPrints).toBe(2);
    const alone = applyEvent(startRun(1), line(9, MAX_PRINT_CHARACTERS + 5));
    expect(alone.prints).toHaveLength(1);
  });

  it('thins a live chart fed forever to half its cap, evenly, keeping its ends', () => {
    const points = Array.from({ length: MAX_CHART_POINTS + 1 }, (_, i) => ({ series: 'loss', x: i, y: -i }));
    const s = applyEvent(startRun(1), { type: 'chart', runId: 1, chart: 'loss', points });
    const line = s.charts[0]?.series[0];
    expect(line?.x).toHaveLength(MAX_CHART_POINTS / 2);
    expect(line?.x[0]).toBe(0);
    expect(line?.x.at(-1)).toBe(MAX_CHART_POINTS);
    expect(line?.y.at(-1)).toBe(-MAX_CHART_POINTS);
  });

  it('shows at most MAX_PER_KIND charts, plots and downloads, and counts the others', () => {
    const events: WorkerEvent[] = Array.from({ length: MAX_PER_KIND + 2 }, (_, i) => chart(1, 1, i, 'loss')).map((e, i) => ({ ...e, chart: `c${i}` }) as WorkerEvent);
    const downloads: WorkerEvent[] = Array.from({ length: MAX_PER_KIND + 1 }, (_, i) => ({ type: 'download', runId: 1, filename: `f${i}`, mimeType: 'text/plain', bytes: new ArrayBuffer(1) }));
    const s = applyEvents(startRun(1), [...events, ...downloads]);
    expect(s.charts).toHaveLength(MAX_PER_KIND);
    expect(s.downloads).toHaveLength(MAX_PER_KIND);
    expect(s.hiddenOutputs).toBe(3);
    // An existing chart still grows.
    const more = applyEvent(s, { type: 'chart', runId: 1, chart: 'c0', points: [{ series: 'loss', x: 2, y: 0 }] });
    expect(more.charts[0]?.series[0]?.x).toEqual([1, 2]);
    expect(more.hiddenOutputs).toBe(3);
  });

  it('finishRun makes the status agree with the outcome', () => {
    const running = startRun(1);
    expect(finishRun(running, { kind: 'stopped' }).status).toBe('stopped');
    const done = finishRun(running, {
      kind: 'done',
      durationMs: 10,
      memory: { numTensors: 2, numBytes: 8, numBytesInGPU: null },
      backend: null,
    });
    expect(done.summary).toEqual({ durationMs: 10, numTensors: 2, numBytes: 8, numBytesInGPU: null });
    const failed = finishRun(running, {
      kind: 'error',
      phase: 'backend',
      message: 'device lost',
      line: null,
      column: null,
      backend: 'webgpu',
    });
    expect(failed.failure?.backend).toBe('webgpu');
  });
});
