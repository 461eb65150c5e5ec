/**
 * The credit example, both settings, one run each: real labels beat the
 * stated AUC and average precision; accuracy's Wilson interval (checked
 * against src/math) still holds the always-approve baseline, as the lesson
 * says; the model is calibrated. Random labels land within the stated band
 * around 0.5, at the baseline accuracy, and calibrated all the same.
 * The Chinese edition (the starter code a Chinese reader gets) runs once, on
 * its Chinese random-labels setting: the same figures as the English run, with
 * Chinese messages, plot and setting.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/credit-scoring/facts';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { wilsonInterval } from '../../../src/math/intervals';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/credit-scoring/examples/credit-model.ts'), 'utf8');

async function metricsFor(labels: string, source = code, control = 'labels', plot = 'reliability diagram (test set)') {
  const events = await runCode(source, { scale: 1, controls: { [control]: labels } });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  const charts = new Set(ofType(events, 'chart').flatMap((e) => e.points.map((p) => p.series)));
  expect([...charts].some((s) => s.startsWith('val'))).toBe(true); // a validation curve, from the validation split
  expect(ofType(events, 'plot').map((p) => p.plot)).toContain(plot);
  const metrics: Readonly<Record<string, number>> = ofType(events, 'metrics').at(-1)?.values ?? {};
  const texts = ofType(events, 'print').flatMap((e) => (e.value.kind === 'text' ? [e.value.text] : []));
  return { metrics, texts, events };
}

let real: Readonly<Record<string, number>> = {};
let random: Readonly<Record<string, number>> = {};
beforeAll(async () => {
  real = (await metricsFor('real labels')).metrics;
  random = (await metricsFor('random labels')).metrics;
}, 120_000);

const keys = ['testAccuracy', 'accuracyLow', 'accuracyHigh', 'baselineAccuracy', 'testAuc', 'averagePrecision', 'defaultRate', 'calibrationError', 'testBorrowers'];

describe('credit-scoring example', () => {
  it('reports every metric, on a test set of 20 % of the borrowers', () => {
    for (const m of [real, random]) {
      for (const key of keys) expect(m, key).toHaveProperty(key);
      expect(m['testBorrowers']).toBe(500);
    }
  });

  it(`with real labels: AUC above ${inputs.realAucAtLeast}, average precision above ${inputs.apFactor}× the default rate, calibration error below ${inputs.eceBelow}`, () => {
    expect(real['testAuc']).toBeGreaterThan(inputs.realAucAtLeast);
    expect(real['averagePrecision']).toBeGreaterThan(inputs.apFactor * (real['defaultRate'] ?? NaN));
    expect(real['calibrationError']).toBeLessThan(inputs.eceBelow);
  });

  it('with real labels: accuracy beats the baseline, yet its 95 % interval still contains it', () => {
    const n = real['testBorrowers'] ?? NaN;
    const right = Math.round((real['testAccuracy'] ?? NaN) * n);
    const { low, high } = wilsonInterval(right, n);
    expect(real['accuracyLow']).toBeCloseTo(low, 5);
    expect(real['accuracyHigh']).toBeCloseTo(high, 5);
    expect(real['testAccuracy']).toBeGreaterThan(real['baselineAccuracy'] ?? NaN);
    expect(real['baselineAccuracy']).toBeGreaterThan(low);
  });

  it('with random labels: a coin flip at the baseline accuracy, near-chance average precision, and roughly calibrated', () => {
    expect(Math.abs((random['testAuc'] ?? NaN) - 0.5)).toBeLessThan(inputs.randomAucBand);
    expect(Math.abs((random['testAccuracy'] ?? NaN) - (random['baselineAccuracy'] ?? NaN))).toBeLessThan(0.03);
    expect(random['averagePrecision']).toBeLessThan(1.5 * (random['defaultRate'] ?? NaN));
    expect(random['calibrationError']).toBeLessThan(inputs.randomEceBelow);
  });
});

describe('credit-scoring example, Chinese edition', () => {
  const zh = exampleEdition(code, 'zh');
  let run: Awaited<ReturnType<typeof metricsFor>> | undefined;
  beforeAll(async () => {
    run = await metricsFor('随机标签', zh, '标签', '可靠性图（测试集）');
  }, 120_000);

  it('offers its setting in Chinese, and keeps no English message in its starter code', () => {
    expect(zh).not.toContain('random labels');
    expect(zh).not.toContain('Test set');
    const control = ofType(run?.events ?? [], 'control')[0];
    expect(control).toMatchObject({ name: '标签', value: '随机标签', spec: { kind: 'choice', options: ['真实标签', '随机标签'] } });
  });

  it('on random labels, reaches the same figures as the English run and says so in Chinese', () => {
    expect(run?.metrics).toEqual(random);
    const texts = run?.texts ?? [];
    expect(texts[0]).toMatch(/^2500 位借款人，特征：.*；随机标签。$/);
    expect(texts.some((t) => t.startsWith('测试集（500 位借款人，只用一次）：准确率'))).toBe(true);
    expect(texts.at(-1)).toContain('AUC 接近 0.5 才是诚实的结果');
    const plot = ofType(run?.events ?? [], 'plot').find((p) => p.plot === '可靠性图（测试集）');
    expect(plot?.series.map((series) => series.name)).toEqual(['模型：各区间实际违约率', '完美校准']);
  });
});
