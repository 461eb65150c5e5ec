/**
 * The runner core: compile the user's code, run it with a given tfjs and a
 * fresh `lab`, turn everything into protocol events, and leave tfjs and the
 * global scope as it found them. Pure of DOM and worker globals (tfjs and
 * the run scope are passed in), so the worker and the Node unit tests run
 * exactly the same code.
 *
 * Every call emits exactly one final event, `done` or `error`, whatever the
 * code throws; nothing the run started outlives it (its timers are
 * cancelled, its tensors and variables disposed, its globals restored) and
 * nothing it emits after the final event goes out.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { createChecks, withChecker } from './checks';
import { clipText } from './clip';
import { compileUserCodeCached, describeThrown, runtimeLocation } from './compile';
import { createLab, type LabEvent } from './lab';
import type { BackendName, ControlValue, WorkerEvent } from './protocol';
import { explainSandbox } from './sandbox/reach';
import type { RunScope, RunScopeReport } from './sandbox/run-scope';
import type { GpuCounts } from './gpu-counters';
import { cleanUp, memoryReport, trackRunTensors, variableNames } from './tensor-tracking';

export { memoryReport, type MemoryReport } from './tensor-tracking';

type Tf = typeof tfjs;

// Taken when the module loads: student code runs in the same global scope and
// may replace `Promise` or `performance` during its run; the run must still end.
const race = Promise.race.bind(Promise) as <T>(values: Iterable<T | PromiseLike<T>>) => Promise<Awaited<T>>;
const performanceNow = performance.now.bind(performance);

export interface RunContext {
  readonly tf: Tf;
  readonly runId: number;
  readonly code: string;
  /**
   * An exercise's checker (checks.ts): run after the code, in its scope; each
   * of its checks becomes a `check` event. Absent for ordinary runs.
   */
  readonly checker?: string;
  readonly seed: number;
  readonly scale: number;
  /** The backend already set with `tf.setBackend` (the runner does not choose it). */
  readonly backend: BackendName;
  readonly emit: (event: WorkerEvent) => void;
  /** The student's values for the example's controls (`lab.control`). */
  readonly controls?: Readonly<Record<string, ControlValue>>;
  /** The app's base URL, for `lab.url` and the fetch helpers. */
  readonly baseUrl?: string;
  /**
   * Settles with a reason if the backend dies mid-run (e.g. a WebGPU device
   * is lost); the run then ends with a `backend` error instead of hanging.
   */
  readonly backendFailure?: Promise<string>;
  /** Rejects with an error the code threw where no one could catch it (a timer's callback). */
  readonly uncaught?: Promise<never>;
  /** Timers, listeners and globals of the run, ended or undone when it ends (sandbox/run-scope.ts). */
  readonly scope?: RunScope;
  /** Called, before the final event, when the run changed what a later run would see and the scope could not undo it. */
  readonly retire?: (reason: string) => void;
  readonly now?: () => number;
  /** The worker's running totals of GPU dispatches and submits (gpu-counters.ts), on WebGPU only. */
  readonly gpuCounts?: () => GpuCounts;
}

/** Errors that mean "this backend cannot run this", not "your code is wrong". */
const BACKEND_ERROR =
  /not registered for backend|device (?:was |is )?lost|GPUDevice|GPUBuffer|WebGL context (?:was )?lost|CONTEXT_LOST|Failed to (?:create|compile) (?:WebGL|shader)|\bout of memory\b/i;

export function isBackendError(error: unknown): boolean {
  return BACKEND_ERROR.test(describeThrown(error));
}

class BackendFailure extends Error {}

function backendMessage(backend: BackendName, detail: string): string {
  const hint =
    backend === 'webgpu'
      ? ' If the code reads tensors with dataSync() or arraySync(), use await t.data() or await t.array(): synchronous reads can lose the WebGPU device.'
      : '';
  return `The ${backend} backend failed: ${detail.replace(/\.$/, '')}.${hint}`;
}

/** A warning for timers the code left running, or null when it left none. */
function leftoverTimers(report: RunScopeReport | null): string | null {
  if (!report) return null;
  const { timeouts, intervals, frames } = report.cancelled;
  if (intervals === 0) return null;
  const others = timeouts + frames;
  return (
    `Stopped ${intervals} setInterval timer(s)${others > 0 ? ` and ${others} pending callback(s)` : ''} the code left running: ` +
    'a run ends when its code finishes. To keep a loop in the run, await it (for example with await lab.sleep(ms) in a loop).'
  );
}

