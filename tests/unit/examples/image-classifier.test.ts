/**
 * The shapes CNN at full scale (the lesson's claims are about the full run),
 * one run for every claim: held-out accuracy above the stated level with the
 * Wilson interval of src/math, a validation split (not the test set) behind
 * the training curves, a 4×4 confusion matrix that adds up to the test set,
 * the mistakes it names read off that matrix, no circle–square mix-ups, and
 * twelve captioned sample guesses. The Chinese edition (the starter code a
 * Chinese reader gets) runs once, at the same scale: the same figures and
 * matrix, with Chinese shape names, messages and titles.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { facts, inputs } from '../../../content/lessons/image-classifier/facts';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { wilsonInterval } from '../../../src/math/intervals';
import type { WorkerEvent } from '../../../src/runtime/protocol';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const CLASSES = ['circle', 'square', 'triangle', 'cross'];
const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/image-classifier/examples/shapes-cnn.ts'), 'utf8');
let events: WorkerEvent[] = [];
let metrics: Readonly<Record<string, number>> = {};
const texts = () => ofType(events, 'print').map((e) => (e.value.kind === 'text' ? e.value.text : ''));

beforeAll(async () => {
  events = await runCode(code, { scale: 1 });
  metrics = ofType(events, 'metrics').at(-1)?.values ?? {};
}, 240_000);

describe('image classifier example', () => {
  it(`classifies more than ${inputs.accuracyAtLeast * 100} % of the held-out shapes, and prints the Wilson interval`, () => {
    const end = finalEvent(events);
    expect(end.type, JSON.stringify(end)).toBe('done');
    expect(metrics).toHaveProperty('testAccuracy');
    expect(metrics['testAccuracy']).toBeGreaterThan(inputs.accuracyAtLeast);
    const { low, high } = wilsonInterval(Math.round((metrics['testAccuracy'] ?? NaN) * inputs.testPictures), inputs.testPictures);
    expect(metrics['accuracyLow']).toBeCloseTo(low, 5);
    expect(metrics['accuracyHigh']).toBeCloseTo(high, 5);
    expect(texts()).toContain(`${facts['weights_total']} parameters; ${inputs.trainingPictures} training pictures, ${inputs.validationPictures} validation pictures, ${inputs.testPictures} test pictures.`);
    // The curves come from the validation split.
    const series = new Set(ofType(events, 'chart').flatMap((e) => e.points.map((p) => p.series)));
    expect([...series].some((s) => s.startsWith('val'))).toBe(true);
  });

  it('names the mistakes the confusion matrix shows, and there is no circle–square mix-up', () => {
    const matrix = ofType(events, 'heatmap')[0]?.heatmap;
    expect(matrix).toMatchObject({ rows: inputs.classes, columns: inputs.classes, showValues: true });
    const cells = matrix?.values ?? [];
    expect(cells.reduce((s, v) => s + v, 0)).toBe(inputs.testPictures);
    const diagonal = [0, 5, 10, 15].reduce((s, k) => s + (cells[k] ?? NaN), 0);
    expect(diagonal / inputs.testPictures).toBeCloseTo(metrics['testAccuracy'] ?? NaN, 10);
    const off = cells.flatMap((n, k) => (k % 5 === 0 ? [] : [{ n, pair: `${CLASSES[Math.floor(k / 4)]} taken for ${CLASSES[k % 4]}` }]));
    const worst = Math.max(...off.map((o) => o.n));
    expect(worst).toBeGreaterThan(0);
    expect(metrics['mostConfusedCount']).toBe(worst);
    expect(texts()).toContain(`Most frequent mistake (${worst} pictures each): ${off.filter((o) => o.n === worst).map((o) => o.pair).join('; ')}.`);
    expect((cells[1] ?? NaN) + (cells[4] ?? NaN)).toBe(0); // circle→square and square→circle
    expect(metrics['circleSquareMixups']).toBe(0);
  });

  it('shows twelve captioned sample guesses', () => {
    const samples = ofType(events, 'images')[0]?.images ?? [];
    expect(samples).toHaveLength(12);
    expect(samples.every((s) => s.width === inputs.size && /^(circle|square|triangle|cross) \d+ %$/.test(s.caption ?? ''))).toBe(true);
  });
});

describe('image classifier example, Chinese edition', () => {
  const ZH_CLASSES = ['圆形', '正方形', '三角形', '十字'];
  const zh = exampleEdition(code, 'zh');
  let zhEvents: WorkerEvent[] = [];
  beforeAll(async () => {
    zhEvents = await runCode(zh, { scale: 1 });
  }, 240_000);
  const zhTexts = () => ofType(zhEvents, 'print').map((e) => (e.value.kind === 'text' ? e.value.text : ''));

  it('keeps no English message in its starter code', () => {
    for (const english of ["'circle'", 'taken for', 'Test accuracy', 'confusion matrix', 'test pictures and guesses', 'parameters;']) expect(zh).not.toContain(english);
  });

  it('reaches the English run\'s figures and matrix, and says so in Chinese', () => {
    expect(finalEvent(zhEvents).type).toBe('done');
    expect(ofType(zhEvents, 'metrics').at(-1)?.values).toEqual(metrics);
    const heatmap = ofType(zhEvents, 'heatmap')[0];
    expect(heatmap?.name).toBe('混淆矩阵（测试集）');
    expect(heatmap?.heatmap).toMatchObject({ rowLabels: ZH_CLASSES, columnLabels: ZH_CLASSES, yTitle: '真实', xTitle: '预测' });
    expect(heatmap?.heatmap.values).toEqual(ofType(events, 'heatmap')[0]?.heatmap.values);
    const texts = zhTexts();
    expect(texts).toContain(`${facts['weights_total']} 个参数；训练图片 ${inputs.trainingPictures} 张，验证图片 ${inputs.validationPictures} 张，测试图片 ${inputs.testPictures} 张。`);
    expect(texts.some((t) => /^测试准确率：\d+\.\d %（95 % 区间 \d+\.\d 至 \d+\.\d %，共 200 张图片；瞎猜：25 %）。$/.test(t))).toBe(true);
    const cells = heatmap?.heatmap.values ?? [];
    const off = cells.flatMap((n, k) => (k % 5 === 0 ? [] : [{ n, pair: `${ZH_CLASSES[Math.floor(k / 4)]}被认成${ZH_CLASSES[k % 4]}` }]));
    const worst = Math.max(...off.map((o) => o.n));
    expect(texts).toContain(`最常见的错误（各 ${worst} 张图片）：${off.filter((o) => o.n === worst).map((o) => o.pair).join('；')}。`);
    expect(texts).toContain('圆形被认成正方形或正方形被认成圆形：0 张。');
  });

  it('captions its sample guesses with Chinese shape names', () => {
    const samples = ofType(zhEvents, 'images')[0];
    expect(samples?.name).toBe('测试图片与猜测');
    expect(samples?.images).toHaveLength(12);
    expect(samples?.images.every((s) => /^(圆形|正方形|三角形|十字) \d+ %$/.test(s.caption ?? ''))).toBe(true);
  });
});
