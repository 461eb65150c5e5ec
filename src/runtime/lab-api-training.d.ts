/**
 * The training helpers of `lab` (src/runtime/lab/): dense networks, the
 * course's CNN and tiny transformer, an optimizer and fused ops, each one or
 * a few GPU dispatches a step on WebGPU. Part of what the editor's code sees
 * (lab-api.d.ts references this file; its `Lab` merges these members in).
 */

/** The optimizer's numbers, for `lab.mlp`, `lab.cnn`, `lab.transformer` and `lab.optimizer`. */
interface LabUpdateRule {
  /** Default 0.01 (Adam 0.001). */
  readonly learningRate?: number;
  /** Momentum's μ (default 0.9); Adam's β₁, β₂ (0.9, 0.999) and ε (the backend's, 1e-7). */
  readonly momentum?: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
}

/** Options for `lab.mlp`. */
interface LabMlpOptions extends LabUpdateRule {
  /** Units per layer, inputs first and outputs last: `[2, 4, 2, 1]` is 2 inputs, hidden layers of 4 and 2, one output. */
  readonly sizes: readonly number[];
  /** The hidden layers' activation (the last layer is linear: it gives scores). Default 'tanh'. */
  readonly activation?: 'tanh' | 'relu' | 'sigmoid';
  /** 'meanSquaredError' (default) or 'sigmoidCrossEntropy' (labels 0/1, from the scores, like `tf.losses.sigmoidCrossEntropy`). */
  readonly loss?: 'meanSquaredError' | 'sigmoidCrossEntropy';
  /** 'sgd' (default), 'momentum' or 'adam', with tfjs's own update rules. */
  readonly optimizer?: 'sgd' | 'momentum' | 'adam';
  /** Layer l starts from `glorotUniform({ seed: seed + l })`, biases 0. Default: `lab.seed`. */
  readonly seed?: number;
  /** Fused GPU kernels on WebGPU (default true); false runs tf ops on every backend, to compare. */
  readonly fused?: boolean;
}

/** One block of `lab.cnn`: a 'valid' convolution (stride 1) of `filters` kernels `kernelSize` × `kernelSize`, ReLU, then 2×2 max pooling. */
interface LabCnnBlock {
  readonly filters: number;
  readonly kernelSize: number;
}

/** Options for `lab.cnn`. */
interface LabCnnOptions extends LabUpdateRule {
  /** A picture's height, width and channels, e.g. `[16, 16, 1]` for 16 × 16 greyscale. */
  readonly input: readonly [number, number, number];
  /** The blocks, first to last: `[{ filters: 6, kernelSize: 3 }, { filters: 12, kernelSize: 3 }]`. */
  readonly convolutions: readonly LabCnnBlock[];
  /** Classes: a dense layer gives one score per class, trained with softmax cross-entropy (labels one-hot, e.g. `tf.oneHot(ids, classes)`). */
  readonly classes: number;
  /** 'sgd', 'momentum' or 'adam' (default), with tfjs's own update rules. */
  readonly optimizer?: 'sgd' | 'momentum' | 'adam';
  /** Block l (then the dense layer) starts from `glorotUniform({ seed: seed + l })`, biases 0, as tf.layers would. Default: `lab.seed`. */
  readonly seed?: number;
  /** Fused GPU kernels on WebGPU (default true); false runs tf ops on every backend, to compare. */
  readonly fused?: boolean;
}

/** A block's filter (k × k × channels × filters) or the dense layer's W (fan-in × classes), and the biases. */
interface LabCnnLayerTensors {
  readonly W: import('@tensorflow/tfjs').Tensor;
  readonly b: import('@tensorflow/tfjs').Tensor1D;
}

/** An image classifier made by `lab.cnn`, trained one batch at a time. */
interface LabCnn {
  /** True on WebGPU: each step is 2L + 5 GPU dispatches for L blocks, instead of over a hundred. */
  readonly fused: boolean;
  /** One training step on a batch (`xs` [batch, height, width, channels], `ys` [batch, classes]); returns the batch's loss before the step, still on the device. */
  step(xs: import('@tensorflow/tfjs').Tensor4D, ys: import('@tensorflow/tfjs').Tensor2D): import('@tensorflow/tfjs').Scalar;
  /** One score per class for each picture (apply `tf.softmax` for probabilities). */
  predict(xs: import('@tensorflow/tfjs').Tensor4D): import('@tensorflow/tfjs').Tensor2D;
  /** The loss on a batch, without training. */
  loss(xs: import('@tensorflow/tfjs').Tensor4D, ys: import('@tensorflow/tfjs').Tensor2D): import('@tensorflow/tfjs').Scalar;
  /** The loss and each layer's gradients, without training (compare them with `tf.grads`). */
  gradients(xs: import('@tensorflow/tfjs').Tensor4D, ys: import('@tensorflow/tfjs').Tensor2D): { loss: import('@tensorflow/tfjs').Scalar; grads: LabCnnLayerTensors[] };
  /** Copies of the current weights: each block's, then the dense layer's. */
  weights(): LabCnnLayerTensors[];
  dispose(): void;
}