export async function runUserCode(ctx: RunContext): Promise<void> {
  const { tf, runId } = ctx;
  const now = ctx.now ?? performanceNow;
  let closed = false;
  /** The run's events; nothing goes out after its final event. */
  const send = (event: WorkerEvent): void => {
    if (!closed) ctx.emit(event);
  };
  const emit = (event: LabEvent): void => send({ ...event, runId });
  const fail = (phase: 'compile' | 'runtime' | 'backend', message: string, line: number | null, column: number | null, backend: BackendName | null): WorkerEvent => ({
    type: 'error',
    runId,
    phase,
    message: clipText(message),
    line,
    column,
    backend,
  });

  const compiled = compileUserCodeCached(ctx.checker === undefined ? ctx.code : withChecker(ctx.code, ctx.checker));
  if (!compiled.ok) {
    send(fail('compile', compiled.error.message, compiled.error.line, compiled.error.column, null));
    closed = true;
    return;
  }

  const tensorsBefore = tf.memory().numTensors;
  const variablesBefore = variableNames(tf);
  const startedAt = now();
  const gpuBefore = ctx.gpuCounts?.();
  const tracking = trackRunTensors(tf);
  tf.engine().startScope();
  ctx.scope?.begin();
  const { lab, console, charts, drain, steps } = createLab({
    tf,
    seed: ctx.seed,
    scale: ctx.scale,
    backend: ctx.backend,
    emit,
    now,
    ...(ctx.controls ? { controls: ctx.controls } : {}),
    ...(ctx.baseUrl ? { baseUrl: ctx.baseUrl } : {}),
  });
  const lost = ctx.backendFailure?.then((reason) => {
    throw new BackendFailure(reason);
  });
  const stoppers = [lost, ctx.uncaught].filter((p): p is Promise<never> => p !== undefined);
  /** Waits for `work`, unless the backend dies or the code throws from a callback first. */
  const unlessStopped = (work: Promise<unknown>): Promise<unknown> => (stoppers.length > 0 ? race([work, ...stoppers]) : work);
  const classify = (e: unknown): WorkerEvent => {
    const backendBroke = e instanceof BackendFailure || isBackendError(e);
    const where = runtimeLocation(e);
    const message = backendBroke ? backendMessage(ctx.backend, where.message) : explainSandbox(where.message);
    return fail(backendBroke ? 'backend' : 'runtime', message, where.line, where.column, ctx.backend);
  };

  let failure: WorkerEvent | null = null;
  let report: RunScopeReport | null = null;
  try {
    try {
      await unlessStopped(compiled.value(tf, lab, console, ctx.checker === undefined ? undefined : createChecks((check) => send({ ...check, runId }))));
    } catch (e) {
      failure = classify(e);
    }
    // Output made before a failure still helps explain it: finish sending it.
    try {
      await unlessStopped(drain());
    } catch (e) {
      failure ??= classify(e);
    }
    report = ctx.scope?.end() ?? null;
    charts.flush();
  } catch (e) {
    failure ??= fail('runtime', `The run could not finish: ${describeThrown(e)}`, null, null, ctx.backend);
  }
  const leftovers = tracking.stop();
  try {
    cleanUp(tf, variablesBefore, leftovers);
  } catch (e) {
    failure ??= fail('backend', `Cleaning up after the run failed: ${describeThrown(e)}`, null, null, ctx.backend);
  }
  const timers = leftoverTimers(report);
  if (timers) emit({ type: 'print', level: 'warn', value: { kind: 'text', text: timers } });
  if (report && report.lasting.length > 0) ctx.retire?.(`the run changed ${report.lasting.join(', ')}`);
  if (failure) {
    send(failure);
    closed = true;
    return;
  }
  const gpuAfter = ctx.gpuCounts?.();
  const gpuWork =
    gpuBefore && gpuAfter
      ? {
          dispatches: gpuAfter.dispatches - gpuBefore.dispatches,
          submits: gpuAfter.submits - gpuBefore.submits,
          readbacks: gpuAfter.readbacks - gpuBefore.readbacks,
          steps: steps(),
        }
      : undefined;
  const memory = { ...memoryReport(tf), ...(gpuWork ? { gpuWork } : {}) };
  const leaked = memory.numTensors - tensorsBefore;
  if (leaked > 0) {
    emit({ type: 'print', level: 'warn', value: { kind: 'text', text: `${leaked} tensor(s) outlived the run (still used by code that had not finished).` } });
  }
  emit({ type: 'done', durationMs: Math.max(0, now() - startedAt), memory });
  closed = true;
}
