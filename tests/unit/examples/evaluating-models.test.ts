/**
 * The metrics example: every number it reports equals src/math on the
 * test-set scores it offers for download (intervals and average precision
 * included), its AUC and average precision beat the stated bounds, lowering
 * the threshold trades precision for recall, and trained only 3 epochs it says
 * no to everything while ranking well (the lesson's tip). Its Chinese edition,
 * run once at those 3 epochs (the smallest run here), reports the same figures
 * with Chinese settings, table, charts and message. Three runs in all.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/evaluating-models/facts';
import { wilsonInterval } from '../../../src/math/intervals';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { accuracy, auc, averagePrecision, confusion, f1, precision, recall } from '../../../src/math/metrics';
import type { WorkerEvent } from '../../../src/runtime/protocol';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/evaluating-models/examples/metrics.ts'), 'utf8');

interface Run {
  events: WorkerEvent[];
  metrics: Readonly<Record<string, number>>;
  labels: number[];
  scores: number[];
}

async function run(epochs: number, source = code, epochsSetting = 'epochs'): Promise<Run> {
  const events = await runCode(source, { scale: 1, controls: { [epochsSetting]: epochs } });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  const csv = ofType(events, 'download').find((d) => d.filename === 'test-scores.csv');
  const rows = new TextDecoder().decode(csv?.bytes).trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
  return { events, metrics: ofType(events, 'metrics').at(-1)?.values ?? {}, labels: rows.map((r) => r[0] ?? NaN), scores: rows.map((r) => r[1] ?? NaN) };
}

let trained: Run;
let undertrained: Run;
let undertrainedZh: Run;
beforeAll(async () => {
  trained = await run(inputs.epochs);
  undertrained = await run(inputs.undertrainedEpochs);
  undertrainedZh = await run(inputs.undertrainedEpochs, exampleEdition(code, 'zh'), '训练轮数');
}, 180_000);

describe('evaluating-models example', () => {
  it('reports exactly what src/math computes from its test scores, intervals and average precision included', () => {
    const { events, metrics, labels, scores } = trained;
    expect(labels).toHaveLength(inputs.testCases);
    const c = confusion(labels, scores, 0.5);
    expect(Number.isFinite(precision(c))).toBe(true); // the trained model says yes at least once
    expect(metrics['accuracy']).toBeCloseTo(accuracy(c), 12);
    expect(metrics['precision']).toBeCloseTo(precision(c), 12);
    expect(metrics['recall']).toBeCloseTo(recall(c), 12);
    expect(metrics['f1']).toBeCloseTo(f1(c), 12);
    expect(metrics['auc']).toBeCloseTo(auc(labels, scores), 12);
    expect(metrics['averagePrecision']).toBeCloseTo(averagePrecision(labels, scores), 12);
    const accuracyInterval = wilsonInterval(c.tp + c.tn, labels.length);
    const recallInterval = wilsonInterval(c.tp, c.tp + c.fn);
    expect(metrics['accuracyLow']).toBeCloseTo(accuracyInterval.low, 5);
    expect(metrics['accuracyHigh']).toBeCloseTo(accuracyInterval.high, 5);
    expect(metrics['recallLow']).toBeCloseTo(recallInterval.low, 5);
    expect(metrics['recallHigh']).toBeCloseTo(recallInterval.high, 5);
    expect(metrics['alwaysNoAccuracy']).toBeCloseTo(labels.filter((y) => y === 0).length / labels.length, 12);
    expect(ofType(events, 'heatmap')[0]?.heatmap.values).toEqual([c.tn, c.fp, c.fn, c.tp]);
  });

  it(`ranks well (AUC above ${inputs.aucAtLeast}, average precision above ${inputs.apFactor}× the share of positives) but finds fewer than half the positives at 0.5`, () => {
    const { metrics } = trained;
    expect(metrics['auc']).toBeGreaterThan(inputs.aucAtLeast);
    expect(metrics['averagePrecision']).toBeGreaterThan(inputs.apFactor * (metrics['prevalence'] ?? NaN));
    expect(metrics['recall']).toBeLessThan(0.5);
  });

  it(`finds more positives at threshold ${inputs.lowThreshold}, with more false alarms and lower precision`, () => {
    const { labels, scores } = trained;
    const base = confusion(labels, scores, 0.5);
    const low = confusion(labels, scores, inputs.lowThreshold);
    expect(recall(low)).toBeGreaterThan(recall(base));
    expect(low.fp).toBeGreaterThan(base.fp);
    expect(precision(low)).toBeLessThan(precision(base));
  });

  it(`trained ${inputs.undertrainedEpochs} epochs, says no to everything, ties the baseline's accuracy and F1, yet ranks with AUC above ${inputs.undertrainedAuc}`, () => {
    const { events, metrics } = undertrained;
    expect(metrics['saidYes']).toBe(0);
    expect(metrics['accuracy']).toBe(metrics['alwaysNoAccuracy']);
    expect(metrics['f1']).toBe(0);
    expect(metrics['precision']).toBeNaN();
    expect(metrics['auc']).toBeGreaterThan(inputs.undertrainedAuc);
    const table = ofType(events, 'print').map((e) => e.value).find((v) => v.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no metric table');
    const row = (name: string) => table.rows.find((r) => r[0] === name);
    expect(row('F1')?.slice(1)).toEqual(['0.0 %', '0.0 %']);
    expect(row('precision')?.[1]).toBe('undefined');
  });
});

describe('evaluating-models example, Chinese edition', () => {
  it(`trained ${inputs.undertrainedEpochs} epochs from its Chinese setting, reports the English run's figures with Chinese settings, table, charts and message`, () => {
    const { events, metrics, labels, scores } = undertrainedZh;
    expect(metrics).toEqual(undertrained.metrics);
    expect(labels).toEqual(undertrained.labels);
    expect(scores).toEqual(undertrained.scores);
    expect(ofType(events, 'control').map((e) => e.name)).toEqual(['决策阈值', '训练轮数']);
    expect(ofType(events, 'heatmap')[0]?.name).toBe('混淆矩阵（测试集）');
    expect(ofType(events, 'plot').map((e) => e.plot)).toEqual(['ROC 曲线（测试集）', '查准率–召回率曲线（测试集）']);
    const printed = ofType(events, 'print').map((e) => e.value);
    const table = printed.find((v) => v.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no metric table');
    expect(table.columns).toEqual(['指标', '模型', '总说否']);
    expect(table.rows.map((r) => r[0])).toEqual(['准确率', '查准率', '召回率', 'F1', 'AUC', '平均查准率']);
    expect(table.rows[1]).toEqual(['查准率', '无定义', '无定义（从不说“是”）']);
    expect(table.rows[3]?.slice(1)).toEqual(['0.0 %', '0.0 %']);
    expect(String(table.rows[2]?.[1])).toContain('95 % 区间');
    const message = printed.find((v) => v.kind === 'text');
    if (message?.kind !== 'text') throw new Error('no threshold message');
    expect(message.text).toMatch(/^阈值 0\.5：找到 0 个正例（共 \d+ 个），误报 0 个（负例共 \d+ 个）。$/);
  });
});