/** Options for `lab.transformer`. */
interface LabTransformerOptions extends LabUpdateRule {
  /** Symbols in the vocabulary (ids 0 … vocabulary − 1). */
  readonly vocabulary: number;
  /** Positions in a window: `ids` and `targets` are [batch, context]. */
  readonly context: number;
  /** The width d of every position's vector (and of q, k, v). */
  readonly width: number;
  /** Units of the feed-forward layer; default 4 · width. */
  readonly hidden?: number;
  /** 'sgd', 'momentum' or 'adam' (default), with tfjs's own update rules. */
  readonly optimizer?: 'sgd' | 'momentum' | 'adam';
  /** The i-th weight matrix (E, P, Wq, Wk, Wv, Wo, W1, W2, Wout) starts from `tf.randomNormal(shape, 0, std, 'float32', seed + i)`, std 0.1 for E and P and 1/√fan-in for the others; biases 0. Default: `lab.seed`. */
  readonly seed?: number;
  /** Fused GPU kernels on WebGPU (default true); false runs tf ops on every backend, to compare. */
  readonly fused?: boolean;
}

/** Every parameter of `lab.transformer`, by name. */
type LabTransformerTensors = Record<'E' | 'P' | 'Wq' | 'Wk' | 'Wv' | 'Wo' | 'W1' | 'b1' | 'W2' | 'Wout' | 'bout', import('@tensorflow/tfjs').Tensor>;

/** A tiny transformer made by `lab.transformer`, trained one batch at a time. */
interface LabTransformer {
  /** True on WebGPU: each step is 19 GPU dispatches instead of about 330. */
  readonly fused: boolean;
  /** One training step: `ids` and `targets` (the next symbol at each position) are int32 [batch, context]; returns the loss before the step, still on the device. */
  step(ids: import('@tensorflow/tfjs').Tensor2D, targets: import('@tensorflow/tfjs').Tensor2D): import('@tensorflow/tfjs').Scalar;
  /** Scores [batch, context, vocabulary] for the symbol after each position (apply `tf.softmax` for probabilities). */
  predict(ids: import('@tensorflow/tfjs').Tensor2D): import('@tensorflow/tfjs').Tensor3D;
  /** The mean softmax cross-entropy on a batch, without training. */
  loss(ids: import('@tensorflow/tfjs').Tensor2D, targets: import('@tensorflow/tfjs').Tensor2D): import('@tensorflow/tfjs').Scalar;
  /** The loss and every parameter's gradient, without training (compare them with `tf.grads`). */
  gradients(ids: import('@tensorflow/tfjs').Tensor2D, targets: import('@tensorflow/tfjs').Tensor2D): { loss: import('@tensorflow/tfjs').Scalar; grads: LabTransformerTensors };
  /** Copies of the current parameters, by name. */
  weights(): LabTransformerTensors;
  dispose(): void;
}

/** Options for `lab.optimizer`. */
interface LabOptimizerOptions extends LabUpdateRule {
  /** The float32 variables to train, or a layers model's `model.trainableWeights`. The optimizer owns their values from then on. */
  readonly variables: readonly (import('@tensorflow/tfjs').Variable | import('@tensorflow/tfjs').LayerVariable)[];
  /** 'sgd', 'momentum' or 'adam' (default), with tfjs's own update rules. */
  readonly optimizer?: 'sgd' | 'momentum' | 'adam';
  /** One fused update on WebGPU (default true); false runs `tf.train`'s optimizer, to compare. */
  readonly fused?: boolean;
}

/** An optimizer made by `lab.optimizer`. */
interface LabOptimizer {
  /** True on WebGPU: the update of every variable is one GPU dispatch. */
  readonly fused: boolean;
  /** One training step: the loss `f` returns, its gradients, the update. Returns the loss, still on the device. */
  minimize(f: () => import('@tensorflow/tfjs').Scalar): import('@tensorflow/tfjs').Scalar;
  dispose(): void;
}

/** One layer's weights (fan-in × units) and biases. */
interface LabLayerTensors {
  readonly W: import('@tensorflow/tfjs').Tensor2D;
  readonly b: import('@tensorflow/tfjs').Tensor1D;
}

/** A dense network made by `lab.mlp`, trained one batch at a time. */
interface LabMlp {
  /** True on WebGPU: each step is 2L + 3 GPU dispatches for L layers, instead of dozens. */
  readonly fused: boolean;
  /** One training step on a batch (`xs` [rows, inputs], `ys` [rows, outputs]); returns the batch's loss before the step, still on the device. */
  step(xs: import('@tensorflow/tfjs').Tensor2D, ys: import('@tensorflow/tfjs').Tensor2D): import('@tensorflow/tfjs').Scalar;
  /** The last layer's scores for each row (apply `tf.sigmoid` for probabilities). */
  predict(xs: import('@tensorflow/tfjs').Tensor2D): import('@tensorflow/tfjs').Tensor2D;
  /** The loss on a batch, without training. */
  loss(xs: import('@tensorflow/tfjs').Tensor2D, ys: import('@tensorflow/tfjs').Tensor2D): import('@tensorflow/tfjs').Scalar;
  /** The loss and each layer's gradients by backpropagation, without training (compare them with `tf.grads`). */
  gradients(xs: import('@tensorflow/tfjs').Tensor2D, ys: import('@tensorflow/tfjs').Tensor2D): { loss: import('@tensorflow/tfjs').Scalar; grads: LabLayerTensors[] };
  /** Copies of the current weights, layer by layer. */
  weights(): LabLayerTensors[];
  dispose(): void;
}

