import { describe, expect, it } from 'vitest';
import { parseScenarioText, scenarioToJson } from '../../../src/worksheet/io/scenarioFile';
import { withMeasuredCost } from '../../../src/worksheet/measured-cost';
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
