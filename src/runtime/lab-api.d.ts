/**
 * What the code in the editor sees: two globals, `tf` (TensorFlow.js) and
 * `lab` (the playground's helpers). The editor feeds this file to Monaco;
 * content/tsconfig.json type-checks the starter code against it; the
 * worker's `createLab` implements `Lab` (src/runtime/lab.ts).
 *
 * Example:
 * ```ts
 * const rng = lab.random();
 * const xs = tf.tensor1d(rng.array(100, (r) => r.uniform(0, 1)));
 * lab.print(xs.mean());
 * await model.fit(x, y, { epochs: 50, callbacks: lab.fitCallbacks() });
 * ```
 */

/**
 * TensorFlow.js 4.22, already loaded with the backend shown in the badge (no
 * `import` needed). Read tensors with `await t.data()` / `await t.array()`:
 * `dataSync()` blocks, and on WebGPU it can lose the device. Tensors and
 * models left at the end of a run are disposed for you.
 */
declare const tf: typeof import('@tensorflow/tfjs');

/**
 * The TensorFlow.js types most code names, so annotations like
 * `model.predict(x) as tf.Tensor` work without an import.
 */
declare namespace tf {
  type Rank = import('@tensorflow/tfjs').Rank;
  type DataType = import('@tensorflow/tfjs').DataType;
  type TensorLike = import('@tensorflow/tfjs').TensorLike;
  type Tensor<R extends Rank = Rank> = import('@tensorflow/tfjs').Tensor<R>;
  type Scalar = import('@tensorflow/tfjs').Scalar;
  type Tensor1D = import('@tensorflow/tfjs').Tensor1D;
  type Tensor2D = import('@tensorflow/tfjs').Tensor2D;
  type Tensor3D = import('@tensorflow/tfjs').Tensor3D;
  type Tensor4D = import('@tensorflow/tfjs').Tensor4D;
  type Variable<R extends Rank = Rank> = import('@tensorflow/tfjs').Variable<R>;
  type LayersModel = import('@tensorflow/tfjs').LayersModel;
  type Sequential = import('@tensorflow/tfjs').Sequential;
  type SymbolicTensor = import('@tensorflow/tfjs').SymbolicTensor;
  type Optimizer = import('@tensorflow/tfjs').Optimizer;
  type History = import('@tensorflow/tfjs').History;
  type Logs = import('@tensorflow/tfjs').Logs;
  namespace io {
    type ModelArtifacts = import('@tensorflow/tfjs').io.ModelArtifacts;
    type WeightsManifestEntry = import('@tensorflow/tfjs').io.WeightsManifestEntry;
  }
}

/** The playground's helpers: printing, tables, charts, progress, seeded randomness. */
declare const lab: Lab;

/** A list of numbers: an array, a typed array, or a 1-D tensor (read for you). */
type LabNumbers = ArrayLike<number> | import('@tensorflow/tfjs').Tensor;

/** One line or set of points in `lab.plot`. */
interface LabPlotSeries {
  /** Shown in the legend, e.g. "data" or "fitted line". */
  readonly name: string;
  readonly x: LabNumbers;
  readonly y: LabNumbers;
  /** 'points' draws a scatter, 'line' joins the points in order. Default: 'line'. */
  readonly style?: 'points' | 'line';
}

/** Options for `lab.fitCallbacks`. */
interface LabFitOptions {
  /**
   * Which logged values get a live chart, e.g. `['loss', 'acc']`. Each chart
   * also draws the validation value (`val_loss`, `val_acc`) when there is one.
   * Default: `['loss']`.
   */
  readonly charts?: readonly string[];
  /** Add a point per epoch (default) or per batch (x = fractional epoch). */
  readonly every?: 'epoch' | 'batch';
  /** Your own code after each epoch (e.g. redraw the fitted line). May be async. */
  readonly onEpochEnd?: (epoch: number, logs: Readonly<Record<string, number>>) => void | Promise<void>;
}

/** Where a hand-written training loop is, for `lab.progress`. */
interface LabProgress {
  /** The epoch in progress, counted from 1. */
  readonly epoch: number;
  readonly epochs: number;
  /** Batches finished in this epoch (0 … batches). Leave both out to report whole epochs. */
  readonly batch?: number;
  readonly batches?: number;
}

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

/** Rows (one object per row) or columns (one array per column). */
type LabTableData = readonly Readonly<Record<string, unknown>>[] | Readonly<Record<string, ArrayLike<unknown>>>;

/** A seeded random generator: the same seed always gives the same numbers. */
interface LabRandom {
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max) (default [0, 1)). */
  uniform(min?: number, max?: number): number;
  /** Normal (Gaussian) with this mean and standard deviation (default 0 and 1). */
  normal(mean?: number, std?: number): number;
  /** A whole number in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** One item of the list, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy of the list. */
  shuffle<T>(items: readonly T[]): T[];
  /** `length` numbers, each from `draw(rng, index)`, e.g. `rng.array(100, (r) => r.normal())`. */
  array(length: number, draw: (rng: LabRandom, index: number) => number): number[];
}

