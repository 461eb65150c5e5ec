/**
 * Issue 14's "before" figures: how many GPU compute dispatches and queue
 * submits one training step costs on tfjs's WebGPU backend, counted on the
 * page's own device by wrapping `GPUComputePassEncoder.dispatchWorkgroups`
 * and `GPUQueue.submit`. A step is `optimizer.minimize` of the mean squared
 * error on one batch, as the course's hand-written loops do; the counts do
 * not depend on the GPU (SwiftShader here), only on tfjs's kernels.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';

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
}

/**
 * A dense network (`widths`, e.g. [2, 4, 2, 1], tanh between layers, linear
 * output) trained for `steps` steps on a fixed batch of `batch` points after
 * `warmUp` steps (shader compiles, first allocations); the counts are per step.
 */
async function countSteps(widths: readonly number[], optimizerName: 'sgd' | 'adam', batch: number, warmUp: number, steps: number): Promise<DispatchCount> {
  if (!(await tf.setBackend('webgpu'))) throw new Error('WebGPU did not start');
  const x = tf.randomUniform([batch, widths[0] ?? 1], -1, 1, 'float32', 1);
  const y = tf.randomUniform([batch, widths.at(-1) ?? 1], -1, 1, 'float32', 2);
  const layers = widths.slice(1).map((units, i) => ({
    w: tf.variable(tf.randomNormal([widths[i] ?? 1, units], 0, 0.5, 'float32', 10 + i)),
    b: tf.variable(tf.zeros([units])),
  }));
  const forward = () =>
    layers.reduce<tf.Tensor>((h, { w, b }, i) => {
      const z = h.matMul(w).add(b);
      return i < layers.length - 1 ? z.tanh() : z;
    }, x);
  const optimizer = optimizerName === 'sgd' ? tf.train.sgd(0.03) : tf.train.adam(0.01);
  const step = () => optimizer.minimize(() => tf.losses.meanSquaredError(y, forward()), true);
  for (let i = 0; i < warmUp; i++) step()?.dispose();
  // Wait for the warm-up's work before counting.
  const flush = tf.zeros([1]);
  await flush.data();
  flush.dispose();
  counts.dispatches = 0;
  counts.submits = 0;
  let last: tf.Scalar | null = null;
  for (let i = 0; i < steps; i++) {
    last?.dispose();
    last = step();
  }
  const finalLoss = last ? (await last.data())[0] ?? NaN : NaN;
  const result = { dispatchesPerStep: counts.dispatches / steps, submitsPerStep: counts.submits / steps, finalLoss };
  last?.dispose();
  optimizer.dispose();
  tf.dispose([x, y, ...layers.flatMap((l) => [l.w, l.b])]);
  return result;
}

countGpuCalls();
(window as unknown as { benchDispatches: typeof countSteps }).benchDispatches = countSteps;
