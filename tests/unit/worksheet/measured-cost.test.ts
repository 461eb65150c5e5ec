import { describe, expect, it } from 'vitest';
import { parseScenarioText, scenarioToJson } from '../../../src/worksheet/io/scenarioFile';
import { withMeasuredCost, withMeasuredThroughput } from '../../../src/worksheet/measured-cost';
import { blankScenario } from './fixtures';

describe('a measured inference cost', () => {
  it('sets the cost per 1,000 calls, switches to direct entry and records where it came from', () => {
    const s = { ...blankScenario(), inference: { ...blankScenario().inference, mode: 'derived' as const } };
    const next = withMeasuredCost(s, { costPer1000Calls: 0.0421, provenance: '1.5 ms per call on cpu × $0.10 per hour', source: 'Deployment' });
    expect(next.inference).toMatchObject({ mode: 'direct', costPer1kCalls: 0.0421, costSource: '1.5 ms per call on cpu × $0.10 per hour, in Deployment' });
    expect(next.api).toBe(s.api);
  });

  it('refuses a cost that is not a finite number ≥ 0', () => {
    expect(() => withMeasuredCost(blankScenario(), { costPer1000Calls: Number.NaN, provenance: '', source: '' })).toThrow(RangeError);
    expect(() => withMeasuredCost(blankScenario(), { costPer1000Calls: -1, provenance: '', source: '' })).toThrow(RangeError);
  });

  it('keeps the provenance through a saved file, and files from before it existed still load', () => {
    const measured = withMeasuredCost(blankScenario(), { costPer1000Calls: 0.5, provenance: 'measured', source: 'lesson' });
    const loaded = parseScenarioText(scenarioToJson(measured));
    expect(loaded.ok && loaded.value.inference.costSource).toBe('measured, in lesson');
    const old = JSON.parse(scenarioToJson(blankScenario())) as { scenario: { inference: Record<string, unknown> } };
    delete old.scenario.inference['costSource'];
    const oldLoaded = parseScenarioText(JSON.stringify(old));
    expect(oldLoaded.ok && oldLoaded.value.inference.costSource).toBe('');
  });
});

describe('a measured throughput for GPU capacity', () => {
  it('sets throughput = calls/s · the scenario’s tokens per call, with its source and month', () => {
    // 250 calls/s · 400 tokens per call = 100,000 tokens/s.
    const s = { ...blankScenario(), inference: { ...blankScenario().inference, tokensPerCall: 400 } };
    const next = withMeasuredThroughput(s, { callsPerSecond: 250, provenance: 'median of 300 calls on cpu', source: 'Deployment' }, '2026-12');
    expect(next.capacity.throughputTokensPerSecond).toBe(100_000);
    expect(next.capacity.throughputSource).toBe('250 calls/s (median of 300 calls on cpu, in Deployment) × 400 tokens per call');
    expect(next.capacity.throughputChecked).toBe('2026-12');
    const loaded = parseScenarioText(scenarioToJson(next));
    expect(loaded.ok && loaded.value.capacity).toEqual(next.capacity);
  });

  it('refuses a throughput that is not a finite number > 0', () => {
    expect(() => withMeasuredThroughput(blankScenario(), { callsPerSecond: 0, provenance: '', source: '' }, '2026-12')).toThrow(RangeError);
    expect(() => withMeasuredThroughput(blankScenario(), { callsPerSecond: Number.POSITIVE_INFINITY, provenance: '', source: '' }, '2026-12')).toThrow(RangeError);
  });
});
