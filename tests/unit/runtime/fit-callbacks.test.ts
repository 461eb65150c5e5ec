/** `lab.fitCallbacks`: one call streams charts, progress and final metrics from model.fit. */
import { describe, expect, it } from 'vitest';
import { seriesForChart } from '../../../src/runtime/fit-callbacks';
import { estimateEtaMs } from '../../../src/runtime/progress-reporter';
import { finalEvent, ofType, runCode } from './run-helpers';

/** A tiny classifier: 40 samples, batch 10 → 4 batches an epoch, 20% held out for validation. */
const classifier = (options: string, epochs = 3): string => `
const rng = lab.random();
const xs = tf.tensor2d(rng.array(50, (r) => r.normal()), [50, 1]);
const ys = tf.tidy(() => xs.greater(0).cast('float32'));
const model = tf.sequential();
model.add(tf.layers.dense({ units: 1, inputShape: [1], activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed }) }));
model.compile({ optimizer: tf.train.adam(0.1), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
await model.fit(xs, ys, { epochs: ${epochs}, batchSize: 10, validationSplit: 0.2, shuffle: false, callbacks: lab.fitCallbacks(${options}) });
`;

describe('lab.fitCallbacks', () => {
  it('per epoch: loss and accuracy charts with validation series, full progress, final metrics', async () => {
    const events = await runCode(classifier("{ charts: ['loss', 'acc'] }"));
    expect(finalEvent(events).type).toBe('done');
    const points = (chart: string): { series: string; x: number }[] =>
      ofType(events, 'chart').filter((e) => e.chart === chart).flatMap((e) => e.points.map(({ series, x }) => ({ series, x })));
    const perEpoch = (name: string): { series: string; x: number }[] => [1, 2, 3].map((x) => ({ series: name, x }));
    expect(points('loss').filter((p) => p.series === 'loss')).toEqual(perEpoch('loss'));
    expect(points('loss').filter((p) => p.series === 'val_loss')).toEqual(perEpoch('val_loss'));
    expect(points('acc').filter((p) => p.series === 'acc')).toEqual(perEpoch('acc'));
    expect(points('acc').filter((p) => p.series === 'val_acc')).toEqual(perEpoch('val_acc'));

    const progress = ofType(events, 'progress');
    expect(progress[0]).toMatchObject({ epoch: 1, epochs: 3, batch: 0, batches: 4, etaMs: null });
    expect(progress.at(-1)).toMatchObject({ epoch: 3, epochs: 3, batch: 4, batches: 4, etaMs: 0 });
    // Every epoch end is reported, whatever the throttle drops in between.
    for (const epoch of [1, 2, 3]) expect(progress.some((p) => p.epoch === epoch && p.batch === 4)).toBe(true);

    const metrics = ofType(events, 'metrics');
    expect(metrics).toHaveLength(1);
    expect(Object.keys(metrics[0]?.values ?? {}).sort()).toEqual(['acc', 'loss', 'val_acc', 'val_loss']);
    const lastLoss = ofType(events, 'chart').flatMap((e) => e.points).filter((p) => p.series === 'loss').at(-1)?.y;
    expect(metrics[0]?.values['loss']).toBe(lastLoss);
  });

  it('a fit resumed at initialEpoch 2 of 4: progress counts its 2 epochs, the bar and the time left agree', async () => {
    const code = classifier('', 4).replace('epochs: 4,', 'epochs: 4, initialEpoch: 2,');
    expect(code).toContain('initialEpoch: 2');
    const events = await runCode(code);
    expect(finalEvent(events).type).toBe('done');
    const progress = ofType(events, 'progress');
    // Before the first batch: epoch 3 of 4 (epochs 0-based 2 and 3 remain), nothing done of 2 × 4 batches.
    expect(progress[0]).toMatchObject({ epoch: 3, epochs: 4, batch: 0, batches: 4, done: 0, total: 8, etaMs: null });
    // The end of the first resumed epoch is half the work, and the estimate says so: as long again.
    const firstEnd = progress.find((p) => p.epoch === 3 && p.batch === 4);
    expect(firstEnd).toMatchObject({ done: 4, total: 8 });
    expect(firstEnd?.etaMs).toBeCloseTo(firstEnd?.elapsedMs ?? NaN, 9);
    expect(progress.at(-1)).toMatchObject({ epoch: 4, epochs: 4, batch: 4, done: 8, total: 8, etaMs: 0 });
    // Every event's estimate is elapsed × (total − done) / done: one pair of numbers behind both.
    for (const p of progress.filter((e) => e.done > 0)) expect(p.etaMs).toBeCloseTo((p.elapsedMs / p.done) * (p.total - p.done), 9);
  });

  it('per batch: x is the fractional epoch; validation still arrives per epoch', async () => {
    const events = await runCode(classifier("{ every: 'batch' }", 2));
    const loss = ofType(events, 'chart').flatMap((e) => e.points);
    expect(loss.filter((p) => p.series === 'loss').map((p) => p.x)).toEqual([0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]);
    expect(loss.filter((p) => p.series === 'val_loss').map((p) => p.x)).toEqual([1, 2]);
    expect(loss.every((p) => Number.isFinite(p.y) && p.y > 0)).toBe(true);
  });

  it('runs the user’s onEpochEnd with the epoch and its logs', async () => {
    const code = classifier("{ onEpochEnd: (epoch, logs) => lab.print('epoch', epoch, typeof logs.loss) }", 2);
    const printed = ofType(await runCode(code), 'print').map((e) => (e.value.kind === 'text' ? e.value.text : ''));
    expect(printed).toEqual(['epoch 0 number', 'epoch 1 number']);
  });

  it('maps chart names to log keys, accuracy aliases included', () => {
    expect(seriesForChart('loss', ['loss', 'acc', 'val_loss'])).toEqual(['loss', 'val_loss']);
    expect(seriesForChart('acc', ['loss', 'accuracy', 'val_accuracy'])).toEqual(['accuracy', 'val_accuracy']);
    expect(seriesForChart('mse', ['loss'])).toEqual([]);
  });

  it('extrapolates the time left linearly', () => {
    expect(estimateEtaMs(1000, 0, 10)).toBeNull();
    expect(estimateEtaMs(1000, 2, 10)).toBe(4000);
    expect(estimateEtaMs(1000, 10, 10)).toBe(0);
  });
});