/** Rows of numbers (`[[0.1, 0.2], [0.3, 0.4]]`) or a 2-D tensor (read for you). */
type LabMatrix = readonly ArrayLike<number>[] | import('@tensorflow/tfjs').Tensor;

/** Options for `lab.heatmap`. */
interface LabHeatmapOptions {
  /** Rows of values, top row first. A 2-D tensor works too. */
  readonly values: LabMatrix;
  /**
   * 'diverging' (blue below `center`, white at it, orange above; for decision
   * boundaries and weights) or 'sequential' (light → dark; for probabilities,
   * counts, attention). Default: 'sequential'.
   */
  readonly colors?: 'diverging' | 'sequential';
  /** Value shown white in a diverging map (default 0.5 for values in [0, 1], else 0). */
  readonly center?: number;
  /** Fixes the colour scale's ends (default: the values' min and max). */
  readonly min?: number;
  readonly max?: number;
  /** Labels under the columns and beside the rows (e.g. tokens, class names). */
  readonly columnLabels?: readonly string[];
  readonly rowLabels?: readonly string[];
  /** Axis titles, e.g. 'predicted' / 'actual'. */
  readonly xTitle?: string;
  readonly yTitle?: string;
  /** Writes each cell's value in it (small grids: confusion matrices, attention). */
  readonly showValues?: boolean;
  /**
   * A data range for the grid, so `points` can be drawn on it: column 0 is
   * at x = extent.x[0], the last column at extent.x[1]; the top row at
   * extent.y[1], the bottom row at extent.y[0] (y grows upward, like a plot).
   */
  readonly extent?: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /** Points drawn over the grid (needs `extent`): class 0 hollow blue, class 1 filled orange, more classes other colours. */
  readonly points?: { readonly x: LabNumbers; readonly y: LabNumbers; readonly label: LabNumbers };
}

/** One picture in `lab.images`. */
interface LabImage {
  /**
   * Grey levels, rows of numbers in [0, 1] (0 black, 1 white; values outside
   * are clipped), or a tensor of shape [h, w], [h, w, 1] or [h, w, 3] (RGB in [0, 1]).
   */
  readonly pixels: LabMatrix | import('@tensorflow/tfjs').Tensor;
  /** Text under the picture, e.g. 'label 3 · predicted 3 (97%)'. */
  readonly caption?: string;
  /** Marks the picture (e.g. a wrong prediction): 'good' green frame, 'bad' red frame. */
  readonly tone?: 'good' | 'bad';
}

/** A control the page shows above the output; see `lab.control`. */
type LabControlSpec =
  | {
      /** A number: a slider from min to max, or a choice among `options`. */
      readonly kind?: 'number';
      readonly value: number;
      readonly min?: number;
      readonly max?: number;
      readonly step?: number;
      /** Offer only these values (a drop-down), e.g. [0.001, 0.03, 0.3, 3]. */
      readonly options?: readonly number[];
      /** Slider on a log scale (learning rates). Needs min and max > 0. */
      readonly log?: boolean;
    }
  | {
      /** One of several names, e.g. activation 'tanh' | 'relu' | 'sigmoid'. */
      readonly kind: 'choice';
      readonly value: string;
      readonly options: readonly string[];
    }
  | {
      /** A small grid of numbers the user edits cell by cell (e.g. a 3×3 kernel). */
      readonly kind: 'matrix';
      readonly value: readonly (readonly number[])[];
    };

/** What `lab.control` returns for each kind of spec. */
type LabControlValue<S> = S extends { readonly kind: 'choice' }
  ? string
  : S extends { readonly kind: 'matrix' }
    ? number[][]
    : number;

/** A measured inference cost the user can carry into the worksheet with one click. */
interface LabWorksheetCost {
  /** Dollars per 1,000 calls. */
  readonly costPer1000Calls: number;
  /** How it was measured, shown in the worksheet, e.g. '2.1 ms per call on webgpu × $0.50 per hour'. */
  readonly provenance: string;
  /** Optional: calls per second measured on this device; offered as the worksheet's throughput for GPU capacity. */
  readonly callsPerSecond?: number;
}

