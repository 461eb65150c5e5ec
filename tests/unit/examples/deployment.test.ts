/**
 * The deployment example in Node (no IndexedDB, so it says so and skips that
 * part): reloaded files predict identically, the downloads are a loadable
 * model, 8-bit weights are the stated size and keep accuracy within the
 * stated margin, and a positive, finite cost per 1,000 calls is offered.
 * The Chinese edition runs once at the same scale: the same sizes, accuracies
 * and largest change as the English run (the timings differ run to run), with
 * its setting, messages, table, API errors and worksheet note in Chinese.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { facts, inputs } from '../../../content/lessons/deployment/facts';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { costPer1000Calls } from '../../../src/math/lifecycle-costs';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/deployment/examples/serve-and-quantize.ts'), 'utf8');

type Events = Awaited<ReturnType<typeof runCode>>;
const printed = (events: Events) => ofType(events, 'print').map((e) => (e.value.kind === 'text' ? e.value.text : '')).join('\n');
/** The figures that do not depend on timing: sizes, accuracies and the largest change in a probability. */
const DETERMINISTIC = ['floatBytes', 'int8Bytes', 'floatAccuracy', 'int8Accuracy', 'maxChange'];

let english: Events = [];
beforeAll(async () => {
  english = await runCode(code, { scale: 0.5 });
}, 60_000);

describe('deployment example', () => {
  it('saves, reloads, serves, quantizes and prices a call', () => {
    const events = english;
    const end = finalEvent(events);
    expect(end.type, JSON.stringify(end)).toBe('done');
    const text = printed(events);
    expect(text).toContain('Reloaded from files: identical predictions');
    expect(text).toContain('No IndexedDB here');
    expect(text).toMatch(/error: "missing or not a number: age/);
    const table = ofType(events, 'print').find((e) => e.value.kind === 'table')?.value;
    expect(table?.kind === 'table' ? table.columns : []).toEqual(['version', 'weights (bytes)', 'test accuracy']);

    const [json, bin] = ofType(events, 'download');
    expect(json?.filename).toBe('credit-model.json');
    const manifest = JSON.parse(new TextDecoder().decode(json?.bytes)) as { weightsManifest: { paths: string[]; weights: { shape: number[] }[] }[] };
    expect(manifest.weightsManifest[0]?.paths).toEqual(['credit-model.weights.bin']);
    const count = manifest.weightsManifest[0]?.weights.reduce((s, w) => s + w.shape.reduce((a, b) => a * b, 1), 0);
    expect(bin?.bytes.byteLength).toBe((count ?? 0) * 4);

    const m = ofType(events, 'metrics').at(-1)?.values ?? {};
    expect(String(m['floatBytes'])).toBe(facts['float_bytes']);
    expect(String(m['int8Bytes'])).toBe(facts['int8_bytes']);
    expect(Math.abs((m['int8Accuracy'] ?? 0) - (m['floatAccuracy'] ?? 1))).toBeLessThan(inputs.accuracyMargin);
    expect(m['p95Ms']).toBeGreaterThanOrEqual(m['medianMs'] ?? Infinity);

    const offer = ofType(events, 'worksheet-cost')[0];
    expect(offer?.costPer1000Calls).toBeGreaterThan(0);
    expect(Number.isFinite(offer?.costPer1000Calls)).toBe(true);
    expect(offer?.costPer1000Calls).toBeCloseTo(costPer1000Calls(m['medianMs'] ?? NaN, inputs.pricePerHour), 12);
    expect(offer?.provenance).toMatch(/ms per call \(median of \d+\) on cpu × USD 0\.1 per hour/);
  });
});

describe('deployment example, Chinese edition', () => {
  const zh = exampleEdition(code, 'zh');
  let events: Events = [];
  beforeAll(async () => {
    events = await runCode(zh, { scale: 0.5 });
  }, 60_000);

  it('offers its setting in Chinese, and keeps no English message in its starter code', () => {
    expect(zh).not.toContain('machine price per hour');
    expect(zh).not.toContain('Reloaded from');
    expect(zh).not.toContain('per 1,000 calls');
    expect(ofType(events, 'control')[0]).toMatchObject({ name: '机器每小时价格（美元）', value: 0.1 });
  });

  it('reaches the same sizes and accuracies as the English run, and says so in Chinese', () => {
    const end = finalEvent(events);
    expect(end.type, JSON.stringify(end)).toBe('done');
    const m = ofType(events, 'metrics').at(-1)?.values ?? {};
    const en = ofType(english, 'metrics').at(-1)?.values ?? {};
    expect(Object.fromEntries(DETERMINISTIC.map((k) => [k, m[k]]))).toEqual(Object.fromEntries(DETERMINISTIC.map((k) => [k, en[k]])));
    const text = printed(events);
    expect(text).toContain('从文件重新加载：预测完全相同（共 500 位测试借款人）。');
    expect(text).toContain('这里没有 IndexedDB');
    expect(text).toMatch(/error: "缺失或不是数字：age/);
    const ratio = facts['ratio']; // the lesson's 516 ÷ 161, the same in both editions
    if (typeof ratio !== 'string') throw new Error('the ratio fact reads the same in both editions');
    expect(text).toContain(`8 位权重缩小到原来的 1/${ratio}；`);
    expect(text).toMatch(/每千次调用 [\d.e-]+ 美元。/);
    const table = ofType(events, 'print').find((e) => e.value.kind === 'table')?.value;
    expect(table?.kind === 'table' ? table.columns : []).toEqual(['版本', '权重（字节）', '测试准确率']);
    expect(ofType(events, 'worksheet-cost')[0]?.provenance).toMatch(/^每次调用 [\d.]+ 毫秒（\d+ 次调用的中位数，cpu 后端）× 每小时 0\.1 美元$/);
  });
});
