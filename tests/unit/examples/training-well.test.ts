/**
 * The training-well examples, one run each, with the settings the lesson
 * quotes (its facts' inputs), and every outcome it states: the matched race in
 * the narrow valley, clipping, the schedule, symmetry and scale at
 * initialization, Adam vs AdamW on two weights (to src/math's worked values),
 * and the four cures for overfitting judged on a test set.
 * Then each example's Chinese edition (the starter code a Chinese reader
 * gets), run once at the scale of its English run: the same figures, with
 * Chinese charts, tables and messages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputs as i } from '../../../content/lessons/training-well/facts';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { reluMeanSquareAfter } from '../../../src/math/initialization';
import { adamTrajectory } from '../../../src/math/optimizers';
import type { WorkerEvent } from '../../../src/runtime/protocol';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const dir = resolve(import.meta.dirname, '../../../content/lessons/training-well/examples');
const source = (file: string) => readFileSync(resolve(dir, file), 'utf8');

type Run = { events: WorkerEvent[]; m: Readonly<Record<string, number>> };
/** The English runs, kept for the Chinese editions to be compared with. */
const english: Partial<Record<string, Run>> = {};

async function run(file: string, scale: number, code = source(file)): Promise<Run> {
  const events = await runCode(code, { scale });
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
    english['optimizers.ts'] = await run('optimizers.ts', 1);
    ({ m } = english['optimizers.ts']);
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
    english['schedules.ts'] = await run('schedules.ts', 1);
    const { events, m } = english['schedules.ts'];
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
    english['initialization.ts'] = await run('initialization.ts', 0.3);
    const { m } = english['initialization.ts'];
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
    english['overfitting.ts'] = await run('overfitting.ts', scale);
    ({ m } = english['overfitting.ts']);
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

/** What an example showed: its printed texts and tables, and each chart's series. */
function shown(events: WorkerEvent[]) {
  const printed = ofType(events, 'print').map((e) => e.value);
  const charts = new Map<string, Set<string>>();
  for (const e of ofType(events, 'chart')) for (const p of e.points) charts.set(e.chart, (charts.get(e.chart) ?? new Set()).add(p.series));
  return {
    texts: printed.flatMap((v) => (v.kind === 'text' ? [v.text] : [])),
    tables: printed.flatMap((v) => (v.kind === 'table' ? [{ columns: v.columns, rows: v.rows }] : [])),
    charts: Object.fromEntries([...charts].map(([chart, series]) => [chart, [...series]])),
  };
}
/** The English run's tables with their words put in Chinese, cell by cell (numbers stay). */
function tablesIn(events: WorkerEvent[], zh: Readonly<Record<string, string>>) {
  const word = (cell: string | number) => (typeof cell === 'string' ? (zh[cell] ?? cell) : cell);
  return shown(events).tables.map((t) => ({ columns: t.columns.map(word), rows: t.rows.map((row) => row.map(word)) }));
}

describe('the Chinese editions, each run once at its English run’s scale', () => {
  const zhRuns: Partial<Record<string, Run>> = {};
  beforeAll(async () => {
    for (const [file, scale] of [['optimizers.ts', 1], ['schedules.ts', 1], ['initialization.ts', 0.3], ['overfitting.ts', 0.3]] as const) {
      zhRuns[file] = await run(file, scale, exampleEdition(source(file), 'zh'));
    }
  }, 240_000);
  const both = (file: string) => {
    const en = english[file];
    const zh = zhRuns[file];
    if (!en || !zh) throw new Error(`${file}: the English or the Chinese run is missing`);
    return { en, zh, code: exampleEdition(source(file), 'zh') };
  };

  it('optimizers: the English run’s figures, with Chinese runs, charts, table and messages', () => {
    const { en, zh, code } = both('optimizers.ts');
    expect(zh.m).toEqual(en.m);
    for (const english of ['Curvatures', 'effective rate', 'momentum,', 'diverged', 'at the best line', 'clipping', 'Without']) expect(code).not.toContain(english);
    const out = shown(zh.events);
    expect(out.texts[0]).toMatch(/^曲率：横穿山谷 \d+\.\d{2}，沿着山谷 \d\.\d{3}（比值 \d+）：SGD 只在 η < .+ 时稳定；我们给它 η = .+。β = \S+ 的动量法一直到 η < .+ 都稳定。$/);
    expect(out.texts.at(-1)).toMatch(/^不裁剪时，损失在第 \d+ 步变成 Infinity，第 \d+ 步变成 NaN；裁剪后，损失最后是 \d\.\d{3}。$/);
    const names = [...(out.charts['各步的 log₁₀(损失 − 最佳可能值)'] ?? [])];
    expect(names.map((n) => n.split('，')[0])).toEqual(['SGD', 'SGD', '动量法', '动量法', 'Adam']);
    expect(out.charts['裁剪与不裁剪时的损失']).toEqual(['不裁剪', '范数裁剪到 C = 1']);
    const englishRuns = shown(en.events).tables[0]?.rows.map((r) => r[0]) ?? [];
    const chineseRuns = out.tables[0]?.rows.map((r) => r[0]) ?? [];
    expect(chineseRuns).toHaveLength(5);
    expect(tablesIn(en.events, {
      'optimizer': '优化器',
      [`loss − best after ${i.optimizerSteps} steps`]: `${i.optimizerSteps} 步后的损失 − 最佳值`,
      'diverged': '发散',
      'below 1e-6: at the best line': '低于 1e-6：已到达最佳直线',
      ...Object.fromEntries(englishRuns.map((name, k) => [String(name), String(chineseRuns[k])])),
    })).toEqual(out.tables);
    expect(chineseRuns[1]).toMatch(/^SGD，η = \d\.\d{2}（动量法的有效学习率）$/);
    expect(out.tables[0]?.rows[1]?.[1]).toBe('发散');
  });

  it('schedules: the English run’s figures, with Chinese schedules, charts, table and message', () => {
    const { en, zh, code } = both('schedules.ts');
    expect(zh.m).toEqual(en.m);
    expect(code).not.toMatch(/constant η|warm-up to|learning rate by step|bouncing/);
    const out = shown(zh.events);
    const schedules = [`固定 η = ${i.schedulePeak}`, `固定 η = ${i.scheduleSmall}`, `预热到 ${i.schedulePeak}，再余弦衰减到 0`];
    expect(out.charts['各步的学习率']).toEqual(schedules);
    expect(out.charts['全部数据上的损失 − 最佳可能值']).toEqual(schedules);
    expect(tablesIn(en.events, {
      'schedule': '调度',
      [`loss − best after ${i.scheduleSteps} steps`]: `${i.scheduleSteps} 步后的损失 − 最佳值`,
      [`constant η = ${i.schedulePeak}`]: schedules[0] ?? '',
      [`constant η = ${i.scheduleSmall}`]: schedules[1] ?? '',
      [`warm-up to ${i.schedulePeak}, cosine decay to 0`]: schedules[2] ?? '',
    })).toEqual(out.tables);
    expect(out.texts).toEqual([expect.stringMatching(/^固定的大学习率很快就接近最优/)]);
  });

  it('initialization: the English run’s figures, with Chinese starts, charts, table and message', () => {
    const { en, zh, code } = both('initialization.ts');
    expect(zh.m).toEqual(en.m);
    expect(code).not.toMatch(/all weights|too large|starting weights|After \$\{depth\} layers/);
    const out = shown(zh.events);
    expect(out.charts['训练损失：相同与随机的初始权重']).toEqual([`权重全为 ${i.equalWeight}`, 'Glorot 均匀（随机）']);
    expect(out.charts['每个 ReLU 层之后均方的 log₁₀']).toEqual(['LeCun，Var(w) = 1/n', 'He，Var(w) = 2/n', '过大，Var(w) = 4/n']);
    expect(tablesIn(en.events, {
      'starting weights': '初始权重',
      'training accuracy': '训练准确率',
      'largest difference between hidden units': '隐藏单元之间的最大差异',
      [`all ${i.equalWeight}`]: `全为 ${i.equalWeight}`,
      'Glorot uniform': 'Glorot 均匀',
    })).toEqual(out.tables);
    expect(out.texts[0]?.startsWith(`经过 ${i.depth} 层后，`)).toBe(true);
    expect(out.texts).toEqual([expect.stringMatching(/^经过 \d+ 层后，均方在 LeCun 下是 \S+（预测 2\^−20 ≈ 9\.5e-7），在 He 下是 \S+（预测约为 1），在 4\/n 下是 \S+（预测 2\^20 ≈ 1\.0e6）。$/)]);
  });

  it('overfitting: the English run’s figures under Chinese names, with Chinese charts, tables and messages', () => {
    const { en, zh, code } = both('overfitting.ts');
    const regularizations: Record<string, string> = { 'none': '不正则化', 'L2 in the loss': '损失里加 L2', 'AdamW (λ′ = 2λ)': 'AdamW（λ′ = 2λ）' };
    const variants: Record<string, string> = { 'none': '不正则化', 'L2': 'L2', 'AdamW': 'AdamW', 'dropout': '暂退法', 'early stopping': '早停' };
    const keyInChinese = (key: string) => {
      const [, name = '', what = ''] = /^(.*?):? (ignored|pulled|test|train|epochs)$/.exec(key) ?? [];
      const label = { ignored: '被忽略的权重', pulled: '被拉动的权重', test: '测试 MSE', train: '训练 MSE', epochs: '轮数' }[what];
      const chinese = what === 'ignored' || what === 'pulled' ? regularizations[name] : variants[name];
      return label && chinese ? `${chinese}：${label}` : key;
    };
    expect(Object.keys(zh.m)).toContain('早停：轮数');
    expect(Object.keys(zh.m)).toContain('损失里加 L2：被忽略的权重');
    expect(zh.m).toEqual(Object.fromEntries(Object.entries(en.m).map(([key, value]) => [keyInChinese(key), value])));
    expect(code).not.toMatch(/'none'|'dropout'|'early stopping'|L2 in the loss|validation loss|Early stopping:|The noise/);
    const out = shown(zh.events);
    expect(out.charts['验证损失']).toEqual(Object.values(variants));
    expect(tablesIn(en.events, {
      ...regularizations,
      ...variants,
      'regularization': '正则化方式',
      'ignored weight': '被忽略的权重',
      'pulled weight': '被拉动的权重',
      'variant': '做法',
      'epochs': '轮数',
      'train MSE': '训练 MSE',
      'test MSE': '测试 MSE',
    })).toEqual(out.tables);
    expect(out.texts).toHaveLength(3);
    expect(out.texts[0]).toMatch(/^在 Adam 下，无论 λ 是多少/);
    expect(out.texts[1]).toBe(`早停：验证损失在第 ${String(zh.m['bestEpoch'])} 轮最低，在第 ${String(zh.m['早停：轮数'])} 轮停止。停止时的权重测试 MSE 为 ${(zh.m['testAtStop'] ?? NaN).toFixed(3)}；恢复后的最佳权重为 ${(zh.m['早停：测试 MSE'] ?? NaN).toFixed(3)}。`);
    expect(out.texts[2]?.startsWith(`噪声的方差是 ${i.noiseStd}² = ${i.noiseStd ** 2}：`)).toBe(true);
  });
});
