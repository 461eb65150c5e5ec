/**
 * Runs code through the runtime client and keeps the output state.
 *
 * The client (and with it the worker and TensorFlow.js) starts on the
 * first Run only. Worker events are queued and applied once per animation
 * frame, so a training loop that posts hundreds of events per second costs
 * the page one React render per frame at most.
 *
 * Runs carry the client's run id: the output starts with the id `run()`
 * returns, and events of any other run (a stopped one) are ignored by
 * `applyEvent`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackendChoice, ControlValue, RunOutcome, WorkerEvent } from '../runtime/protocol';
import { RuntimeClient } from '../runtime/client';
import { applyEvents, EMPTY_OUTPUT, finishRun, startRun, type OutputState } from './output-state';
import { readTestScale } from './test-scale';

export interface Runner {
  readonly output: OutputState;
  readonly running: boolean;
  /** `seed`: the run's seed (default the client's, 42): a shared run carries its own. */
  readonly run: (code: string, backend: BackendChoice, controls?: Readonly<Record<string, ControlValue>>, seed?: number) => void;
  /** Like `run`, but a run that is going is stopped first and this one starts when it has ended. */
  readonly restart: (code: string, backend: BackendChoice, controls?: Readonly<Record<string, ControlValue>>) => void;
  readonly stop: () => void;
  /** The runtime client this runner uses (started on first use): Auto measures backends in the same worker (useAutoBackend.ts). */
  readonly client: () => RuntimeClient;
}

export function useRunner(): Runner {
  const [output, setOutput] = useState<OutputState>(EMPTY_OUTPUT);
  const clientRef = useRef<RuntimeClient | null>(null);
  const queueRef = useRef<WorkerEvent[]>([]);
  const frameRef = useRef<number | null>(null);
  const activeRef = useRef<number | null>(null);
  /** A run asked for while another was being stopped: started when that one ends. */
  const queuedRef = useRef<(() => void) | null>(null);

  const flush = useCallback(() => {
    frameRef.current = null;
    const events = queueRef.current;
    if (events.length === 0) return;
    queueRef.current = [];
    setOutput((state) => applyEvents(state, events));
  }, []);

  const enqueue = useCallback(
    (event: WorkerEvent) => {
      queueRef.current.push(event);
      frameRef.current ??= requestAnimationFrame(flush);
    },
    [flush],
  );

  const stop = useCallback(() => {
    clientRef.current?.stop();
  }, []);

  const client = useCallback(() => (clientRef.current ??= new RuntimeClient()), []);

  const run = useCallback(
    (code: string, backend: BackendChoice, controls: Readonly<Record<string, ControlValue>> = {}, seed?: number) => {
      if (activeRef.current !== null) return; // one run at a time
      queueRef.current = [];
      const { runId, outcome } = client().run(code, { backend, scale: readTestScale(), controls, ...(seed !== undefined ? { seed } : {}) }, enqueue);
      activeRef.current = runId;
      setOutput(startRun(runId));
      void outcome
        .catch((error: unknown): RunOutcome => ({
          kind: 'error',
          phase: 'backend',
          message: error instanceof Error ? error.message : String(error),
          line: null,
          column: null,
          backend: null,
        }))
        .then((ended) => {
          flush();
          setOutput((state) => (state.runId === runId ? finishRun(state, ended) : state));
          activeRef.current = null;
          const next = queuedRef.current;
          queuedRef.current = null;
          next?.();
        });
    },
    [client, enqueue, flush],
  );

  const restart = useCallback(
    (code: string, backend: BackendChoice, controls: Readonly<Record<string, ControlValue>> = {}) => {
      if (activeRef.current === null) {
        run(code, backend, controls);
        return;
      }
      queuedRef.current = () => run(code, backend, controls);
      clientRef.current?.stop();
    },
    [run],
  );

  useEffect(
    () => () => {
      if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  return { output, running: output.status === 'running', run, restart, stop, client };
}
