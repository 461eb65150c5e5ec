/**
 * The page's side of the code runtime: starts the worker, sends runs, turns
 * the event stream into one outcome per run, and stops runs by terminating
 * the worker (the only way to stop `while (true) {}`) and spawning a fresh
 * one. Nothing here imports TensorFlow.js: it lives in the worker's chunk.
 *
 * Usage:
 * ```ts
 * const client = new RuntimeClient();
 * const outcome = await client.run(code, { backend: 'auto' }, (event) => show(event));
 * client.stop(); // from the Stop button; the pending run resolves { kind: 'stopped' }
 * ```
 */
import {
  BACKEND_ORDER,
  parseWorkerMessage,
  type BackendChoice,
  type BackendName,
  type ControlValue,
  type WorkerEvent,
  type WorkerRequest,
} from './protocol';
import { adapterName, gpuOf } from './gpu';

export interface RunOptions {
  readonly backend: BackendChoice;
  /** Seeds `lab.random()`/`lab.seed`; the same seed on the cpu backend repeats a run exactly. Default 42. */
  readonly seed?: number;
  /** Shrinks epochs/data (tests only); 1 = what users see. Default 1. */
  readonly scale?: number;
  /** The student's values for the example's controls. Default: none (the code's defaults). */
  readonly controls?: Readonly<Record<string, ControlValue>>;
}

/** The app's base directory, absolute: shipped files (public/) live under it, at any sub-path. */
function appBaseUrl(): string {
  return typeof document === 'undefined' ? 'http://localhost/' : new URL('./', document.baseURI).href;
}

export type RunOutcome =
  | {
      kind: 'done';
      durationMs: number;
      memory: { numTensors: number; numBytes: number; numBytesInGPU: number | null };
      backend: BackendName;
    }
  | {
      kind: 'error';
      phase: 'compile' | 'runtime' | 'backend';
      message: string;
      /** 1-based line in the user's source, when known. */
      line: number | null;
      column: number | null;
      backend: BackendName | null;
    }
  | { kind: 'stopped' };

export interface BackendAvailability {
  webgpu: { available: boolean; adapter: string | null };
  webgl: boolean;
  cpu: true;
}

export const DEFAULT_SEED = 42;

interface PendingRun {
  readonly runId: number;
  readonly onEvent: (event: WorkerEvent) => void;
  readonly resolve: (outcome: RunOutcome) => void;
  backend: BackendName | null;
}

interface WorkerSlot {
  readonly worker: Worker;
  readonly ready: Promise<void>;
}

export class RuntimeClient {
  private slot: WorkerSlot;
  private pending: PendingRun | null = null;
  private nextRunId = 1;
  private disposed = false;

  constructor() {
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
   * Runs `code` in the worker and resolves with how the run ended. Events
   * (started, print, chart, plot, progress, metrics, done, error) reach
   * `onEvent` as they arrive. One run at a time: calling `run()` while a run
   * is going stops that run first (it resolves `stopped`).
   */
  async run(code: string, options: RunOptions, onEvent: (event: WorkerEvent) => void): Promise<RunOutcome> {
    if (this.disposed) return { kind: 'error', phase: 'runtime', message: 'The runtime was closed.', line: null, column: null, backend: null };
    if (this.pending) this.stop();
    const runId = this.nextRunId++;
    const slot = this.slot;
    const outcome = new Promise<RunOutcome>((resolve) => {
      this.pending = { runId, onEvent, resolve, backend: null };
    });
    try {
      await slot.ready;
    } catch (e) {
      this.finish(runId, { kind: 'error', phase: 'backend', message: `The code runner could not start: ${String(e)}`, line: null, column: null, backend: null });
      return outcome;
    }
    // Stopped (or replaced) while the worker was loading: nothing to send.
    if (this.pending?.runId !== runId || this.slot !== slot) return outcome;
    const request: WorkerRequest = {
      type: 'run',
      runId,
      code,
      backend: options.backend,
      seed: options.seed ?? DEFAULT_SEED,
      scale: options.scale ?? 1,
      controls: options.controls ?? {},
      baseUrl: appBaseUrl(),
    };
    slot.worker.postMessage(request);
    return outcome;
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
    this.slot.worker.terminate();
    const pending = this.pending;
    if (pending) this.finish(pending.runId, { kind: 'stopped' });
  }

  private restart(): void {
    this.slot.worker.terminate();
    if (!this.disposed) this.slot = this.spawn();
  }

  private spawn(): WorkerSlot {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'lab-runtime' });
    let markReady: () => void = () => undefined;
    let markFailed: (error: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    // A failed load must not surface as an unhandled rejection when nobody awaits `ready`.
    ready.catch(() => undefined);
    let loaded = false;
    worker.addEventListener('message', (e: MessageEvent<unknown>) => {
      const message = parseWorkerMessage(e.data);
      if (message === null) return; // not ours, or malformed: ignore
      if (message.type === 'ready') {
        loaded = true;
        markReady();
        return;
      }
      this.handleEvent(message);
    });
    worker.addEventListener('error', (e: ErrorEvent) => {
      e.preventDefault();
      const reason = e.message || 'the worker script failed';
      if (!loaded) {
        markFailed(new Error(reason));
        return;
      }
      const pending = this.pending;
      if (pending && this.slot.worker === worker) {
        this.finish(pending.runId, { kind: 'error', phase: 'runtime', message: reason, line: null, column: null, backend: pending.backend });
      }
    });
    return { worker, ready };
  }

  private handleEvent(event: WorkerEvent): void {
    const pending = this.pending;
    if (!pending || event.runId !== pending.runId) return; // a late event from a stopped run
    if (event.type === 'started') pending.backend = event.info.backend;
    pending.onEvent(event);
    if (event.type === 'done') {
      this.finish(pending.runId, {
        kind: 'done',
        durationMs: event.durationMs,
        memory: { ...event.memory },
        backend: pending.backend ?? 'cpu',
      });
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
    pending.resolve(outcome);
  }
}

/** The backend after `b` in the fallback order (webgpu → webgl → cpu), or null after cpu. */
export function nextBackend(b: BackendName): BackendName | null {
  const i = BACKEND_ORDER.indexOf(b);
  return BACKEND_ORDER[i + 1] ?? null;
}

/** Page-side probe of what this browser offers (the worker re-checks before each run). */
export async function detectBackends(): Promise<BackendAvailability> {
  let adapter: string | null = null;
  let webgpu = false;
  try {
    const gpu = gpuOf(navigator);
    const found = gpu ? await gpu.requestAdapter() : null;
    if (found) {
      webgpu = true;
      adapter = adapterName(found);
    }
  } catch {
    webgpu = false;
  }
  let webgl: boolean;
  try {
    const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    webgl = canvas.getContext('webgl2') !== null;
  } catch {
    webgl = false;
  }
  return { webgpu: { available: webgpu, adapter }, webgl, cpu: true };
}
