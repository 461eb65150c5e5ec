/**
 * What both of `lab.transformer`'s training paths offer (fused WGSL kernels
 * on WebGPU, tf ops elsewhere), the starting weights they share, and the
 * checks every call makes.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { shownValue } from '../update-rule';
import { PARAMETERS, type ParameterName, type TransformerSpec } from './spec';

export type Tf = typeof tfjs;
export type TransformerTensors = Record<ParameterName, tfjs.Tensor>;

export interface TransformerTrainer {
  /** True when each step runs as a couple of dozen fused WebGPU kernels. */
  readonly fused: boolean;
  /** The scores [batch, context, vocabulary] for the symbol after each position of `ids` [batch, context]. */
  predict(ids: tfjs.Tensor2D): tfjs.Tensor3D;
  /** The mean softmax cross-entropy of the next symbols `targets` [batch, context], without training. */
  loss(ids: tfjs.Tensor2D, targets: tfjs.Tensor2D): tfjs.Scalar;
  /** The loss and every parameter's gradient, without training. */
  gradients(ids: tfjs.Tensor2D, targets: tfjs.Tensor2D): { loss: tfjs.Scalar; grads: TransformerTensors };
  /** One training step on one batch; returns that batch's loss (before the step), left on the device. */
  step(ids: tfjs.Tensor2D, targets: tfjs.Tensor2D): tfjs.Scalar;
  /** Copies of the current parameters, by name. */
  weights(): TransformerTensors;
  dispose(): void;
}

/**
 * The i-th weight matrix of E, P, Wq, Wk, Wv, Wo, W1, W2, Wout starts from
 * tf.randomNormal(shape, 0, std, 'float32', seed + i) (std 0.1 for the
 * embeddings, 1/√fan-in for the others), the biases from zeros: what the
 * language-models lesson's loop draws, so both start from the same numbers.
 */
export function initialWeights(tf: Tf, spec: TransformerSpec): TransformerTensors {
  let drawn = 0;
  const weights = {} as TransformerTensors;
  for (const name of PARAMETERS) {
    const { shape, std } = spec.parameters[name];
    weights[name] = std === 0 ? tf.zeros([...shape]) : tf.randomNormal([...shape], 0, std, 'float32', spec.seed + drawn++);
  }
  return weights;
}

/** Refuses ids or targets whose shape or type does not fit the network, naming both. */
export function checkBatch(spec: TransformerSpec, what: string, ids: unknown, targets?: unknown): void {
  const shapeOf = (t: unknown): readonly number[] | undefined =>
    typeof t === 'object' && t !== null && 'shape' in t && Array.isArray((t).shape) ? (t as { shape: number[] }).shape : undefined;
  const dtypeOf = (t: unknown): unknown => (t as { dtype?: unknown }).dtype;
  const check = (name: string, t: unknown, batch?: number): number => {
    const shape = shapeOf(t);
    if (!shape || shape.length !== 2 || shape[1] !== spec.context || (batch !== undefined && shape[0] !== batch) || dtypeOf(t) !== 'int32') {
      throw new RangeError(
        `lab.transformer ${what}: ${name} must be an int32 tensor of symbol ids, shape [${batch ?? 'batch'}, ${spec.context}], got ${shape ? `[${shape.join(', ')}] ${String(dtypeOf(t))}` : shownValue(t)}`,
      );
    }
    return shape[0] ?? 0;
  };
  const batch = check('ids', ids);
  if (targets !== undefined) check('targets', targets, batch);
}
