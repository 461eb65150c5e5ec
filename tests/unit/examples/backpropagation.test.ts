/**
 * The gradient-check example: TensorFlow.js's backprop gradients equal the
 * hand-worked ones (src/math/backprop), row by row under the lesson's names;
 * they agree with finite differences within the stated tolerance; the loss
 * falls by the stated factor; and the error signal under squared error is
 * smaller by exactly the ratios the lesson quotes (one run for all of it).
 * Its Chinese edition (the starter code a Chinese reader gets) runs too and
 * shows the same table and figures with Chinese columns, chart and messages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { facts, inputs } from '../../../content/lessons/backpropagation/facts';
import { sigmoid } from '../../../src/math/activations';
import { backward, forward, outputDelta } from '../../../src/math/backprop';
import { CJK } from '../../../src/lessons/pipeline/drift';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import type { WorkerEvent } from '../../../src/runtime/protocol';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/backpropagation/examples/gradient-check.ts'), 'utf8');
let events: WorkerEvent[] = [];
let metrics: Readonly<Record<string, number>> = {};

beforeAll(async () => {
  events = await runCode(code, { scale: 1 });
  metrics = ofType(events, 'metrics').at(-1)?.values ?? {};
});

describe('backpropagation example', () => {
  it('finishes, and its gradient table matches the hand-worked gradients under the lesson’s names', () => {
    const end = finalEvent(events);
    expect(end.type, JSON.stringify(end)).toBe('done');
    const table = ofType(events, 'print').map((e) => e.value).find((v) => v.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no gradient table');
    const byName = new Map(table.rows.map((r) => [String(r[0]), Number(r[1])]));
    const g = backward(inputs.network, inputs.x, inputs.y);
    // W1[j,k]: from input k into hidden unit j, the lesson's ∂L/∂W₁,jk = dW1[j−1][k−1].
    const expected: [string, number][] = [
      ['W1[1,1]', g.dW1[0][0]], ['W1[1,2]', g.dW1[0][1]], ['W1[2,1]', g.dW1[1][0]], ['W1[2,2]', g.dW1[1][1]],
      ['b1[1]', g.db1[0]], ['b1[2]', g.db1[1]], ['w2[1]', g.dw2[0]], ['w2[2]', g.dw2[1]], ['b2', g.db2],
    ];
    expect([...byName.keys()].sort()).toEqual(expected.map(([name]) => name).sort());
    for (const [name, value] of expected) expect(byName.get(name), name).toBeCloseTo(value, 6);
  });

  it(`agrees with finite differences within ${facts['tolerance']} and trains the loss down by more than ${inputs.lossFactor}×`, () => {
    expect(metrics).toHaveProperty('maxRelativeError');
    expect(metrics['maxRelativeError']).toBeLessThan(inputs.tolerance);
    expect(metrics['lossBefore']).toBeCloseTo(forward(inputs.network, inputs.x, inputs.y).loss, 5);
    expect((metrics['lossBefore'] ?? NaN) / (metrics['lossAfter'] ?? NaN)).toBeGreaterThan(inputs.lossFactor);
    // The chart has one point per step (read back ten at a time), steps 1…200 in order: each the loss
    // before that step's update, so it starts at the loss before training and stays above the loss after it.
    const curve = ofType(events, 'chart').flatMap((e) => e.points);
    expect(curve.map((p) => p.x)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(curve[0]?.y).toBeCloseTo(metrics['lossBefore'] ?? NaN, 6);
    expect(curve.at(-1)?.y).toBeGreaterThan(metrics['lossAfter'] ?? NaN);
    expect(curve.at(-1)?.y).toBeLessThan((curve[0]?.y ?? NaN) / inputs.lossFactor);
  });

  it(`shows squared error's signal ${facts['ratio_worked']}× smaller at the worked point and about ${facts['ratio_saturated']}× at z₂ = ${inputs.saturatedZ}`, () => {
    const f = forward(inputs.network, inputs.x, inputs.y);
    const ratio = (yHat: number) => outputDelta(yHat, inputs.y, 'binary-cross-entropy') / outputDelta(yHat, inputs.y, 'half-squared-error');
    expect(metrics['ratioWorked']).toBeCloseTo(ratio(f.yHat), 3);
    expect(metrics['ratioSaturated'] ?? NaN).toBeCloseTo(ratio(sigmoid(inputs.saturatedZ)), 0);
    expect((metrics['ratioSaturated'] ?? NaN).toFixed(0)).toBe(facts['ratio_saturated']);
  });
});

describe('backpropagation example, Chinese edition', () => {
  let zhEvents: WorkerEvent[] = [];
  beforeAll(async () => {
    zhEvents = await runCode(exampleEdition(code, 'zh'), { scale: 1 });
  });

  it('finishes with the same gradient table and figures as the English run, in Chinese', () => {
    const end = finalEvent(zhEvents);
    expect(end.type, JSON.stringify(end)).toBe('done');
    const tables = (list: WorkerEvent[]) => ofType(list, 'print').map((e) => e.value).filter((v) => v.kind === 'table');
    const [zh] = tables(zhEvents);
    const [en] = tables(events);
    if (zh?.kind !== 'table' || en?.kind !== 'table') throw new Error('no gradient table');
    expect(zh.rows).toEqual(en.rows);
    expect(en.columns).toEqual(['parameter', 'backprop', 'finite difference', 'relative error']);
    expect(zh.columns).toEqual(['参数', '反向传播', '有限差分', '相对误差']);
    expect(ofType(zhEvents, 'metrics').at(-1)?.values).toEqual(metrics);
    expect(ofType(zhEvents, 'chart').map((e) => e.chart)).toContain('损失');
    const texts = ofType(zhEvents, 'print').flatMap((e) => (e.value.kind === 'text' ? [e.value.text] : []));
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const text of texts) expect(text, text).toMatch(CJK);
  });
});
