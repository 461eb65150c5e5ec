/**
 * `lab.transformer` with tf ops: the path on the CPU and WebGL backends, and
 * on WebGPU with `fused: false`. The network of spec.ts written as the
 * language-models lesson writes it; gradients from tfjs (tf.variableGrads),
 * the step from tfjs's own optimizer. The fused kernels are checked against
 * this path.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { tfOptimizer } from '../update-rule';
import { PARAMETERS, type TransformerSpec } from './spec';
import { checkBatch, initialWeights, type Tf, type TransformerTensors, type TransformerTrainer } from './trainer';

export function createOpsTransformer(tf: Tf, spec: TransformerSpec): TransformerTrainer {
  const start = initialWeights(tf, spec);
  const v = {} as Record<keyof TransformerTensors, tfjs.Variable>;
  for (const name of PARAMETERS) v[name] = tf.variable(start[name]);
  tf.dispose(Object.values(start));
  const variables = PARAMETERS.map((name) => v[name]);
  const optimizer = tfOptimizer(tf, spec);
  const { context: T, width: d } = spec;
  const mask = tf.keep(tf.mul(tf.sub(tf.linalg.bandPart(tf.ones([T, T]), 0, -1), tf.eye(T)), -1e9));

  const norm = (x: tfjs.Tensor): tfjs.Tensor => {
    const { mean, variance } = tf.moments(x, -1, true);
    return tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, 1e-5)));
  };
  /** x [b, t, n] · w [n, m] → [b, t, m]. */
  const proj = (x: tfjs.Tensor, w: tfjs.Tensor): tfjs.Tensor => {
    const [b = 1, t = 1, n = 1] = x.shape;
    return tf.reshape(tf.matMul(tf.reshape(x, [b * t, n]), w as tfjs.Tensor2D), [b, t, w.shape[1] ?? n]);
  };
  const forward = (ids: tfjs.Tensor2D): tfjs.Tensor3D => {
    let x = tf.add(tf.gather(v.E, ids), v.P);
    const h = norm(x);
    const scores = tf.matMul(proj(h, v.Wq), proj(h, v.Wk), false, true);
    const weights = tf.softmax(tf.add(tf.div(scores, Math.sqrt(d)), mask));
    x = tf.add(x, proj(tf.matMul(weights, proj(h, v.Wv) as tfjs.Tensor3D), v.Wo));
    x = tf.add(x, proj(tf.relu(tf.add(proj(norm(x), v.W1), v.b1)), v.W2));
    return tf.add(proj(norm(x), v.Wout), v.bout);
  };
  const lossOf = (ids: tfjs.Tensor2D, targets: tfjs.Tensor2D): tfjs.Scalar =>
    tf.losses.softmaxCrossEntropy<tfjs.Tensor, tfjs.Scalar>(tf.oneHot(targets, spec.vocabulary), forward(ids));

  return {
    fused: false,
    predict(ids) {
      checkBatch(spec, 'predict', ids);
      return tf.tidy(() => forward(ids));
    },
    loss(ids, targets) {
      checkBatch(spec, 'loss', ids, targets);
      return tf.tidy(() => lossOf(ids, targets));
    },
    gradients(ids, targets) {
      checkBatch(spec, 'gradients', ids, targets);
      const { value, grads } = tf.variableGrads(() => lossOf(ids, targets), variables);
      const named = {} as TransformerTensors;
      for (const name of PARAMETERS) named[name] = grads[v[name].name] as tfjs.Tensor;
      return { loss: value, grads: named };
    },
    step(ids, targets) {
      checkBatch(spec, 'step', ids, targets);
      return optimizer.minimize(() => lossOf(ids, targets), true, variables) as tfjs.Scalar;
    },
    weights() {
      const copies = {} as TransformerTensors;
      for (const name of PARAMETERS) copies[name] = tf.clone(v[name]);
      return copies;
    },
    dispose() {
      optimizer.dispose();
      tf.dispose([...variables, mask]);
    },
  };
}
