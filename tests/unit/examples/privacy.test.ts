/**
 * The privacy examples: accuracy falls as DP noise grows, and the chosen run's
 * interval is src/math's; FedAvg reaches pooled training's accuracy.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/privacy/facts';
import { wilsonInterval } from '../../../src/math/intervals';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const dir = resolve(import.meta.dirname, '../../../content/lessons/privacy/examples');

async function metrics(file: string, scale: number): Promise<Readonly<Record<string, number>>> {
  const code = readFileSync(resolve(dir, file), 'utf8');
  const events = await runCode(code, { scale });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  return ofType(events, 'metrics').at(-1)?.values ?? {};
}
const metric = (m: Readonly<Record<string, number>>, key: string) => {
  expect(m, key).toHaveProperty(key);
  return m[key] ?? NaN;
};

describe('privacy examples', () => {
  it(`DP-SGD: accuracy falls by more than ${inputs.accuracyDrop * 100} points from ν = 0 to ν = ${inputs.nuMax}, and keeps falling`, async () => {
    const code = readFileSync(resolve(dir, 'dp-sgd.ts'), 'utf8');
    expect(code).toContain(`const learningRate = ${inputs.eta};`);
    expect(code).toContain(`const batchSize = ${inputs.batchSize};`);
    const m = await metrics('dp-sgd.ts', 1);
    const at = (nu: number) => metric(m, `accuracy at ν=${nu}`);
    expect(at(0) - at(inputs.nuMax)).toBeGreaterThan(inputs.accuracyDrop);
    expect(at(2)).toBeGreaterThan(at(8));
    expect(at(8)).toBeGreaterThan(at(16));
    const { low, high } = wilsonInterval(Math.round(metric(m, 'chosenAccuracy') * inputs.testPeople), inputs.testPeople);
    expect(metric(m, 'chosenLow')).toBeCloseTo(low, 5);
    expect(metric(m, 'chosenHigh')).toBeCloseTo(high, 5);
  }, 60_000);

  it(`FedAvg: within ${inputs.fedGap * 100} points of pooled training after ${inputs.rounds} rounds`, async () => {
    const m = await metrics('federated.ts', 1);
    expect(metric(m, 'rounds')).toBe(inputs.rounds);
    expect(Math.abs(metric(m, 'federatedAccuracy') - metric(m, 'centralizedAccuracy'))).toBeLessThan(inputs.fedGap);
    expect(metric(m, 'federatedAccuracy')).toBeGreaterThan(0.85);
  }, 60_000);
});
