/**
 * What both of `lab.cnn`'s training paths offer (fused WGSL kernels on
 * WebGPU, tf ops elsewhere), the starting weights they share, and the shape
 * checks every call makes.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { shownValue } from '../update-rule';
import type { CnnSpec } from './spec';

export type Tf = typeof tfjs;

/** A block's filter (k × k × C × filters) or the dense layer's W (fan-in × classes), and the bias. */
export type CnnLayerTensors = {
  readonly W: tfjs.Tensor;
  readonly b: tfjs.Tensor1D;
};

export interface CnnTrainer {
  /** True when each step runs as a handful of fused WebGPU kernels. */
  readonly fused: boolean;
  /** One score per class for each picture of `xs` [batch, height, width, channels] (tf.softmax gives probabilities). */
  predict(xs: tfjs.Tensor4D): tfjs.Tensor2D;
  /** The loss on one batch, without training. */
  loss(xs: tfjs.Tensor4D, ys: tfjs.Tensor2D): tfjs.Scalar;
  /** The loss and each layer's gradients, without training. */
  gradients(xs: tfjs.Tensor4D, ys: tfjs.Tensor2D): { loss: tfjs.Scalar; grads: CnnLayerTensors[] };
  /** One training step on one batch; returns that batch's loss (before the step), left on the device. */
  step(xs: tfjs.Tensor4D, ys: tfjs.Tensor2D): tfjs.Scalar;
  /** Copies of the current weights: each block's filter and bias, then the dense layer's. */
  weights(): CnnLayerTensors[];
  dispose(): void;
}

/** Each layer's shape: the blocks' filters, then the dense W. */
export function weightShapes(spec: CnnSpec): number[][] {
  return [...spec.blocks.map((b) => [b.kernelSize, b.kernelSize, b.channels, b.filters]), [spec.dense.fanIn, spec.dense.units]];
}

/**
 * Glorot-uniform weights seeded `seed + l` for layer l, zero biases: what
 * tf.layers.conv2d and tf.layers.dense with `glorotUniform({ seed: seed + l })`
 * start from, so a tf.layers model and `lab.cnn` begin at the same numbers.
 */
export function initialWeights(tf: Tf, spec: CnnSpec): CnnLayerTensors[] {
  return weightShapes(spec).map((shape, l) => ({
    W: tf.initializers.glorotUniform({ seed: spec.seed + l }).apply(shape),
    b: tf.zeros([shape[shape.length - 1] ?? 1]),
  }));
}

/** Refuses a batch whose shape or type does not fit the network, naming both. */
export function checkBatch(spec: CnnSpec, what: string, xs: unknown, ys?: unknown): void {
  const shapeOf = (t: unknown): readonly number[] | undefined =>
    typeof t === 'object' && t !== null && 'shape' in t && Array.isArray((t).shape) ? (t as { shape: number[] }).shape : undefined;
  const dtypeOf = (t: unknown): unknown => (t as { dtype?: unknown }).dtype;
  const [height, width, channels] = spec.input;
  const xShape = shapeOf(xs);
  if (!xShape || xShape.length !== 4 || xShape[1] !== height || xShape[2] !== width || xShape[3] !== channels || dtypeOf(xs) !== 'float32') {
    throw new RangeError(
      `lab.cnn ${what}: xs must be a float32 tensor of shape [batch, ${height}, ${width}, ${channels}], got ${xShape ? `[${xShape.join(', ')}] ${String(dtypeOf(xs))}` : shownValue(xs)}`,
    );
  }
  if (ys === undefined) return;
  const yShape = shapeOf(ys);
  if (!yShape || yShape.length !== 2 || yShape[0] !== xShape[0] || yShape[1] !== spec.classes || (dtypeOf(ys) !== 'float32' && dtypeOf(ys) !== 'int32')) {
    throw new RangeError(
      `lab.cnn ${what}: ys must be labels of shape [${xShape[0]}, ${spec.classes}] (one row per picture, e.g. tf.oneHot(ids, ${spec.classes})), got ${yShape ? `[${yShape.join(', ')}] ${String(dtypeOf(ys))}` : shownValue(ys)}`,
    );
  }
}