/** `lab`'s training helpers (the rest of `Lab` is in lab-api.d.ts). */
interface Lab {
  /**
   * A dense network with its training step, for a loop you write yourself:
   * `const net = lab.mlp({ sizes: [2, 4, 2, 1], loss: 'sigmoidCrossEntropy', learningRate: 0.03 })`,
   * then `net.step(xs, ys)` per batch. On WebGPU each layer forward, each layer
   * backward, the loss and the whole optimizer update are one GPU dispatch
   * each (2L + 3 a step for L layers; tfjs's own ops take dozens), with
   * results equal to tfjs's within float32 rounding. Elsewhere it runs as tf ops.
   */
  mlp(options: LabMlpOptions): LabMlp;
  /**
   * The course's image classifier with its training step, for a loop you write yourself:
   * `const net = lab.cnn({ input: [16, 16, 1], convolutions: [{ filters: 6, kernelSize: 3 }], classes: 4 })`,
   * then `net.step(xs, ys)` per batch. Each block is a convolution, ReLU and 2×2 max pooling;
   * a dense layer and softmax cross-entropy follow. On WebGPU each block forward, each block
   * backward, the dense layer, the loss and the whole optimizer update are one GPU dispatch
   * each (2L + 5 a step for L blocks; tfjs's own ops take over a hundred for two blocks).
   * Elsewhere it runs as tf ops.
   */
  cnn(options: LabCnnOptions): LabCnn;
  /**
   * The language-models lesson's tiny transformer with its training step, for a loop you write yourself:
   * `const net = lab.transformer({ vocabulary: 40, context: 24, width: 32 })`, then
   * `net.step(ids, targets)` per batch (int32 [batch, context]: each position's symbol and the next one).
   * Token and position embeddings, one pre-norm block of causal single-head self-attention and a ReLU
   * feed-forward layer, a final layer norm and scores for every symbol, softmax cross-entropy.
   * On WebGPU a step is 19 GPU dispatches (tfjs's own ops take about 330). Elsewhere it runs as tf ops.
   */
  transformer(options: LabTransformerOptions): LabTransformer;
  /**
   * SGD, momentum or Adam for a loop you write yourself, with tfjs's update rules:
   * `const opt = lab.optimizer({ variables: [W, b], optimizer: 'adam', learningRate: 0.01 })`,
   * then `const loss = opt.minimize(() => lossOf(batch))` per step. On WebGPU the
   * whole update of every variable is ONE GPU dispatch, where tfjs's optimizers
   * take several per variable (about ten each for Adam). Elsewhere it is `tf.train`'s.
   */
  optimizer(options: LabOptimizerOptions): LabOptimizer;
  /**
   * Layer normalisation over the last axis, as `tf.moments` gives it:
   * `(x − mean) / sqrt(variance + epsilon)` for each row (epsilon 1e-5 by default).
   * On WebGPU it is ONE GPU dispatch forward and one backward (its gradient is
   * written out: s·(g − mean(g) − y·mean(g·y))), where tf ops and their gradients
   * take about twenty; elsewhere the same formula as tf ops.
   */
  layerNorm<T extends import('@tensorflow/tfjs').Tensor>(x: T, epsilon?: number): T;
  /**
   * `tf.losses.softmaxCrossEntropy(labels, logits)` (the mean over rows of
   * −Σ labels·log softmax(logits), last axis the classes) as ONE GPU dispatch
   * forward and one backward on WebGPU (gradient (softmax·Σlabels − labels)/rows),
   * where tf ops and their gradients take about fifteen; elsewhere it is tfjs's.
   */
  softmaxCrossEntropy(labels: import('@tensorflow/tfjs').Tensor, logits: import('@tensorflow/tfjs').Tensor): import('@tensorflow/tfjs').Scalar;
  /**
   * Attention weights: `tf.softmax(scores · scale + mask)` over the last axis,
   * e.g. `lab.attentionWeights(tf.matMul(q, k, false, true), { scale: 1 / Math.sqrt(d), mask })`
   * with a mask of 0 (may look) and −1e9 (may not) whose rows repeat over the
   * leading axes. On WebGPU ONE dispatch forward and one backward (gradient
   * scale·p·(g − Σ g·p)) where tf ops and their gradients take about eight;
   * elsewhere the same formula as tf ops.
   */
  attentionWeights<T extends import('@tensorflow/tfjs').Tensor>(scores: T, options?: { scale?: number; mask?: import('@tensorflow/tfjs').Tensor }): T;
}
