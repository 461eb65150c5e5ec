/**
 * The fairness audit on the cpu backend, at the students' settings: the
 * proxy's AUC is src/math's on the shipped data; with age the model approves
 * under-30s far less often; without age most of that gap and of the
 * equal-opportunity gap remain, the test AUC barely moves, and the model leans
 * on history_years instead (larger weight, at least doubled importance).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/fairness-and-interpretability/facts';
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

describe('fairness audit example', () => {
  it('shows the gap, the proxy that keeps it without age, and the importance moving to the proxy', async () => {
    const events = await runCode(code, { scale: 1 });
    const end = finalEvent(events);
    if (end.type !== 'done') throw new Error(JSON.stringify(end));
    const m = ofType(events, 'metrics').at(-1)?.values ?? {};
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
  }, 60_000);
});
