/**
 * Which tensors and variables a run created, and disposing them when it
 * ends: a run leaves tfjs as it found it, whatever its code forgot.
 */
import type * as tfjs from '@tensorflow/tfjs';

type Tf = typeof tfjs;

export interface MemoryReport {
  readonly numTensors: number;
  readonly numBytes: number;
  readonly numBytesInGPU: number | null;
}

export function memoryReport(tf: Tf): MemoryReport {
  const m = tf.memory() as tfjs.MemoryInfo & { numBytesInGPU?: number };
  return { numTensors: m.numTensors, numBytes: m.numBytes, numBytesInGPU: typeof m.numBytesInGPU === 'number' ? m.numBytesInGPU : null };
}

export const variableNames = (tf: Tf): Set<string> =>
  new Set(Object.keys((tf.engine().state as unknown as { registeredVariables: Record<string, unknown> }).registeredVariables));

/** The two engine methods every tensor's life passes through (tfjs-core engine.ts). */
/** tfjs's own methods: functions that need the engine as `this`. */
interface EngineHooks {
  trackTensor: (this: EngineHooks, tensor: tfjs.Tensor, backend: unknown) => void;
  disposeTensor: (this: EngineHooks, tensor: tfjs.Tensor) => void;
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
export function trackRunTensors(tf: Tf): { stop(): Set<tfjs.Tensor> } {
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
export function cleanUp(tf: Tf, variablesBefore: ReadonlySet<string>, leftovers: Set<tfjs.Tensor>): void {
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

