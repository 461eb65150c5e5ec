/// <reference lib="webworker" />
/**
 * The Monte Carlo off the main thread: thousands of projections take a few
 * hundred milliseconds, which would freeze typing in the sidebar. One request
 * at a time; the page ignores answers to requests it has replaced.
 */
import { runMonteCarlo } from '../model/monte-carlo';
import { isRiskRequest, type RiskReply } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isRiskRequest(request)) return;
  const started = performance.now();
  let reply: RiskReply;
  try {
    const result = runMonteCarlo(request.scenario, request.draws);
    reply = { type: 'result', id: request.id, result, ms: performance.now() - started };
  } catch (error) {
    reply = { type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
