/**
 * The training-well examples, one run each, with the settings the lesson
 * quotes (its facts' inputs), and every outcome it states: the matched race in
 * the narrow valley, clipping, the schedule, symmetry and scale at
 * initialization, Adam vs AdamW on two weights (to src/math's worked values),
 * and the four cures for overfitting judged on a test set.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputs as i } from '../../../content/lessons/training-well/facts';
import { reluMeanSquareAfter } from '../../../src/math/initialization';
import { adamTrajectory } from '../../../src/math/optimizers';
import type { WorkerEvent } from '../../../src/runtime/protocol';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const dir = resolve(import.meta.dirname, '../../../content/lessons/training-well/examples');
const source = (file: string) => readFileSync(resolve(dir, file), 'utf8');

async function run(file: string, scale: number): Promise<{ events: WorkerEvent[]; m: Readonly<Record<string, number>> }> {
  const events = await runCode(source(file), { scale });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  return { events, m: ofType(events, 'metrics').at(-1)?.values ?? {} };
}
/** A metric that must be there: a missing one fails instead of defaulting. */
function metric(m: Readonly<Record<string, number>>, key: string): number {
  expect(m, key).toHaveProperty(key);
  return m[key] ?? NaN;
}

describe('optimizers example (scale 1: the lesson quotes its 200 steps)', () => {
  let m: Readonly<Record<string, number>> = {};
  beforeAll(async () => {
    const code = source('optimizers.ts');
    expect(code).toContain(`r.uniform(${i.areaRange[0]}, ${i.areaRange[1]})`);
    expect(code).toContain(`const beta = ${i.momentum};`);
    expect(code).toContain(`const eta = ${i.sgdMargin} * sgdLimit;`);
    expect(code).toContain(`tf.train.adam(${i.adamRate})`);
    expect(code).toContain(`rng.normal(0, ${i.lineNoiseStd})`);
    ({ m } = await run('optimizers.ts', 1));
  }, 120_000);

  it('SGD at momentum’s effective rate diverges; matched effective rates end alike; momentum at SGD’s η ends 100× closer; Adam ends farthest', () => {
    expect(metric(m, 'eta')).toBeCloseTo((i.sgdMargin * 2) / metric(m, 'lambdaMax'), 10);
    expect(metric(m, 'sgdAtEffectiveRateGap')).toBe(Infinity);
    const sgd = metric(m, 'sgdGap');
    const matched = metric(m, 'matchedMomentumGap');
    expect(sgd).toBeGreaterThan(0);
    expect(matched / sgd).toBeGreaterThan(0.5);
    expect(matched / sgd).toBeLessThan(2);
    expect(metric(m, 'momentumGap')).toBeLessThan(sgd / 100);
    expect(metric(m, 'adamGap')).toBeGreaterThan(Math.max(sgd, matched, metric(m, 'momentumGap')));
  });

  it(`without clipping the loss reaches Infinity within ${i.infinityWithin} steps and then NaN; clipped at C = ${i.clipNorm} it ends within half again of the noise variance`, () => {
    const infinityAt = metric(m, 'infinityAt');
    expect(infinityAt).toBeGreaterThan(0);
    expect(infinityAt).toBeLessThanOrEqual(i.infinityWithin);
    expect(metric(m, 'nanAt')).toBeGreaterThan(infinityAt);
    expect(metric(m, 'lossWithClipping')).toBeLessThan(1.5 * i.lineNoiseStd ** 2);
  });
});

describe('schedules example (scale 1)', () => {
  it(`after ${i.scheduleSteps} steps, warm-up and cosine decay end closer to the best line than either constant rate`, async () => {
    const code = source('schedules.ts');
    expect(code).toContain(`const peak = ${i.schedulePeak};`);
    expect(code).toContain(`const batchSize = ${i.scheduleBatch};`);
    expect(code).toContain(`() => ${i.scheduleSmall}]`);
    const { events, m } = await run('schedules.ts', 1);
    expect(metric(m, 'warmupSteps')).toBe(Math.round(i.scheduleSteps * i.scheduleWarmupShare));
    const schedule = metric(m, 'scheduleGap');
    expect(schedule).toBeLessThan(metric(m, 'constantLargeGap'));
    expect(schedule).toBeLessThan(metric(m, 'constantSmallGap'));
    // The charted rate is the schedule: it peaks at the end of the warm-up and ends near 0.
    const rates = ofType(events, 'chart').filter((e) => e.chart === 'learning rate by step').flatMap((e) => e.points).filter((p) => p.series.startsWith('warm-up')).map((p) => p.y);
    expect(rates).toHaveLength(i.scheduleSteps);
    expect(Math.max(...rates)).toBeCloseTo(i.schedulePeak, 12);
    expect(rates.at(-1)).toBeLessThan(1e-4);
  }, 60_000);
});

