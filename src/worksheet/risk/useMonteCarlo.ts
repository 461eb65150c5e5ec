/**
 * Runs the scenario's Monte Carlo in a worker whenever its inputs change
 * (after a short pause in typing), while `active` (the panel is open and
 * some input has a range). The worker starts on first use and stops with
 * the component.
 */
import { useEffect, useRef, useState } from 'react';
import { DEFAULT_DRAWS, type MonteCarloResult } from '../model/monte-carlo';
import type { Scenario } from '../model/types';
import { isRiskReply, type RiskRequest } from './protocol';

export interface RiskDone {
  readonly kind: 'done';
  readonly result: MonteCarloResult;
  readonly ms: number;
}

/** While a new run is on its way the previous result stays on screen (`previous`), marked as being updated. */
export type RiskState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly draws: number; readonly previous: RiskDone | null }
  | RiskDone
  | { readonly kind: 'error'; readonly message: string };

const PAUSE_MS = 250;

export function useMonteCarlo(scenario: Scenario, active: boolean, draws = DEFAULT_DRAWS): RiskState {
  const [state, setState] = useState<RiskState>({ kind: 'idle' });
  const workerRef = useRef<Worker | null>(null);
  const lastId = useRef(0);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );

  useEffect(() => {
    if (!active) return;
    const id = ++lastId.current;
    const timer = setTimeout(() => {
      let worker = workerRef.current;
      if (!worker) {
        worker = new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module', name: 'worksheet-monte-carlo' });
        worker.onmessage = (event: MessageEvent<unknown>) => {
          const reply = event.data;
          if (!isRiskReply(reply) || reply.id !== lastId.current) return;
          setState(reply.type === 'result' ? { kind: 'done', result: reply.result, ms: reply.ms } : { kind: 'error', message: reply.message });
        };
        worker.onerror = (event) => setState({ kind: 'error', message: event.message || 'the worker failed to start' });
        workerRef.current = worker;
      }
      setState((old) => ({ kind: 'running', draws, previous: old.kind === 'done' ? old : old.kind === 'running' ? old.previous : null }));
      const request: RiskRequest = { type: 'run', id, scenario, draws };
      worker.postMessage(request);
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [scenario, active, draws]);

  return state;
}
