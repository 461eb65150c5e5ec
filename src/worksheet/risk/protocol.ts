/** Messages between the worksheet page and its Monte Carlo worker (types only: the worker imports no UI). */
import type { MonteCarloResult } from '../model/monte-carlo';
import type { Scenario } from '../model/types';

export interface RiskRequest {
  readonly type: 'run';
  /** Answers carry the id back, so a late answer to an older request is ignored. */
  readonly id: number;
  readonly scenario: Scenario;
  readonly draws: number;
}

export type RiskReply =
  | { readonly type: 'result'; readonly id: number; readonly result: MonteCarloResult; readonly ms: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

export function isRiskRequest(value: unknown): value is RiskRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v['type'] === 'run' && typeof v['id'] === 'number' && typeof v['draws'] === 'number' && typeof v['scenario'] === 'object' && v['scenario'] !== null;
}

export function isRiskReply(value: unknown): value is RiskReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['id'] === 'number' && ((v['type'] === 'result' && typeof v['result'] === 'object') || (v['type'] === 'error' && typeof v['message'] === 'string'));
}