describe('initialization example (scale 0.3)', () => {
  it('equal starting weights stay equal and fall short; random ones fit; the variance of a ReLU stack follows n·Var(w)/2 per layer', async () => {
    const code = source('initialization.ts');
    expect(code).toContain(`tf.initializers.constant({ value: ${i.equalWeight} })`);
    expect(code).toContain(`const width = ${i.width};`);
    expect(code).toContain(`const depth = ${i.depth};`);
    const { m } = await run('initialization.ts', 0.3);
    expect(metric(m, 'equalSpread')).toBe(0);
    expect(metric(m, 'equalAccuracy')).toBeLessThan(0.8);
    expect(metric(m, 'randomSpread')).toBeGreaterThan(0.1);
    expect(metric(m, 'randomAccuracy')).toBeGreaterThanOrEqual(0.995);
    for (const [key, variance] of [['lecunAfter', 1], ['heAfter', 2], ['largeAfter', 4]] as const) {
      const predicted = reluMeanSquareAfter(i.depth, i.width, variance / i.width);
      const ratio = metric(m, key) / predicted;
      expect(ratio, key).toBeGreaterThan(1 / i.varianceFactor);
      expect(ratio, key).toBeLessThan(i.varianceFactor);
    }
  }, 60_000);
});

describe('overfitting example (scale 0.3: every claim holds there; early stopping ends before the others)', () => {
  const scale = 0.3;
  let m: Readonly<Record<string, number>> = {};
  beforeAll(async () => {
    const code = source('overfitting.ts');
    expect(code).toContain(`const l2 = ${i.l2};`);
    expect(code).toContain(`const eta = ${i.eta};`);
    expect(code).toContain(`const decay = ${i.adamwDecay};`);
    expect(code).toContain(`const patience = ${i.patience};`);
    expect(code).toContain(`rate: ${i.dropout}`);
    expect(code).toContain(`sample(${i.trainingPoints})`);
    ({ m } = await run('overfitting.ts', scale));
  }, 180_000);

  it('Adam with L2 in the loss and AdamW move the two weights exactly as src/math works them out', () => {
    const end = (gradient: (w: number) => number, decay = 0) => adamTrajectory(1, gradient, i.weightSteps, { eta: i.eta, decoupledDecay: decay }).at(-1) ?? NaN;
    const l2 = (data: number) => (w: number) => data + 2 * i.l2 * w;
    expect(metric(m, 'none: ignored')).toBeCloseTo(1, 4);
    expect(metric(m, 'none: pulled')).toBeCloseTo(end(() => -1), 4);
    expect(metric(m, 'L2 in the loss: ignored')).toBeCloseTo(end(l2(0)), 3);
    expect(metric(m, 'L2 in the loss: pulled')).toBeCloseTo(end(l2(-1)), 3);
    expect(metric(m, 'AdamW (λ′ = 2λ): ignored')).toBeCloseTo(end(() => 0, 2 * i.l2), 3);
    expect(metric(m, 'AdamW (λ′ = 2λ): pulled')).toBeCloseTo(end(() => -1, 2 * i.l2), 3);
  });

  it('memorises noise without regularization; L2, AdamW, dropout and early stopping all do better on the test set', () => {
    const noise = i.noiseStd ** 2;
    expect(metric(m, 'none train')).toBeLessThan(noise);
    expect(metric(m, 'none test')).toBeGreaterThan(noise * 2);
    for (const cure of ['L2', 'AdamW', 'dropout', 'early stopping']) expect(metric(m, `${cure} test`), cure).toBeLessThan(metric(m, 'none test'));
  });

  it(`early stopping stops at its best epoch plus ${i.patience}, far short of ${i.overfitEpochs}, and the restored best weights beat the weights at the stop by more than 2×`, () => {
    const stopped = metric(m, 'early stopping epochs');
    expect(stopped).toBe(metric(m, 'bestEpoch') + i.patience);
    expect(stopped).toBeLessThan(i.overfitEpochs / 2);
    expect(stopped).toBeLessThan(metric(m, 'none epochs')); // it really stopped early at the test's scale too
    expect(metric(m, 'testAtStop')).toBeGreaterThan(2 * metric(m, 'early stopping test'));
  });
});
