/**
 * The fairness audit on the cpu backend, at the students' settings: the
 * proxy's AUC is src/math's on the shipped data; with age the model approves
 * under-30s far less often; without age most of that gap and of the
 * equal-opportunity gap remain, the test AUC barely moves, and the model leans
 * on history_years instead (larger weight, at least doubled importance).
 * The Chinese edition (the starter code a Chinese reader gets) runs once at the
 * same scale: the same metrics as the English run, with a Chinese setting,
 * messages, tables and heat map.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/fairness-and-interpretability/facts';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { auc } from '../../../src/math/metrics';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const root = resolve(import.meta.dirname, '../../..');
const code = readFileSync(resolve(root, 'content/lessons/fairness-and-interpretability/examples/fairness-audit.ts'), 'utf8');
const data = JSON.parse(readFileSync(resolve(root, 'public/data/credit.json'), 'utf8')) as { columns: string[]; rows: number[][] };

/** A reported metric; fails the test (instead of defaulting) when the example did not report it. */
function metric(m: Readonly<Record<string, number>>, key: string): number {
  expect(m, key).toHaveProperty(key);
  return m[key] ?? NaN;
}

async function run(source: string) {
  const events = await runCode(source, { scale: 1 });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  const metrics: Readonly<Record<string, number>> = ofType(events, 'metrics').at(-1)?.values ?? {};
  return { events, metrics };
}

let english: Awaited<ReturnType<typeof run>> | undefined;
beforeAll(async () => {
  english = await run(code);
}, 60_000);

describe('fairness audit example', () => {
  it('shows the gap, the proxy that keeps it without age, and the importance moving to the proxy', () => {
    const events = english?.events ?? [];
    const m = english?.metrics ?? {};
    const history = data.columns.indexOf('history_years');
    const young = data.rows.map((r) => ((r[0] ?? NaN) < inputs.ageLimit ? 1 : 0));
    expect(metric(m, 'historyAuc')).toBeCloseTo(auc(young, data.rows.map((r) => -(r[history] ?? NaN))), 9);

    const withAge = metric(m, 'gapWithAge');
    const withoutAge = metric(m, 'gapWithoutAge');
    expect(withAge).toBeGreaterThan(inputs.gapAtLeast);
    expect(withoutAge / withAge).toBeGreaterThan(inputs.remainingShareAtLeast);
    expect(metric(m, 'opportunityGapWithoutAge')).toBeGreaterThan(inputs.opportunityGapAtLeast);
    expect(Math.abs(metric(m, 'aucWithAge') - metric(m, 'aucWithoutAge'))).toBeLessThan(inputs.aucChangeBelow);
    // Risk falls with history: a negative weight, larger in size once age is gone.
    expect(metric(m, 'historyWeightWithAge')).toBeLessThan(0);
    expect(metric(m, 'historyWeightWithoutAge')).toBeLessThan(metric(m, 'historyWeightWithAge'));
    expect(metric(m, 'historyImportanceWithoutAge')).toBeGreaterThan(inputs.importanceGrowth * metric(m, 'historyImportanceWithAge'));

    // The importance heat map: one row per model, one column per feature; the model without age ignores it exactly.
    const map = ofType(events, 'heatmap')[0]?.heatmap;
    expect(map?.rowLabels).toEqual(['with age', 'without age']);
    expect(map?.columnLabels).toEqual(data.columns.slice(0, -1));
    const width = data.columns.length - 1;
    expect(map?.values).toHaveLength(2 * width);
    expect(map?.values[width]).toBe(0);
    expect(map?.values[width + history]).toBeCloseTo(metric(m, 'historyImportanceWithoutAge'), 2); // shown to 3 decimals
  });
});

describe('fairness audit example, Chinese edition', () => {
  const zh = exampleEdition(code, 'zh');
  let zhRun: Awaited<ReturnType<typeof run>> | undefined;
  beforeAll(async () => {
    zhRun = await run(zh);
  }, 60_000);

  it('keeps no English message, table column or label in its starter code', () => {
    for (const phrase of ['approve if', 'Proxy:', 'Model ', 'approved among', 'test AUC', 'weight, with', 'permutation importance', 'Dropping age', '`under', 'or older', "'with age'"]) {
      expect(zh).not.toContain(phrase);
    }
  });

  it('reaches the same figures as the English run and shows them in Chinese', () => {
    const events = zhRun?.events ?? [];
    expect(zhRun?.metrics).toEqual(english?.metrics);
    expect(ofType(events, 'control')[0]).toMatchObject({ name: 'P(违约) 低于此值即批准', value: 0.25 });
    const texts = ofType(events, 'print').flatMap((e) => (e.value.kind === 'text' ? [e.value.text] : []));
    expect(texts[0]).toMatch(/^代理变量：单凭 history_years 挑出 30 岁以下借款人的 AUC 为 0\.\d{3}（0\.5 = 不比瞎猜好，1 = 完美）。$/);
    expect(texts.slice(1, 3)).toEqual(['含年龄的模型：', '不含年龄的模型：']);
    expect(texts.at(-1)).toMatch(/^去掉年龄后，批准率差距从 0\.\d{3} 变为 0\.\d{3}：仍保留了 \d+ %，由 history_years 承载/);
    const tables = ofType(events, 'print').flatMap((e) => (e.value.kind === 'table' ? [e.value] : []));
    expect(tables.map((t) => t.columns)).toEqual([
      ['群体', '借款人', '违约率', '批准率', '还款者中的批准率', '违约者中的批准率'],
      ['群体', '借款人', '违约率', '批准率', '还款者中的批准率', '违约者中的批准率'],
      ['模型', '测试集 AUC', '批准率差距', '机会均等差距'],
      ['特征', '权重（含年龄）', '权重（不含年龄）'],
    ]);
    expect(tables[0]?.rows.map((row) => row[0])).toEqual(['30 岁以下', '30 岁及以上']);
    expect(tables[2]?.rows.map((row) => row[0])).toEqual(['含年龄', '不含年龄']);
    const map = ofType(events, 'heatmap')[0];
    expect(map?.name).toBe('置换重要性（测试集 AUC 的下降）');
    expect(map?.heatmap.rowLabels).toEqual(['含年龄', '不含年龄']);
    expect(map?.heatmap.values).toEqual(ofType(english?.events ?? [], 'heatmap')[0]?.heatmap.values);
  });
});
