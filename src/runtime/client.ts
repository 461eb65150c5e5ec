/**
 * The page's side of the code runtime: starts the worker, sends runs, turns
 * the event stream into one outcome per run, and stops runs by terminating
 * the worker (the only way to stop `while (true) {}`) and spawning a fresh
 * one. Nothing here imports TensorFlow.js: it lives in the worker's chunk.
 *
 * Only the runtime's private port is listened to (protocol/channel.ts), and
 * every message on it is checked field by field: a message that fails ends
 * its run with an error naming the event kind and the field, and the worker
 * is replaced. Whatever reaches `onEvent` has the shape its type says.
 *
 * Usage:
 * ```ts
 * const client = new RuntimeClient();
 * const { runId, outcome } = client.run(code, { backend: 'auto' }, (event) => show(event));
 * client.stop(); // from the Stop button; `outcome` resolves { kind: 'stopped' } at once
 * ```
 */
import {
  CONNECT_MESSAGE,
  parseBatch,
  parseRequest,
  type BackendChoice,
  type BackendName,
  type ControlValue,
  type MessageProblem,
  type RunOutcome,
  type WorkerEvent,
} from './protocol';
import { createRuntimeWorker } from './spawn-worker';

export interface RunOptions {
  readonly backend: BackendChoice;
  /** Seeds `lab.random()`/`lab.seed`; the same seed on the cpu backend repeats a run exactly. Default 42. */
  readonly seed?: number;
  /** Shrinks epochs/data (tests only); 1 = what users see. Default 1. */
  readonly scale?: number;
  /** The student's values for the example's controls. Default: none (the code's defaults). */
  readonly controls?: Readonly<Record<string, ControlValue>>;
  /** An exercise's checker, run after the code (runtime/checks.ts): its checks arrive as `check` events. */
  readonly checker?: string;
}

/** A run that was asked for: its id (the one its events carry) and how it will end. */
export interface RunHandle {
  readonly runId: number;
  readonly outcome: Promise<RunOutcome>;
}

export interface RuntimeClientOptions {
  /** Makes the worker (tests pass a stand-in); default: the blob-URL worker of spawn-worker.ts. */
  readonly createWorker?: () => Worker;
}

/** The app's base directory, absolute: shipped files (public/) live under it, at any sub-path. */
function appBaseUrl(): string {
  return typeof document === 'undefined' ? 'http://localhost/' : new URL('./', document.baseURI).href;
}

export const DEFAULT_SEED = 42;

/** The message for a message that failed its check: the event kind, the field, the reason. */
export function protocolMessage(problem: MessageProblem): string {
  const what = problem.kind ? `a "${problem.kind}" event` : 'a message';
  const where = problem.field ? ` (field ${problem.field})` : '';
  return `The runtime sent ${what} the page cannot use${where}: ${problem.problem}. The run was ended and the runtime restarted.`;
}

interface PendingRun {
  readonly runId: number;
  readonly onEvent: (event: WorkerEvent) => void;
  readonly resolve: (outcome: RunOutcome) => void;
  backend: BackendName | null;
}

interface WorkerSlot {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly ready: Promise<void>;
  /** The worker said its last run changed state a later run would see: replace it after that run. */
  retiring: boolean;
}

export class RuntimeClient {
  private readonly createWorker: () => Worker;
  private slot: WorkerSlot;
  private pending: PendingRun | null = null;
  private nextRunId = 1;
  private disposed = false;

  constructor(options: RuntimeClientOptions = {}) {
    this.createWorker = options.createWorker ?? createRuntimeWorker;
    this.slot = this.spawn();
  }

  /**
   * Resolves when the current worker has loaded (tfjs included). After
   * `stop()` this is the new worker's promise. Rejects if the worker script
   * fails to load.
   */
  get ready(): Promise<void> {
    return this.slot.ready;
  }

