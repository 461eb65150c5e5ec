/**
 * `lab.mlp` with tf ops: the path on the CPU and WebGL backends, and on
 * WebGPU with `fused: false`. Backpropagation is written out (not tf.grad),
 * with the same formulas the fused kernels use, so the property test that
 * compares it with `tf.grad` checks the formulas on every backend:
 *
 *   forward   a₀ = x,  aₗ₊₁ = f(aₗ·Wₗ + bₗ)   (the last layer without f)
 *   output    δ = ∂L/∂z:  MSE 2(z − y)/N,  sigmoid cross-entropy (σ(z) − y)/N
 *   layer l   ∂L/∂Wₗ = aₗᵀ·δ,  ∂L/∂bₗ = Σ_rows δ,  δ ← (δ·Wₗᵀ) ⊙ f′(aₗ)
 *
 * with N the number of outputs in the batch (rows × units), since both
 * losses are means. The step itself is tfjs's own optimizer.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { tfOptimizer } from '../update-rule';
import type { MlpSpec } from './spec';
import { activate, activationSlope, checkBatch, initialWeights, type LayerTensors, type MlpTrainer, type Tf } from './trainer';

export function createOpsMlp(tf: Tf, spec: MlpSpec): MlpTrainer {
  const start = initialWeights(tf, spec);
  const params = start.map(({ W, b }) => ({ W: tf.variable(W), b: tf.variable(b) }));
  tf.dispose(start.flatMap(({ W, b }) => [W, b]));
  const optimizer = tfOptimizer(tf, spec);
  const last = params.length - 1;

  /** Every layer's output, the input first. */
  const forward = (xs: tfjs.Tensor2D): tfjs.Tensor2D[] => {
    const outputs = [xs];
    params.forEach(({ W, b }, l) => {
      const z = tf.add<tfjs.Tensor2D>(tf.matMul(outputs[l] as tfjs.Tensor2D, W), b);
      outputs.push(l < last ? activate(tf, spec.activation, z) : z);
    });
    return outputs;
  };
  const lossOf = (z: tfjs.Tensor2D, ys: tfjs.Tensor2D): tfjs.Scalar =>
    spec.loss === 'meanSquaredError' ? tf.losses.meanSquaredError(ys, z) : tf.losses.sigmoidCrossEntropy(ys, z);
  const outputSlope = (z: tfjs.Tensor2D, ys: tfjs.Tensor2D): tfjs.Tensor2D =>
    spec.loss === 'meanSquaredError' ? tf.mul(tf.sub(z, ys), 2 / z.size) : tf.div(tf.sub(tf.sigmoid(z), ys), z.size);

  const backprop = (xs: tfjs.Tensor2D, ys: tfjs.Tensor2D): { loss: tfjs.Scalar; grads: LayerTensors[] } =>
    tf.tidy(() => {
      const a = forward(xs);
      const z = a[a.length - 1] as tfjs.Tensor2D;
      let delta = outputSlope(z, ys);
      const grads: LayerTensors[] = [];
      for (let l = last; l >= 0; l--) {
        const input = a[l] as tfjs.Tensor2D;
        grads[l] = { W: tf.matMul(input, delta, true, false), b: tf.sum(delta, 0) };
        if (l > 0) delta = tf.mul(tf.matMul(delta, (params[l] as LayerTensors).W, false, true), activationSlope(tf, spec.activation, input));
      }
      return { loss: lossOf(z, ys), grads };
    });

  return {
    fused: false,
    predict(xs) {
      checkBatch(spec, 'predict', xs);
      return tf.tidy(() => forward(xs).at(-1) as tfjs.Tensor2D);
    },
    loss(xs, ys) {
      checkBatch(spec, 'loss', xs, ys);
      return tf.tidy(() => lossOf(forward(xs).at(-1) as tfjs.Tensor2D, ys));
    },
    gradients(xs, ys) {
      checkBatch(spec, 'gradients', xs, ys);
      return backprop(xs, ys);
    },
    step(xs, ys) {
      checkBatch(spec, 'step', xs, ys);
      const { loss, grads } = backprop(xs, ys);
      const named: Record<string, tfjs.Tensor> = {};
      grads.forEach(({ W, b }, l) => {
        const p = params[l] as { W: tfjs.Variable; b: tfjs.Variable };
        named[p.W.name] = W;
        named[p.b.name] = b;
      });
      optimizer.applyGradients(named);
      tf.dispose(Object.values(named));
      return loss;
    },
    weights: () => params.map(({ W, b }) => ({ W: tf.clone(W), b: tf.clone(b) })),
    dispose() {
      optimizer.dispose();
      tf.dispose(params.flatMap(({ W, b }) => [W, b]));
    },
  };
}
