/**
 * The runner core: compile the user's code, run it with a given tfjs and a
 * fresh `lab`, turn everything into protocol events, and leave tfjs as it
 * found it. Pure of DOM and worker globals (tfjs is passed in), so the worker
 * and the Node unit tests run exactly the same code.
 *
 * Every call emits exactly one final event: `done` or `error`.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { compileUserCodeCached, runtimeLocation } from './compile';
import { createLab, type LabEvent } from './lab';
import type { BackendName, ControlValue, WorkerEvent } from './protocol';

type Tf = typeof tfjs;

export interface RunContext {
  readonly tf: Tf;
  readonly runId: number;
  readonly code: string;
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
  readonly now?: () => number;
}

/** Errors that mean "this backend cannot run this", not "your code is wrong". */
const BACKEND_ERROR =
  /not registered for backend|device (?:was |is )?lost|GPUDevice|GPUBuffer|WebGL context (?:was )?lost|CONTEXT_LOST|Failed to (?:create|compile) (?:WebGL|shader)|\bout of memory\b/i;

export function isBackendError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return BACKEND_ERROR.test(message);
}

class BackendFailure extends Error {}

function backendMessage(backend: BackendName, detail: string): string {
  const hint =
    backend === 'webgpu'
      ? ' If the code reads tensors with dataSync() or arraySync(), use await t.data() or await t.array(): synchronous reads can lose the WebGPU device.'
      : '';
  return `The ${backend} backend failed: ${detail.replace(/\.$/, "")}.${hint}`;
}

export interface MemoryReport {
  readonly numTensors: number;
  readonly numBytes: number;
  readonly numBytesInGPU: number | null;
}

export function memoryReport(tf: Tf): MemoryReport {
  const m = tf.memory() as tfjs.MemoryInfo & { numBytesInGPU?: number };
  return { numTensors: m.numTensors, numBytes: m.numBytes, numBytesInGPU: typeof m.numBytesInGPU === 'number' ? m.numBytesInGPU : null };
}

const variableNames = (tf: Tf): Set<string> =>
  new Set(Object.keys((tf.engine().state as unknown as { registeredVariables: Record<string, unknown> }).registeredVariables));

/** The two engine methods every tensor's life passes through (tfjs-core engine.ts). */
interface EngineHooks {
  trackTensor(tensor: tfjs.Tensor, backend: unknown): void;
  disposeTensor(tensor: tfjs.Tensor): void;
}

/** Where the current run's live tensors are recorded; null between runs. */
interface Recorder {
  live: Set<tfjs.Tensor> | null;
}
const recorders = new WeakMap<object, Recorder>();

/**
 * Records every tensor created while a run goes and forgets it when it is
 * disposed, so at the end the set holds exactly what the run left alive —
 * including tensors a scope cannot free: `tf.keep`-ed ones (an SGD
 * optimizer keeps its learning-rate scalar) and variables.
 *
 * The engine's two methods are wrapped once per engine and stay wrapped
 * (recording only while a run is on). Wrapping and un-wrapping around every
 * run (adding then deleting own properties) pushed V8 to treat the engine,
 * tfjs's hottest object, as a slow dictionary: the bench measured the whole
 * runtime ~20 % slower than a bare `model.fit` because of it.
 */
function trackRunTensors(tf: Tf): { stop(): Set<tfjs.Tensor> } {
  const engine = tf.engine() as unknown as EngineHooks;
  let recorder = recorders.get(engine);
  if (!recorder) {
    const created: Recorder = { live: null };
    const { trackTensor, disposeTensor } = engine;
    engine.trackTensor = function (tensor, backend) {
      created.live?.add(tensor);
      trackTensor.call(this, tensor, backend);
    };
    engine.disposeTensor = function (tensor) {
      created.live?.delete(tensor);
      disposeTensor.call(this, tensor);
    };
    recorders.set(engine, created);
    recorder = created;
  }
  const live = new Set<tfjs.Tensor>();
  recorder.live = live;
  const active = recorder;
  return {
    stop() {
      active.live = null;
      return live;
    },
  };
}

/**
 * Disposes what a run created: tensors tracked in the run's engine scope
 * (`endScope`), variables registered during the run (layer weights,
 * optimizer slots), then any tensor still alive that the run made.
 */
function cleanUp(tf: Tf, variablesBefore: ReadonlySet<string>, leftovers: Set<tfjs.Tensor>): void {
  const engine = tf.engine();
  engine.endScope();
  const registered = (engine.state as unknown as { registeredVariables: Record<string, tfjs.Variable> }).registeredVariables;
  for (const [name, variable] of Object.entries(registered)) {
    if (!variablesBefore.has(name)) engine.disposeVariable(variable);
  }
  for (const tensor of leftovers) {
    if (!tensor.isDisposed) tensor.dispose();
  }
}

export async function runUserCode(ctx: RunContext): Promise<void> {
  const { tf, runId } = ctx;
  const now = ctx.now ?? (() => performance.now());
  const emit = (event: LabEvent): void => ctx.emit({ ...event, runId } as WorkerEvent);

  const compiled = compileUserCodeCached(ctx.code);
  if (!compiled.ok) {
    emit({ type: 'error', phase: 'compile', ...compiled.error, backend: null });
    return;
  }

  const tensorsBefore = tf.memory().numTensors;
  const variablesBefore = variableNames(tf);
  const startedAt = now();
  const tracking = trackRunTensors(tf);
  tf.engine().startScope();
  const { lab, console, charts, drain } = createLab({
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
  /** Waits for `work`, unless the backend dies first. */
  const unlessLost = (work: Promise<unknown>): Promise<unknown> => (lost ? Promise.race([work, lost]) : work);
  const classify = (e: unknown): WorkerEvent => {
    const backendBroke = e instanceof BackendFailure || isBackendError(e);
    const where = runtimeLocation(e);
    return {
      type: 'error',
      runId,
      phase: backendBroke ? 'backend' : 'runtime',
      message: backendBroke ? backendMessage(ctx.backend, where.message) : where.message,
      line: where.line,
      column: where.column,
      backend: ctx.backend,
    };
  };

  let failure: WorkerEvent | null = null;
  try {
    await unlessLost(compiled.value(tf, lab, console));
  } catch (e) {
    failure = classify(e);
  }
  // Output made before a failure still helps explain it: finish sending it.
  try {
    await unlessLost(drain());
  } catch (e) {
    failure ??= classify(e);
  }
  charts.flush();
  const leftovers = tracking.stop();
  try {
    cleanUp(tf, variablesBefore, leftovers);
  } catch (e) {
    failure ??= { type: 'error', runId, phase: 'backend', message: `Cleaning up after the run failed: ${String(e)}`, line: null, column: null, backend: ctx.backend };
  }
  if (failure) {
    ctx.emit(failure);
    return;
  }
  const memory = memoryReport(tf);
  const leaked = memory.numTensors - tensorsBefore;
  if (leaked > 0) {
    emit({ type: 'print', level: 'warn', value: { kind: 'text', text: `${leaked} tensor(s) outlived the run (still used by code that had not finished).` } });
  }
  emit({ type: 'done', durationMs: now() - startedAt, memory });
}
