/**
 * The metrics example: every number it reports equals src/math/metrics on
 * the test-set scores it offers for download, its AUC beats the stated bound,
 * and lowering the threshold trades precision for recall.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/evaluating-models/facts';
import { accuracy, auc, confusion, f1, precision, recall } from '../../../src/math/metrics';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/evaluating-models/examples/metrics.ts'), 'utf8');

async function run(threshold?: number) {
  const events = await runCode(code, { scale: inputs.epochs / 30, ...(threshold === undefined ? {} : { controls: { 'decision threshold': threshold } }) });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  const csv = ofType(events, 'download').find((d) => d.filename === 'test-scores.csv');
  const rows = new TextDecoder().decode(csv?.bytes).trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
  return { events, metrics: ofType(events, 'metrics').at(-1)?.values ?? {}, labels: rows.map((r) => r[0] ?? NaN), scores: rows.map((r) => r[1] ?? NaN) };
}

describe('evaluating-models example', () => {
  it('reports exactly what src/math/metrics computes from its test scores, with AUC above the stated bound', async () => {
    const { events, metrics, labels, scores } = await run();
    expect(labels).toHaveLength(400);
    const c = confusion(labels, scores, 0.5);
    expect(metrics['accuracy']).toBeCloseTo(accuracy(c), 12);
    expect(metrics['recall']).toBeCloseTo(recall(c), 12);
    if (Number.isFinite(precision(c))) {
      expect(metrics['precision']).toBeCloseTo(precision(c), 12);
      expect(metrics['f1']).toBeCloseTo(f1(c), 12);
    }
    expect(metrics['auc']).toBeCloseTo(auc(labels, scores), 12);
    expect(metrics['auc']).toBeGreaterThan(inputs.aucAtLeast);
    expect(metrics['alwaysNoAccuracy']).toBeCloseTo(labels.filter((y) => y === 0).length / labels.length, 12);
    const matrix = ofType(events, 'heatmap')[0]?.heatmap.values;
    expect(matrix).toEqual([c.tn, c.fp, c.fn, c.tp]);
  });

  it(`finds more positives at threshold ${inputs.lowThreshold}, with more false alarms, and the same AUC`, async () => {
    const base = await run();
    const low = await run(inputs.lowThreshold);
    expect(low.metrics['recall']).toBeGreaterThan(base.metrics['recall'] ?? 1);
    expect(confusion(low.labels, low.scores, inputs.lowThreshold).fp).toBeGreaterThan(confusion(base.labels, base.scores, 0.5).fp);
    expect(low.metrics['auc']).toBeCloseTo(base.metrics['auc'] ?? NaN, 12);
  });
});
