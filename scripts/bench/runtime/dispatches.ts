/**
 * Issue 14's "before" figures: how many GPU compute dispatches and queue
 * submits one training step costs on tfjs's WebGPU backend, counted on the
 * page's own device by wrapping `GPUComputePassEncoder.dispatchWorkgroups`
 * and `GPUQueue.submit`. A step is `optimizer.minimize` of the mean squared
 * error on one batch, as the course's hand-written loops do; the counts do
 * not depend on the GPU (SwiftShader here), only on tfjs's kernels. The same
 * step as `lab.mlp`'s fused kernels (src/runtime/lab/mlp) is counted beside
 * it, timed, and held to tfjs's weights after 100 steps.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { createMlp } from '../../../src/runtime/lab/mlp';

const counts = { dispatches: 0, submits: 0 };

/** `prototype[name]`, taken off the prototype to be called again with the instance's own `this`. */
function original<T>(prototype: T, name: keyof T & string): (this: T, ...args: unknown[]) => unknown {
  return Object.getOwnPropertyDescriptor(prototype, name)?.value as (this: T, ...args: unknown[]) => unknown;
}

function countGpuCalls(): void {
  const dispatch = original(GPUComputePassEncoder.prototype, 'dispatchWorkgroups');
  GPUComputePassEncoder.prototype.dispatchWorkgroups = function (this: GPUComputePassEncoder, ...args: unknown[]) {
    counts.dispatches++;
    dispatch.apply(this, args);
  };
  const submit = original(GPUQueue.prototype, 'submit');
  GPUQueue.prototype.submit = function (this: GPUQueue, ...args: unknown[]) {
    counts.submits++;
    submit.apply(this, args);
  };
}

export interface DispatchCount {
  readonly dispatchesPerStep: number;
  readonly submitsPerStep: number;
  readonly finalLoss: number;
  /** Wall time per step over the counted steps, the last one's loss read back (SwiftShader here: information only). */
  readonly msPerStep: number;
}

type Mode = 'tfjs' | 'fused';
type OptimizerName = 'sgd' | 'adam';
const LEARNING_RATE = { sgd: 0.03, adam: 0.01 } as const;

/** One training step as a closure, in tfjs's own ops or as `lab.mlp`'s fused kernels, from the same starting weights. */
function makeTrainer(widths: readonly number[], optimizerName: OptimizerName, mode: Mode, x: tf.Tensor2D, y: tf.Tensor2D) {
  const net = createMlp(tf, { sizes: widths, optimizer: optimizerName, learningRate: LEARNING_RATE[optimizerName], fused: mode === 'fused', seed: 10 }, 10);
  if (mode === 'fused') {
    if (!net.fused) throw new Error('lab.mlp did not fuse on WebGPU');
    return { step: () => net.step(x, y), weights: () => net.weights().flatMap((l) => [l.W, l.b]), dispose: () => net.dispose() };
  }
  const start = net.weights();
  net.dispose();
  const layers = start.map(({ W, b }) => ({ w: tf.variable(W), b: tf.variable(b) }));
  tf.dispose(start.flatMap(({ W, b }) => [W, b]));
  const forward = () =>
    layers.reduce<tf.Tensor>((h, { w, b }, i) => {
      const z = h.matMul(w).add(b);
      return i < layers.length - 1 ? z.tanh() : z;
    }, x);
  const optimizer = optimizerName === 'sgd' ? tf.train.sgd(LEARNING_RATE.sgd) : tf.train.adam(LEARNING_RATE.adam);
  return {
    step: () => optimizer.minimize(() => tf.losses.meanSquaredError(y, forward()), true) as tf.Scalar,
    weights: () => layers.flatMap(({ w, b }) => [w.clone(), b.clone()]),
    dispose: () => {
      optimizer.dispose();
      tf.dispose(layers.flatMap((l) => [l.w, l.b]));
    },
  };
}

const batchOf = (widths: readonly number[], batch: number) => ({
  x: tf.randomUniform<tf.Rank.R2>([batch, widths[0] ?? 1], -1, 1, 'float32', 1),
  y: tf.randomUniform<tf.Rank.R2>([batch, widths.at(-1) ?? 1], -1, 1, 'float32', 2),
});

/**
 * A dense network (`widths`, e.g. [2, 4, 2, 1], tanh between layers, linear
 * output) trained for `steps` steps on a fixed batch of `batch` points after
 * `warmUp` steps (shader compiles, first allocations); the counts are per step.
 */
async function countSteps(widths: readonly number[], optimizerName: OptimizerName, batch: number, warmUp: number, steps: number, mode: Mode = 'tfjs'): Promise<DispatchCount> {
  if (!(await tf.setBackend('webgpu'))) throw new Error('WebGPU did not start');
  const { x, y } = batchOf(widths, batch);
  const trainer = makeTrainer(widths, optimizerName, mode, x, y);
  for (let i = 0; i < warmUp; i++) trainer.step().dispose();
  // Wait for the warm-up's work before counting.
  const flush = tf.zeros([1]);
  await flush.data();
  flush.dispose();
  counts.dispatches = 0;
  counts.submits = 0;
  const started = performance.now();
  let last: tf.Scalar | null = null;
  for (let i = 0; i < steps; i++) {
    last?.dispose();
    last = trainer.step();
  }
  const finalLoss = last ? (await last.data())[0] ?? NaN : NaN;
  const msPerStep = (performance.now() - started) / steps;
  const result = { dispatchesPerStep: counts.dispatches / steps, submitsPerStep: counts.submits / steps, finalLoss, msPerStep };
  last?.dispose();
  trainer.dispose();
  tf.dispose([x, y]);
  return result;
}

/**
 * Issue 14's parity goal: the fused steps' weights after `steps` steps
 * against tfjs's own ops from the same start, on WebGPU and on the CPU
 * backend: max |w − w_ref| / max |w_ref| over every weight.
 */
async function parity(widths: readonly number[], optimizerName: OptimizerName, batch: number, steps: number): Promise<{ webgpu: number; cpu: number }> {
  const train = async (backend: 'webgpu' | 'cpu', mode: Mode): Promise<number[]> => {
    if (!(await tf.setBackend(backend))) throw new Error(`${backend} did not start`);
    const { x, y } = batchOf(widths, batch);
    const trainer = makeTrainer(widths, optimizerName, mode, x, y);
    for (let i = 0; i < steps; i++) trainer.step().dispose();
    const weights = trainer.weights();
    const values = (await Promise.all(weights.map((w) => w.data()))).flatMap((a) => Array.from(a));
    tf.dispose([...weights, x, y]);
    trainer.dispose();
    return values;
  };
  const gap = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? NaN)))) / Math.max(...b.map(Math.abs));
  const fused = await train('webgpu', 'fused');
  const webgpu = gap(fused, await train('webgpu', 'tfjs'));
  const cpu = gap(fused, await train('cpu', 'tfjs'));
  await tf.setBackend('webgpu');
  return { webgpu, cpu };
}

countGpuCalls();
Object.assign(window, { benchDispatches: countSteps, benchParity: parity });
