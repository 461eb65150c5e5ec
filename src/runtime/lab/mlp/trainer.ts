/**
 * What both of `lab.mlp`'s training paths offer (fused WGSL kernels on
 * WebGPU, tf ops elsewhere), the starting weights they share, and the
 * shape checks every call makes.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { shownValue } from '../update-rule';
import type { MlpActivation, MlpSpec } from './spec';

export type Tf = typeof tfjs;

/** A type, not an interface: tf.tidy returns only index-signature shapes (TensorContainer). */
export type LayerTensors = {
  readonly W: tfjs.Tensor2D;
  readonly b: tfjs.Tensor1D;
};

export interface MlpTrainer {
  /** True when each step runs as a handful of fused WebGPU kernels. */
  readonly fused: boolean;
  /** The last layer's output for each row of `xs` (scores: apply σ yourself for probabilities). */
  predict(xs: tfjs.Tensor2D): tfjs.Tensor2D;
  /** The loss on one batch, without training. */
  loss(xs: tfjs.Tensor2D, ys: tfjs.Tensor2D): tfjs.Scalar;
  /** The loss and ∂loss/∂W, ∂loss/∂b for each layer, by backpropagation, without training. */
  gradients(xs: tfjs.Tensor2D, ys: tfjs.Tensor2D): { loss: tfjs.Scalar; grads: LayerTensors[] };
  /** One training step on one batch; returns that batch's loss (before the step), left on the device. */
  step(xs: tfjs.Tensor2D, ys: tfjs.Tensor2D): tfjs.Scalar;
  /** Copies of the current weights, layer by layer. */
  weights(): LayerTensors[];
  dispose(): void;
}

/**
 * Glorot-uniform weights seeded `seed + l` for layer l, zero biases: what
 * `tf.initializers.glorotUniform({ seed })` gives a hand-written network, so
 * a loop moved onto `lab.mlp` starts from the same numbers.
 */
export function initialWeights(tf: Tf, spec: MlpSpec): LayerTensors[] {
  return spec.layers.map(({ fanIn, units }, l) => ({
    W: tf.initializers.glorotUniform({ seed: spec.seed + l }).apply([fanIn, units]) as tfjs.Tensor2D,
    b: tf.zeros([units]),
  }));
}

/** `f(z)` for a hidden layer. */
export function activate(tf: Tf, kind: MlpActivation, z: tfjs.Tensor2D): tfjs.Tensor2D {
  return kind === 'tanh' ? tf.tanh(z) : kind === 'relu' ? tf.relu(z) : tf.sigmoid(z);
}

/**
 * f′(z) written with the layer's output a = f(z), which backpropagation
 * already has: tanh′ = 1 − a², σ′ = a(1 − a), relu′ = 1 where a > 0.
 */
export function activationSlope(tf: Tf, kind: MlpActivation, a: tfjs.Tensor2D): tfjs.Tensor2D {
  if (kind === 'tanh') return tf.sub(1, tf.square(a));
  if (kind === 'sigmoid') return tf.mul(a, tf.sub(1, a));
  return tf.cast(tf.greater(a, 0), 'float32') as tfjs.Tensor2D;
}

/** Refuses a batch whose shape or type does not fit the network, naming both. */
export function checkBatch(spec: MlpSpec, what: string, xs: unknown, ys?: unknown): void {
  const inputs = spec.sizes[0];
  const outputs = spec.sizes.at(-1);
  const shapeOf = (t: unknown): readonly number[] | undefined =>
    typeof t === 'object' && t !== null && 'shape' in t && Array.isArray((t).shape) ? (t as { shape: number[] }).shape : undefined;
  const dtypeOf = (t: unknown): unknown => (t as { dtype?: unknown }).dtype;
  const xShape = shapeOf(xs);
  if (!xShape || xShape.length !== 2 || xShape[1] !== inputs || dtypeOf(xs) !== 'float32') {
    throw new RangeError(`lab.mlp ${what}: xs must be a float32 tensor of shape [batch, ${inputs}], got ${xShape ? `[${xShape.join(', ')}] ${String(dtypeOf(xs))}` : shownValue(xs)}`);
  }
  if (ys === undefined) return;
  const yShape = shapeOf(ys);
  if (!yShape || yShape.length !== 2 || yShape[0] !== xShape[0] || yShape[1] !== outputs || dtypeOf(ys) !== 'float32') {
    throw new RangeError(`lab.mlp ${what}: ys must be a float32 tensor of shape [${xShape[0]}, ${outputs}] (one row per row of xs), got ${yShape ? `[${yShape.join(', ')}] ${String(dtypeOf(ys))}` : shownValue(ys)}`);
  }
}
