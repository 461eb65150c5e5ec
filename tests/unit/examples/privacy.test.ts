/**
 * The privacy examples: accuracy falls as DP noise grows, and the chosen run's
 * interval is src/math's; FedAvg reaches pooled training's accuracy. Their
 * Chinese editions compute the same numbers and show them in Chinese.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/privacy/facts';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { wilsonInterval } from '../../../src/math/intervals';
import type { WorkerEvent } from '../../../src/runtime/protocol';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const dir = resolve(import.meta.dirname, '../../../content/lessons/privacy/examples');

async function metrics(file: string, scale: number): Promise<Readonly<Record<string, number>>> {
  const code = readFileSync(resolve(dir, file), 'utf8');
  const events = await runCode(code, { scale });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  return ofType(events, 'metrics').at(-1)?.values ?? {};
}
const metric = (m: Readonly<Record<string, number>>, key: string) => {
  expect(m, key).toHaveProperty(key);
  return m[key] ?? NaN;
};

describe('privacy examples', () => {
  it(`DP-SGD: accuracy falls by more than ${inputs.accuracyDrop * 100} points from ν = 0 to ν = ${inputs.nuMax}, and keeps falling`, async () => {
    const code = readFileSync(resolve(dir, 'dp-sgd.ts'), 'utf8');
    expect(code).toContain(`const learningRate = ${inputs.eta};`);
    expect(code).toContain(`const batchSize = ${inputs.batchSize};`);
    const m = await metrics('dp-sgd.ts', 1);
    const at = (nu: number) => metric(m, `accuracy at ν=${nu}`);
    expect(at(0) - at(inputs.nuMax)).toBeGreaterThan(inputs.accuracyDrop);
    expect(at(2)).toBeGreaterThan(at(8));
    expect(at(8)).toBeGreaterThan(at(16));
    const { low, high } = wilsonInterval(Math.round(metric(m, 'chosenAccuracy') * inputs.testPeople), inputs.testPeople);
    expect(metric(m, 'chosenLow')).toBeCloseTo(low, 5);
    expect(metric(m, 'chosenHigh')).toBeCloseTo(high, 5);
  }, 60_000);

  it(`FedAvg: within ${inputs.fedGap * 100} points of pooled training after ${inputs.rounds} rounds`, async () => {
    const m = await metrics('federated.ts', 1);
    expect(metric(m, 'rounds')).toBe(inputs.rounds);
    expect(Math.abs(metric(m, 'federatedAccuracy') - metric(m, 'centralizedAccuracy'))).toBeLessThan(inputs.fedGap);
    expect(metric(m, 'federatedAccuracy')).toBeGreaterThan(0.85);
  }, 60_000);
});

/**
 * The Chinese editions (the starter code a Chinese reader gets), once each, at
 * the smallest scale each example allows (its floor of steps or rounds), beside
 * one English run at that scale: the two compute the same numbers, only what the
 * reader reads changes. Scale 1 here would double the file's run time.
 */
describe('privacy examples, Chinese editions', () => {
  async function both(file: string, scale: number) {
    const code = readFileSync(resolve(dir, file), 'utf8');
    const zh = exampleEdition(code, 'zh');
    const [en, zhEvents] = [await runCode(code, { scale }), await runCode(zh, { scale })];
    for (const events of [en, zhEvents]) {
      const end = finalEvent(events);
      if (end.type !== 'done') throw new Error(JSON.stringify(end));
    }
    const texts = ofType(zhEvents, 'print').flatMap((e) => (e.value.kind === 'text' ? [e.value.text] : []));
    const tables = ofType(zhEvents, 'print').flatMap((e) => (e.value.kind === 'table' ? [e.value] : []));
    return { zh, en, zhEvents, texts, tables };
  }
  const values = (events: WorkerEvent[]) => ofType(events, 'metrics').at(-1)?.values ?? {};

  it('DP-SGD: the same accuracies as the English run, with a Chinese setting, messages, chart, plot and table', async () => {
    const run = await both('dp-sgd.ts', 0.05); // 20 steps per training, the example's floor
    for (const english of ['noise multiplier', 'test loss', 'test accuracy', 'mean of 3 runs', 'accuracy at']) expect(run.zh).not.toContain(english);
    const en = values(run.en);
    const zh = values(run.zhEvents);
    expect(Object.keys(zh)).toHaveLength(Object.keys(en).length);
    for (const key of ['chosenAccuracy', 'chosenLow', 'chosenHigh']) expect(metric(zh, key)).toBe(metric(en, key));
    for (const nu of [0, 1, 2, 4, 8, inputs.nuMax]) expect(metric(zh, `ν=${nu} 时的准确率`)).toBe(metric(en, `accuracy at ν=${nu}`));
    expect(ofType(run.zhEvents, 'control')[0]).toMatchObject({ name: '噪声乘数 ν', value: 1 });
    expect(run.texts).toEqual([expect.stringMatching(/^ν = 1：测试准确率 \d+\.\d %（95 % 区间 \d+\.\d 至 \d+\.\d %，基于 500 个测试者）。$/)]);
    const chart = ofType(run.zhEvents, 'chart');
    expect(new Set(chart.map((c) => c.chart))).toEqual(new Set(['DP-SGD 训练中的测试损失']));
    expect(chart.flatMap((c) => c.points)).toEqual(ofType(run.en, 'chart').flatMap((c) => c.points));
    const plot = ofType(run.zhEvents, 'plot')[0];
    expect(plot?.plot).toBe('测试准确率与噪声');
    expect(plot?.series.map((s) => s.name)).toEqual(['DP-SGD（3 次运行的平均）']);
    expect(run.tables[0]?.columns).toEqual(['噪声乘数 ν', '测试准确率（3 次运行的平均）']);
  }, 60_000);

  it('FedAvg: the same accuracies as the English run, with a Chinese setting, chart and message', async () => {
    const run = await both('federated.ts', 0.1); // 3 rounds, the example's floor
    for (const english of ['local epochs', 'test accuracy', 'federated (', 'centralized (', 'After ', ' to ']) expect(run.zh).not.toContain(english);
    expect(values(run.zhEvents)).toEqual(values(run.en));
    expect(ofType(run.zhEvents, 'control')[0]).toMatchObject({ name: '每轮本地训练轮数', value: 2 });
    const chart = ofType(run.zhEvents, 'chart');
    expect(new Set(chart.map((c) => c.chart))).toEqual(new Set(['测试准确率']));
    expect(new Set(chart.flatMap((c) => c.points.map((p) => p.series)))).toEqual(new Set(['联邦学习（FedAvg）', '集中训练（汇集全部数据）']));
    expect(chart.flatMap((c) => c.points.map((p) => p.y))).toEqual(ofType(run.en, 'chart').flatMap((c) => c.points.map((p) => p.y)));
    expect(run.texts).toEqual([
      expect.stringMatching(/^3 轮之后：联邦学习 \d+\.\d %（95 % 区间 \d+\.\d 至 \d+\.\d %），集中训练 \d+\.\d %（\d+\.\d 至 \d+\.\d %），都在同样的 1000 个测试者上评分。服务器从未见过任何一个人的数据。$/),
    ]);
  }, 60_000);
});
