/**
 * A lesson measured what a call costs on this device (deployment lesson:
 * latency per call × an assumed price per hour); one click carries it into
 * the active scenario's inference cost, with where it came from. The cost
 * mode switches to "entered directly", since a measured number replaces the
 * model-and-GPU estimate; typing another cost clears the provenance.
 */
import { selectActive, useWorksheet } from '../store/worksheet';
import { MAX_SOURCE } from './io/schema';
import { LIMITS } from './model/limits';
import type { Scenario } from './model/types';
import { usd } from './model/units';

export interface MeasuredInferenceCost {
  /** Dollars per 1,000 calls. */
  readonly costPer1000Calls: number;
  /** How it was measured, e.g. "2.1 ms per call on webgpu × $0.50 per hour". */
  readonly provenance: string;
  /** Where: the lesson and example it was measured in. */
  readonly source: string;
}

/** The scenario with the measured cost applied (pure, for tests). */
export function withMeasuredCost(scenario: Scenario, cost: MeasuredInferenceCost): Scenario {
  if (!Number.isFinite(cost.costPer1000Calls) || cost.costPer1000Calls < 0) throw new RangeError('a measured cost must be a finite number ≥ 0');
  const clamped = Math.min(LIMITS.money.max, cost.costPer1000Calls);
  const note = [cost.provenance.trim(), cost.source.trim() && `in ${cost.source.trim()}`].filter(Boolean).join(', ');
  return {
    ...scenario,
    inference: { ...scenario.inference, mode: 'direct', costPer1kCalls: usd(clamped), costSource: note.slice(0, MAX_SOURCE) },
  };
}

export interface MeasuredThroughput {
  /** Calls per second one machine served in the lesson. */
  readonly callsPerSecond: number;
  /** How it was measured, e.g. "median of 300 calls on webgpu". */
  readonly provenance: string;
  /** The lesson and example. */
  readonly source: string;
}

/**
 * The scenario with a measured throughput as its GPU capacity input:
 * throughput per GPU = calls/s · tokens per call (the scenario's own), with
 * the provenance as its source and `checked` (YYYY-MM) as its date.
 */
export function withMeasuredThroughput(scenario: Scenario, measured: MeasuredThroughput, checked: string): Scenario {
  if (!Number.isFinite(measured.callsPerSecond) || measured.callsPerSecond <= 0) throw new RangeError('a measured throughput must be a finite number > 0');
  const tokens = scenario.inference.tokensPerCall;
  const throughput = Math.min(LIMITS.throughput.max, Math.max(LIMITS.throughput.min, measured.callsPerSecond * tokens));
  const source = `${measured.callsPerSecond.toPrecision(3)} calls/s (${measured.provenance.trim()}${measured.source.trim() ? `, in ${measured.source.trim()}` : ''}) × ${tokens} tokens per call`;
  return {
    ...scenario,
    capacity: { ...scenario.capacity, throughputTokensPerSecond: throughput, throughputSource: source.slice(0, MAX_SOURCE), throughputChecked: checked },
  };
}

export function applyMeasuredThroughput(measured: MeasuredThroughput, now = new Date()): void {
  useWorksheet.getState().updateActive((scenario) => withMeasuredThroughput(scenario, measured, now.toISOString().slice(0, 7)));
}

export function applyMeasuredInferenceCost(cost: MeasuredInferenceCost): void {
  useWorksheet.getState().updateActive((scenario) => withMeasuredCost(scenario, cost));
}

/** The active scenario's name, to say where the cost went. */
export function activeScenarioName(): string {
  return selectActive(useWorksheet.getState()).name;
}
