/**
 * `lab.cnn` on WebGPU as fused kernels (kernels.ts) on tfjs's own device,
 * like lab.mlp's: the training state one flat tensor (../fused-state.ts),
 * nothing read back (`step` returns the loss as a tensor on the GPU).
 */
import type * as tfjs from '@tensorflow/tfjs';
import { createFusedState, type ProgramRunner } from '../fused-state';
import { denseProgram, type UpdateLayout } from '../mlp/kernels';
import { blockBackwardProgram, blockForwardProgram, denseBackwardProgram, softmaxLossProgram } from './kernels';
import type { CnnSpec } from './spec';
import { checkBatch, initialWeights, weightShapes, type CnnLayerTensors, type CnnTrainer, type Tf } from './trainer';

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
  const start = initialWeights(tf, spec);
  const state = createFusedState(tf, gpu, cnnUpdateLayout(spec), spec, start.flatMap(({ W, b }) => [W, b]));
  tf.dispose(start.flatMap(({ W, b }) => [W, b]));
  const { run, lossOf } = state;

  /** Each block's [pooled | a] and the scores (the caller disposes them). */
  const forward = (xs: tfjs.Tensor4D): { acts: tfjs.Tensor[]; scores: tfjs.Tensor2D } => {
    const batch = xs.shape[0];
    const acts: tfjs.Tensor[] = [];
    blocks.forEach((block, l) => acts.push(run(blockForwardProgram(block, batch), [state.current(), l === 0 ? xs : (acts[l - 1] as tfjs.Tensor)])));
    const scores = run(denseProgram(dense, 'linear', batch), [state.current(), acts[acts.length - 1] as tfjs.Tensor]) as tfjs.Tensor2D;
    return { acts, scores };
  };

  /** The loss's [δ | loss] and the packed gradients: each block's, then the dense layer's. */
  const backprop = (xs: tfjs.Tensor4D, ys: tfjs.Tensor2D): { slope: tfjs.Tensor; packed: tfjs.Tensor[] } => {
    const batch = xs.shape[0];
    const { acts, scores } = forward(xs);
    const slope = run(softmaxLossProgram(batch, spec.classes), [ys, scores]);
    const top = run(denseBackwardProgram(dense, batch), [state.current(), slope, acts[acts.length - 1] as tfjs.Tensor]);
    const packed: tfjs.Tensor[] = [];
    let deltas = top;
    let deltaOffset = dense.count;
    for (let l = blocks.length - 1; l >= 0; l--) {
      const block = blocks[l] as (typeof blocks)[number];
      const inputs = [deltas, acts[l] as tfjs.Tensor, l === 0 ? xs : (acts[l - 1] as tfjs.Tensor)];
      deltas = run(blockBackwardProgram(block, batch, deltaOffset, l > 0), l > 0 ? [state.current(), ...inputs] : inputs);
      packed[l] = deltas;
      deltaOffset = block.count;
    }
    tf.dispose([...acts, scores]);
    return { slope, packed: [...packed, top] };
  };

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
      state.update(packed);
      const loss = lossOf(slope);
      tf.dispose([slope, ...packed]);
      return loss;
    },
    weights: () => layers.map(({ offset }, l) => layerAt(state.current(), l, offset)),
    dispose() {
      state.dispose();
    },
  };
}
