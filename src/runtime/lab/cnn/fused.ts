/**
 * `lab.cnn` on WebGPU as fused kernels (kernels.ts) on tfjs's own device and
 * queue, like lab.mlp's (../mlp/fused.ts): the whole training state — every
 * parameter, then the optimizer's slots — is one float32 tensor that each
 * step's update replaces, and nothing is read back (`step` returns the loss
 * as a tensor on the GPU).
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { WebGPUBackend, WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import { denseProgram, updateProgram, type UpdateLayout } from '../mlp/kernels';
import { updateUniforms } from '../mlp/update-uniforms';
import { blockBackwardProgram, blockForwardProgram, denseBackwardProgram, softmaxLossProgram } from './kernels';
import type { CnnSpec } from './spec';
import { checkBatch, initialWeights, weightShapes, type CnnLayerTensors, type CnnTrainer, type Tf } from './trainer';

type ProgramRunner = Pick<WebGPUBackend, 'runWebGPUProgram' | 'epsilon'>;

export const cnnUpdateLayout = (spec: CnnSpec): UpdateLayout => ({
  optimizer: spec.optimizer,
  parameterCount: spec.parameterCount,
  slots: spec.slots,
  // Each block's backward output starts with its ∂L/∂F and ∂L/∂b, the dense layer's with ∂L/∂W and ∂L/∂b.
  sources: [...spec.blocks, spec.dense],
  key: `cnn_${spec.blocks.map((b) => `${b.kernelSize}x${b.channels}x${b.filters}`).join('_')}_${spec.dense.fanIn}x${spec.dense.units}`,
});

export function createFusedCnn(tf: Tf, spec: CnnSpec, gpu: ProgramRunner): CnnTrainer {
  const { blocks, dense } = spec;
  const update = updateProgram(cnnUpdateLayout(spec));
  const nextUniforms = updateUniforms(spec, spec.epsilon ?? gpu.epsilon());

  const start = initialWeights(tf, spec);
  let state: tfjs.Tensor1D = tf.tidy(() =>
    tf.concat([...start.flatMap(({ W, b }) => [W.reshape([-1]), b]), tf.zeros([spec.parameterCount * spec.slots])]) as tfjs.Tensor1D,
  );
  tf.keep(state);
  tf.dispose(start.flatMap(({ W, b }) => [W, b]));

  const run = (program: WebGPUProgram, inputs: tfjs.Tensor[], uniforms?: { type: string; data: number[] }[]): tfjs.Tensor =>
    tf.engine().makeTensorFromTensorInfo(gpu.runWebGPUProgram(program, inputs, 'float32', uniforms));

  /** Each block's [pooled | a] and the scores (the caller disposes them). */
  const forward = (xs: tfjs.Tensor4D): { acts: tfjs.Tensor[]; scores: tfjs.Tensor2D } => {
    const batch = xs.shape[0];
    const acts: tfjs.Tensor[] = [];
    blocks.forEach((block, l) => acts.push(run(blockForwardProgram(block, batch), [state, l === 0 ? xs : (acts[l - 1] as tfjs.Tensor)])));
    const scores = run(denseProgram(dense, 'linear', batch), [state, acts[acts.length - 1] as tfjs.Tensor]) as tfjs.Tensor2D;
    return { acts, scores };
  };

  /** The loss's [δ | loss] and the packed gradients: each block's, then the dense layer's. */
  const backprop = (xs: tfjs.Tensor4D, ys: tfjs.Tensor2D): { slope: tfjs.Tensor; packed: tfjs.Tensor[] } => {
    const batch = xs.shape[0];
    const { acts, scores } = forward(xs);
    const slope = run(softmaxLossProgram(batch, spec.classes), [ys, scores]);
    const top = run(denseBackwardProgram(dense, batch), [state, slope, acts[acts.length - 1] as tfjs.Tensor]);
    const packed: tfjs.Tensor[] = [];
    let deltas = top;
    let deltaOffset = dense.count;
    for (let l = blocks.length - 1; l >= 0; l--) {
      const block = blocks[l] as (typeof blocks)[number];
      const inputs = [deltas, acts[l] as tfjs.Tensor, l === 0 ? xs : (acts[l - 1] as tfjs.Tensor)];
      deltas = run(blockBackwardProgram(block, batch, deltaOffset, l > 0), l > 0 ? [state, ...inputs] : inputs);
      packed[l] = deltas;
      deltaOffset = block.count;
    }
    tf.dispose([...acts, scores]);
    return { slope, packed: [...packed, top] };
  };

  const lossOf = (slope: tfjs.Tensor): tfjs.Scalar => tf.tidy(() => tf.slice(slope, [slope.size - 1], [1]).reshape<tfjs.Scalar>([]));

  const shapes = weightShapes(spec);
  /** Layer l's W and b, from a flat list that holds them from `at` on. */
  const layerAt = (flat: tfjs.Tensor, l: number, at: number): CnnLayerTensors =>
    tf.tidy(() => {
      const shape = shapes[l] ?? [];
      const weights = shape.reduce((a, b) => a * b, 1);
      return { W: tf.slice(flat, [at], [weights]).reshape(shape), b: tf.slice(flat, [at + weights], [shape[shape.length - 1] ?? 1]) as tfjs.Tensor1D };
    });
  const layers = [...blocks, dense];

  return {
    fused: true,
    predict(xs) {
      checkBatch(spec, 'predict', xs);
      const { acts, scores } = forward(xs);
      tf.dispose(acts);
      return scores;
    },
    loss(xs, ys) {
      checkBatch(spec, 'loss', xs, ys);
      const { acts, scores } = forward(xs);
      const slope = run(softmaxLossProgram(xs.shape[0], spec.classes), [ys, scores]);
      tf.dispose([...acts, scores]);
      const loss = lossOf(slope);
      slope.dispose();
      return loss;
    },
    gradients(xs, ys) {
      checkBatch(spec, 'gradients', xs, ys);
      const { slope, packed } = backprop(xs, ys);
      const grads = layers.map((_, l) => layerAt(packed[l] as tfjs.Tensor, l, 0));
      const loss = lossOf(slope);
      tf.dispose([slope, ...packed]);
      return { loss, grads };
    },
    step(xs, ys) {
      checkBatch(spec, 'step', xs, ys);
      const { slope, packed } = backprop(xs, ys);
      const next = run(update, [state, ...packed], nextUniforms()) as tfjs.Tensor1D;
      state.dispose();
      state = tf.keep(next);
      const loss = lossOf(slope);
      tf.dispose([slope, ...packed]);
      return loss;
    },
    weights: () => layers.map(({ offset }, l) => layerAt(state, l, offset)),
    dispose() {
      state.dispose();
    },
  };
}