interface Lab {
  /**
   * Prints values beside the editor: tensors with their shape and dtype,
   * numbers (4 significant digits), strings, arrays and objects.
   * `console.log` does the same. A line over 100,000 characters is cut
   * (it says how long it was); the page keeps the last 500 lines.
   */
  print(...values: unknown[]): void;
  /** Like `print`, marked as a warning. */
  warn(...values: unknown[]): void;
  /** Shows a table: `lab.table([{ area: 50, price: 1.2 }, …])` or `lab.table({ area: [50, 80], price: [1.2, 1.9] })`. */
  table(data: LabTableData): void;
  /**
   * Draws a whole plot, replacing the previous one with the same name:
   * `lab.plot('fit', [{ name: 'data', x, y, style: 'points' }, { name: 'model', x, y: yHat }])`.
   */
  plot(name: string, series: LabPlotSeries | readonly LabPlotSeries[]): void;
  /** Adds one point (x, y) to a series of a live chart, e.g. `lab.chart('loss', 'train', epoch, loss)`. */
  chart(name: string, series: string, x: number, y: number): void;
  /**
   * One call wires `model.fit` to the live charts, the progress bar
   * (epoch, batch, time left) and the final metrics:
   * `await model.fit(xs, ys, { epochs, callbacks: lab.fitCallbacks({ charts: ['loss', 'acc'] }) })`.
   */
  fitCallbacks(options?: LabFitOptions): import('@tensorflow/tfjs').Callback;
  /**
   * The progress bar (epoch, batch, time left) for a loop that trains without
   * `model.fit`: call it after each batch, e.g.
   * `lab.progress({ epoch: e + 1, epochs, batch: b + 1, batches })`.
   * Cheap to call often: it sends at most one update per 50 ms, plus one per epoch.
   */
  progress(state: LabProgress): void;
  /** Shows final numbers, e.g. `lab.metrics({ loss: 0.01, accuracy: 0.97 })`. */
  metrics(values: Readonly<Record<string, number>>): void;
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
  /**
   * A seeded random generator. Without an argument the k-th call in a run
   * gets a stream derived from the run's seed, so runs repeat exactly.
   */
  random(seed?: number): LabRandom;
  /**
   * The run's seed. Pass it to initializers for reproducible weights, e.g.
   * `kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed })`,
   * and train with `shuffle: false` (tfjs shuffles with Math.random): then the
   * cpu backend gives the same final loss on every run. GPU backends may
   * differ in the last digits (float32 reductions run in another order).
   */
  readonly seed: number;
  /**
   * 1 for you; tests set it smaller to shrink epochs and data. Write sizes as
   * e.g. `Math.max(1, Math.round(200 * lab.scale))`.
   */
  readonly scale: number;
  /** The backend this run uses. */
  readonly backend: 'webgpu' | 'webgl' | 'cpu';
  /**
   * Draws a grid of values as colours, replacing the last heat map with the
   * same name: decision boundaries (with `extent` and `points`), attention
   * matrices, confusion matrices (`showValues`), feature maps.
   * `lab.heatmap('boundary', { values: grid, colors: 'diverging', extent: { x: [-2, 2], y: [-2, 2] }, points: { x, y, label } })`
   */
  heatmap(name: string, options: LabHeatmapOptions): void;
  /**
   * Shows small pictures in a row with captions, replacing the last set with
   * the same name: `lab.images('samples', [{ pixels: digit, caption: '7 (98%)' }])`.
   */
  images(name: string, images: readonly LabImage[]): void;
  /**
   * A setting the student changes without editing code. The first run shows
   * the control above the output with `spec.value`; after the student changes
   * it, the next run (the page starts it) gets the new value. Names are
   * per example; the value is remembered.
   * `const lr = lab.control('learning rate', { value: 0.03, min: 0.001, max: 3, log: true })`
   * `const act = lab.control('activation', { kind: 'choice', value: 'tanh', options: ['tanh', 'relu'] })`
   */
  control<S extends LabControlSpec>(name: string, spec: S): LabControlValue<S>;
  /**
   * The address of a file the site ships in `public/` (e.g. 'data/credit.json',
   * 'models/pretrained/model.json'), for `fetch` or `tf.loadLayersModel`.
   * These files are cached for offline use.
   */
  url(path: string): string;
  /** Fetches a shipped JSON file: `const data = await lab.fetchJSON<Row[]>('data/credit.json')`. Fails with a clear message if it is missing. */
  fetchJSON<T = unknown>(path: string): Promise<T>;
  /** Fetches a shipped text file (e.g. a corpus). */
  fetchText(path: string): Promise<string>;
  /**
   * Offers a file to download (the page shows a link; nothing downloads by
   * itself), e.g. a saved model: `lab.download('model.json', json, 'application/json')`.
   * Text, CSV, JSON and PNG/JPEG/GIF/WebP pictures keep their type; any other
   * type (HTML, SVG, scripts) is offered as plain bytes to save, never opened
   * as a page.
   */
  download(filename: string, data: string | ArrayBuffer | ArrayBufferView, mimeType?: string): void;
  /**
   * Offers a button that copies a measured inference cost into the
   * worksheet's "cost per 1,000 calls", with its provenance shown there.
   */
  offerWorksheetCost(cost: LabWorksheetCost): void;
  /** Waits `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
  /** Yields once so messages go out (use inside long custom loops). */
  nextFrame(): Promise<void>;
}