describe('other lab helpers', () => {
  it('plots tensors and arrays; mismatched lengths fail on the user line', async () => {
    const events = await runCode("lab.plot('fit', { name: 'line', x: [1, 2], y: tf.tensor1d([3, 4]) });\n\nlab.plot('bad', [{ name: 'oops', x: [1, 2, 3], y: [1] }]);");
    expect(ofType(events, 'plot')).toEqual([{ type: 'plot', runId: 1, plot: 'fit', series: [{ name: 'line', x: [1, 2], y: [3, 4], style: 'line' }] }]);
    expect(finalEvent(events)).toMatchObject({ type: 'error', phase: 'runtime', line: 3, message: "RangeError: lab.plot('bad'): oops has 3 x values but 1 y values" });
  });

  it('batches live chart points: a tight loop of 1000 points is a few messages, none lost', async () => {
    const events = await runCode("for (let i = 0; i < 1000; i++) lab.chart('sine', 'sin', i, Math.sin(i / 50));");
    const charts = ofType(events, 'chart');
    expect(charts.length).toBeLessThanOrEqual(3);
    expect(charts.flatMap((e) => e.points).map((p) => p.x)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('keeps output in order, even for tensors disposed right after printing or inside tf.tidy', async () => {
    const code = "lab.print('a');\nconst t = tf.tensor1d([1, 2]);\nlab.print(t);\nt.dispose();\ntf.tidy(() => lab.print(tf.ones([1]).mul(3)));\nlab.print('z');";
    const events = await runCode(code);
    expect(ofType(events, 'print').map((e) => e.value.kind === 'text' ? e.value.text : e.value.kind === 'tensor' ? e.value.text : '')).toEqual(['a', '[1, 2]', '[3]', 'z']);
    expect(finalEvent(events).type).toBe('done');
  });

  it('sends the output made before an error, then the error', async () => {
    const events = await runCode("lab.print(tf.scalar(5));\nlab.plot('p', { name: 's', x: tf.tensor1d([1]), y: [2] });\nthrow new Error('late');");
    expect(events.map((e) => e.type)).toEqual(['print', 'plot', 'error']);
  });

  it('reports metrics, scale and backend', async () => {
    const events = await runCode("lab.metrics({ r2: 0.9, bad: 'x' as unknown as number });\nlab.print(lab.scale, lab.backend);", { scale: 0.5 });
    expect(ofType(events, 'metrics')[0]?.values).toEqual({ r2: 0.9 });
    expect(ofType(events, 'print')[0]?.value).toEqual({ kind: 'text', text: '0.5 cpu' });
  });
});
