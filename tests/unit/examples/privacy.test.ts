/** The privacy examples: accuracy falls as DP noise grows; FedAvg reaches pooled training's accuracy. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/privacy/facts';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const dir = resolve(import.meta.dirname, '../../../content/lessons/privacy/examples');

async function metrics(file: string, scale: number): Promise<Readonly<Record<string, number>>> {
  const code = readFileSync(resolve(dir, file), 'utf8');
  const events = await runCode(code, { scale });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  return ofType(events, 'metrics').at(-1)?.values ?? {};
}

describe('privacy examples', () => {
  it(`DP-SGD: accuracy falls by more than ${inputs.accuracyDrop * 100} points from σ = 0 to σ = ${inputs.sigmaMax}, and keeps falling`, async () => {
    const m = await metrics('dp-sgd.ts', 1);
    const at = (s: number) => m[`accuracy at σ=${s}`] ?? NaN;
    expect(at(0) - at(inputs.sigmaMax)).toBeGreaterThan(inputs.accuracyDrop);
    expect(at(2)).toBeGreaterThan(at(8));
    expect(at(8)).toBeGreaterThan(at(16));
  }, 60_000);

  it(`FedAvg: within ${inputs.fedGap * 100} points of pooled training after ${inputs.rounds} rounds`, async () => {
    const m = await metrics('federated.ts', 1);
    expect(m['rounds']).toBe(inputs.rounds);
    expect(Math.abs((m['federatedAccuracy'] ?? 0) - (m['centralizedAccuracy'] ?? 1))).toBeLessThan(inputs.fedGap);
    expect(m['federatedAccuracy']).toBeGreaterThan(0.85);
  }, 60_000);
});
