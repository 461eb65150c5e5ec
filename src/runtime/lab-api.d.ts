/**
 * What the code in the editor sees: two globals, `tf` (TensorFlow.js) and
 * `lab` (the playground's helpers). The editor feeds this file to Monaco;
 * content/tsconfig.json type-checks the starter code against it; the
 * worker's `createLab` implements `Lab` (src/runtime/lab.ts). The training
 * helpers (lab.mlp, lab.cnn, lab.transformer, lab.optimizer and the fused
 * ops) are declared in lab-api-training.d.ts, merged into `Lab`.
 *
 * Example:
 * ```ts
 * const rng = lab.random();
 * const xs = tf.tensor1d(rng.array(100, (r) => r.uniform(0, 1)));
 * lab.print(xs.mean());
 * await model.fit(x, y, { epochs: 50, callbacks: lab.fitCallbacks() });
 * ```
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient file: the editor loads both as extra libraries, with no module system
/// <reference path="./lab-api-training.d.ts" />

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
