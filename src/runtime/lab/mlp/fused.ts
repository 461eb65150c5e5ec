/**
 * `lab.mlp` on WebGPU as fused kernels (kernels.ts) on tfjs's own device,
 * its training state one flat tensor (../fused-state.ts). Nothing is read
 * back: `step` returns the loss as a tensor on the GPU (the course's loops
 * read it once per epoch).
 */
import type * as tfjs from '@tensorflow/tfjs';
import { createFusedState, type ProgramRunner } from '../fused-state';
import { backwardProgram, denseProgram, lossSlopeProgram, mlpUpdateLayout } from './kernels';
import type { MlpSpec } from './spec';
import { checkBatch, initialWeights, type LayerTensors, type MlpTrainer, type Tf } from './trainer';

export function createFusedMlp(tf: Tf, spec: MlpSpec, gpu: ProgramRunner): MlpTrainer {
  const { layers } = spec;
  const last = layers.length - 1;
  const start = initialWeights(tf, spec);
  const state = createFusedState(tf, gpu, mlpUpdateLayout(spec), spec, start.flatMap(({ W, b }) => [W, b]));
  tf.dispose(start.flatMap(({ W, b }) => [W, b]));
  const { run, lossOf } = state;

  /** Every layer's output, the input first (the caller disposes all but the input). */
  const forward = (xs: tfjs.Tensor2D): tfjs.Tensor2D[] => {
    const outputs = [xs];
    layers.forEach((layer, l) => {
      outputs.push(run(denseProgram(layer, l < last ? spec.activation : 'linear', xs.shape[0]), [state.current(), outputs[l] as tfjs.Tensor]) as tfjs.Tensor2D);
    });
    return outputs;
  };

  /** The loss slope's output [δ | loss] and each layer's packed [∂L/∂W | ∂L/∂b | δ below]. */
  const backprop = (xs: tfjs.Tensor2D, ys: tfjs.Tensor2D): { slope: tfjs.Tensor; packed: tfjs.Tensor[] } => {
    const a = forward(xs);
    const z = a[a.length - 1] as tfjs.Tensor2D;
    const slope = run(lossSlopeProgram(spec.loss, z.size), [z, ys]);
    const packed: tfjs.Tensor[] = [];
    let deltas = slope;
    let deltaOffset = 0;
    for (let l = last; l >= 0; l--) {
      const layer = layers[l] as (typeof layers)[number];
      const below = l > 0 ? spec.activation : undefined;
      const inputs = [deltas, a[l] as tfjs.Tensor];
      deltas = run(backwardProgram(layer, xs.shape[0], deltaOffset, below), below ? [state.current(), ...inputs] : inputs);
      packed[l] = deltas;
      deltaOffset = layer.count;
    }
    tf.dispose(a.slice(1));
    return { slope, packed };
  };

  const split = (flat: tfjs.Tensor): LayerTensors[] =>
    tf.tidy(() =>
      layers.map(({ fanIn, units, offset, biasOffset }) => ({
        W: tf.slice(flat, [offset], [fanIn * units]).reshape<tfjs.Tensor2D>([fanIn, units]),
        b: tf.slice(flat, [biasOffset], [units]) as tfjs.Tensor1D,
      })),
    );

  return {
    fused: true,
    predict(xs) {
      checkBatch(spec, 'predict', xs);
      const a = forward(xs);
      tf.dispose(a.slice(1, -1));
      return a[a.length - 1] as tfjs.Tensor2D;
    },
    loss(xs, ys) {
      checkBatch(spec, 'loss', xs, ys);
      const a = forward(xs);
      const slope = run(lossSlopeProgram(spec.loss, ys.size), [a[a.length - 1] as tfjs.Tensor, ys]);
      tf.dispose(a.slice(1));
      const loss = lossOf(slope);
      slope.dispose();
      return loss;
    },
    gradients(xs, ys) {
      checkBatch(spec, 'gradients', xs, ys);
      const { slope, packed } = backprop(xs, ys);
      const grads = packed.map((g, l) => {
        const { fanIn, units } = layers[l] as (typeof layers)[number];
        return tf.tidy(() => ({
          W: tf.slice(g, [0], [fanIn * units]).reshape<tfjs.Tensor2D>([fanIn, units]),
          b: tf.slice(g, [fanIn * units], [units]) as tfjs.Tensor1D,
        }));
      });
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
    weights: () => split(state.current()),
    dispose() {
      state.dispose();
    },
  };
}