  /**
   * Runs `code` in the worker. Returns at once with the run's id (its events
   * carry it) and a promise of how it ends; events (started, print, chart,
   * plot, progress, metrics, done, error, …) reach `onEvent` as they arrive.
   * One run at a time: calling `run()` while a run is going stops that run
   * first (it resolves `stopped`). Stop works at any moment, also before the
   * worker is ready: the outcome does not wait for the worker.
   */
  run(code: string, options: RunOptions, onEvent: (event: WorkerEvent) => void): RunHandle {
    const runId = this.nextRunId++;
    if (this.disposed) {
      return { runId, outcome: Promise.resolve({ kind: 'error', phase: 'runtime', message: 'The runtime was closed.', line: null, column: null, backend: null }) };
    }
    if (this.pending) this.stop();
    const outcome = new Promise<RunOutcome>((resolve) => {
      this.pending = { runId, onEvent, resolve, backend: null };
    });
    const slot = this.slot;
    // Checked here, where it is made (the controls come from storage): the worker trusts its port.
    const request = parseRequest({
      type: 'run',
      runId,
      code,
      ...(options.checker !== undefined ? { checker: options.checker } : {}),
      backend: options.backend,
      seed: options.seed ?? DEFAULT_SEED,
      scale: options.scale ?? 1,
      controls: options.controls ?? {},
      baseUrl: appBaseUrl(),
    });
    if (!request.ok) {
      this.finish(runId, { kind: 'error', phase: 'runtime', message: `The run could not start: the ${request.error}.`, line: null, column: null, backend: null });
      return { runId, outcome };
    }
    slot.ready.then(
      () => {
        // Stopped (or replaced) while the worker was loading: nothing to send.
        if (this.pending?.runId === runId && this.slot === slot) slot.port.postMessage(request.value);
      },
      (error: unknown) => {
        this.finish(runId, { kind: 'error', phase: 'backend', message: `The code runner could not start: ${String(error)}`, line: null, column: null, backend: null });
      },
    );
    return { runId, outcome };
  }

  /** Ends the current run at once (terminates the worker) and starts a fresh worker. */
  stop(): void {
    this.restart();
    const pending = this.pending;
    if (pending) this.finish(pending.runId, { kind: 'stopped' });
  }

  /** Terminates the worker for good; a pending run resolves `stopped`. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.close(this.slot);
    const pending = this.pending;
    if (pending) this.finish(pending.runId, { kind: 'stopped' });
  }

  private close(slot: WorkerSlot): void {
    slot.port.onmessage = null;
    slot.port.close();
    slot.worker.terminate();
  }

  private restart(): void {
    this.close(this.slot);
    if (!this.disposed) this.slot = this.spawn();
  }

  private spawn(): WorkerSlot {
    const worker = this.createWorker();
    const channel = new MessageChannel();
    let markReady: () => void = () => undefined;
    let markFailed: (error: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    // A failed load must not surface as an unhandled rejection when nobody awaits `ready`.
    ready.catch(() => undefined);
    const slot: WorkerSlot = { worker, port: channel.port1, ready, retiring: false };
    let loaded = false;
    // Only the private port is read; what arrives on the worker's own channel is never looked at.
    channel.port1.onmessage = (e: MessageEvent<unknown>) => {
      if (this.slot !== slot) return;
      const { messages, problem } = parseBatch(e.data);
      for (const message of messages) {
        if (this.slot !== slot) return; // a message before this one replaced the worker
        if (message.type === 'ready') {
          loaded = true;
          markReady();
        } else if (message.type === 'retire') {
          slot.retiring = true;
        } else {
          this.handleEvent(message);
        }
      }
      if (problem) this.refuse(problem);
    };
    worker.addEventListener('error', (e: ErrorEvent) => {
      e.preventDefault();
      const reason = e.message || 'the worker script failed';
      if (!loaded) {
        markFailed(new Error(reason));
        return;
      }
      if (this.slot !== slot) return;
      const pending = this.pending;
      this.restart();
      if (pending) this.finish(pending.runId, { kind: 'error', phase: 'runtime', message: reason, line: null, column: null, backend: pending.backend });
    });
    worker.postMessage({ type: CONNECT_MESSAGE }, [channel.port2]);
    return slot;
  }

  /** A message failed its check: end the run it concerns and replace the worker. */
  private refuse(problem: MessageProblem): void {
    const pending = this.pending;
    this.restart();
    if (pending) {
      this.finish(pending.runId, { kind: 'error', phase: 'protocol', message: protocolMessage(problem), line: null, column: null, backend: pending.backend });
    }
  }

  private handleEvent(event: WorkerEvent): void {
    const pending = this.pending;
    if (!pending || event.runId !== pending.runId) return; // a late event from a stopped run
    if (event.type === 'started') pending.backend = event.info.backend;
    pending.onEvent(event);
    if (event.type === 'done') {
      this.finish(pending.runId, { kind: 'done', durationMs: event.durationMs, memory: event.memory, backend: pending.backend });
    } else if (event.type === 'error') {
      const backend = event.backend ?? pending.backend;
      this.finish(pending.runId, { kind: 'error', phase: event.phase, message: event.message, line: event.line, column: event.column, backend });
      // A broken backend (lost device, half-initialised GPU) must not poison the next run.
      if (event.phase === 'backend') this.restart();
    }
  }

  private finish(runId: number, outcome: RunOutcome): void {
    const pending = this.pending;
    if (!pending || pending.runId !== runId) return;
    this.pending = null;
    if (this.slot.retiring && !this.disposed) this.restart();
    pending.resolve(outcome);
  }
}
