/**
 * `lab.cnn` with tf ops: the path on the CPU and WebGL backends, and on
 * WebGPU with `fused: false`. The network is what a tf.layers model of
 * conv2d (ReLU) → maxPooling2d blocks, flatten and dense computes; gradients
 * come from tfjs (tf.variableGrads), the step from tfjs's own optimizer. The
 * fused kernels (kernels.ts) are checked against this path.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { tfOptimizer } from '../update-rule';
import type { CnnSpec } from './spec';
import { checkBatch, initialWeights, type CnnLayerTensors, type CnnTrainer, type Tf } from './trainer';

export function createOpsCnn(tf: Tf, spec: CnnSpec): CnnTrainer {
  const start = initialWeights(tf, spec);
  const params = start.map(({ W, b }) => ({ W: tf.variable(W), b: tf.variable(b) }));
  tf.dispose(start.flatMap(({ W, b }) => [W, b]));
  const variables = params.flatMap(({ W, b }) => [W, b]);
  const optimizer = tfOptimizer(tf, spec);
  const dense = params[params.length - 1] as { W: tfjs.Variable; b: tfjs.Variable };

  const forward = (xs: tfjs.Tensor4D): tfjs.Tensor2D => {
    let h = xs;
    spec.blocks.forEach((_, l) => {
      const { W, b } = params[l] as { W: tfjs.Variable; b: tfjs.Variable };
      h = tf.maxPool(tf.relu(tf.add<tfjs.Tensor4D>(tf.conv2d(h, W as tfjs.Tensor4D, 1, 'valid'), b)), 2, 2, 'valid');
    });
    return tf.add(tf.matMul(tf.reshape(h, [xs.shape[0], -1]), dense.W as tfjs.Tensor2D), dense.b);
  };
  const lossOf = (xs: tfjs.Tensor4D, ys: tfjs.Tensor2D): tfjs.Scalar => tf.losses.softmaxCrossEntropy<tfjs.Tensor, tfjs.Scalar>(tf.cast(ys, 'float32'), forward(xs));

  return {
    fused: false,
    predict(xs) {
      checkBatch(spec, 'predict', xs);
      return tf.tidy(() => forward(xs));
    },
    loss(xs, ys) {
      checkBatch(spec, 'loss', xs, ys);
      return tf.tidy(() => lossOf(xs, ys));
    },
    gradients(xs, ys) {
      checkBatch(spec, 'gradients', xs, ys);
      const { value, grads } = tf.variableGrads(() => lossOf(xs, ys), variables);
      const layers: CnnLayerTensors[] = params.map(({ W, b }) => ({ W: grads[W.name] as tfjs.Tensor, b: grads[b.name] as tfjs.Tensor1D }));
      return { loss: value, grads: layers };
    },
    step(xs, ys) {
      checkBatch(spec, 'step', xs, ys);
      return optimizer.minimize(() => lossOf(xs, ys), true, variables) as tfjs.Scalar;
    },
    weights: () => params.map(({ W, b }) => ({ W: tf.clone(W), b: tf.clone(b) })),
    dispose() {
      optimizer.dispose();
      tf.dispose(variables);
    },
  };
}
