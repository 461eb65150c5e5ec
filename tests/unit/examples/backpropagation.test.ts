/**
 * The gradient-check example: TensorFlow.js's backprop gradients equal the
 * hand-worked ones (src/math/backprop), agree with finite differences within
 * the tolerance the lesson states, and then train the loss down by the stated factor.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/backpropagation/facts';
import { backward } from '../../../src/math/backprop';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/backpropagation/examples/gradient-check.ts'), 'utf8');

describe('backpropagation example', () => {
  it('matches the hand-worked gradients and finite differences, then trains', async () => {
    const events = await runCode(code, { scale: 1 });
    const end = finalEvent(events);
    expect(end.type, JSON.stringify(end)).toBe('done');

    const table = ofType(events, 'print').map((e) => e.value).find((v) => v.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no gradient table');
    const byName = new Map(table.rows.map((r) => [String(r[0]), Number(r[1])]));
    const g = backward(inputs.network, inputs.x, inputs.y);
    // tfjs stores W1 as [input, hidden]: entry [k, j] is the math's W1[j][k].
    const expected: [string, number][] = [
      ['W1[0]', g.dW1[0][0]], ['W1[1]', g.dW1[1][0]], ['W1[2]', g.dW1[0][1]], ['W1[3]', g.dW1[1][1]],
      ['b1[0]', g.db1[0]], ['b1[1]', g.db1[1]], ['w2[0]', g.dw2[0]], ['w2[1]', g.dw2[1]], ['b2[0]', g.db2],
    ];
    for (const [name, value] of expected) expect(byName.get(name), name).toBeCloseTo(value, 6);

    const metrics = ofType(events, 'metrics').at(-1)?.values ?? {};
    expect(metrics['maxRelativeError']).toBeLessThan(inputs.tolerance);
    expect((metrics['lossBefore'] ?? 0) / (metrics['lossAfter'] ?? Infinity)).toBeGreaterThan(inputs.lossFactor);
  });
});
