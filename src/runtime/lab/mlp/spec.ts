/**
 * `lab.mlp`'s options, checked once with a clear message for each mistake,
 * and the one parameter layout both training paths share: layer l's weight
 * matrix W (fan-in × units, row-major) and then its bias b, layer after
 * layer, in one flat list. The fused WebGPU path keeps that list (and the
 * optimizer's slots after it) in a single GPU buffer; a layer's gradient is
 * written in the same order, so the update is one pass over one index.
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient `Lab` API, as in lab.ts
/// <reference path="../../lab-api.d.ts" />

// The options as students write them: the ambient `LabMlpOptions` of lab-api.d.ts, the one declaration.
export type MlpOptions = LabMlpOptions;
export type MlpActivation = NonNullable<MlpOptions['activation']>;
export type MlpLoss = NonNullable<MlpOptions['loss']>;
export type MlpOptimizer = NonNullable<MlpOptions['optimizer']>;

/** Where one layer's W and b sit in the flat parameter list. */
export interface LayerLayout {
  readonly fanIn: number;
  readonly units: number;
  /** Offset of W[0, 0]; W[k, j] is at `offset + k * units + j`. */
  readonly offset: number;
  /** Offset of b[0]: right after W. */
  readonly biasOffset: number;
  /** W's and b's values together: fanIn · units + units. */
  readonly count: number;
}

export interface MlpSpec {
  readonly sizes: readonly number[];
  readonly activation: MlpActivation;
  readonly loss: MlpLoss;
  readonly optimizer: MlpOptimizer;
  readonly learningRate: number;
  readonly momentum: number;
  readonly beta1: number;
  readonly beta2: number;
  /** `undefined`: the backend's own (1e-7 in float32), as `tf.train.adam` takes it. */
  readonly epsilon: number | undefined;
  readonly seed: number;
  readonly fused: boolean;
  readonly layers: readonly LayerLayout[];
  /** Every parameter of every layer. */
  readonly parameterCount: number;
  /** The optimizer's per-parameter slots: SGD none, momentum 1, Adam 2 (first and second moments). */
  readonly slots: number;
}

/** Units per layer are capped so a typo (1e6) fails here, not as a lost GPU device. */
export const MAX_UNITS = 4096;
const ACTIVATIONS: readonly MlpActivation[] = ['tanh', 'relu', 'sigmoid'];
const LOSSES: readonly MlpLoss[] = ['meanSquaredError', 'sigmoidCrossEntropy'];
export const OPTIMIZERS: readonly MlpOptimizer[] = ['sgd', 'momentum', 'adam'];

/** A value as a message names it: numbers as written, anything else as JSON (or its type). */
export function shownValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T, what: string, who = 'lab.mlp'): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new RangeError(`${who}: ${what} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${shownValue(value)}`);
}

export function positive(value: unknown, fallback: number, what: string, below?: number, who = 'lab.mlp'): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (below !== undefined && value >= below)) {
    throw new RangeError(`${who}: ${what} must be a number above 0${below === undefined ? '' : ` and below ${below}`}, got ${shownValue(value)}`);
  }
  return value;
}

/** Lays out the layers of `sizes` (inputs first) in one flat list. */
export function layoutLayers(sizes: readonly number[]): { layers: LayerLayout[]; parameterCount: number } {
  const layers: LayerLayout[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l] ?? 0;
    const units = sizes[l + 1] ?? 0;
    const count = fanIn * units + units;
    layers.push({ fanIn, units, offset, biasOffset: offset + fanIn * units, count });
    offset += count;
  }
  return { layers, parameterCount: offset };
}

export function readMlpOptions(input: unknown, defaultSeed: number): MlpSpec {
  if (input === null || typeof input !== 'object') throw new TypeError('lab.mlp needs options, e.g. lab.mlp({ sizes: [2, 4, 2, 1] })');
  const o = input as Readonly<Record<string, unknown>>;
  const sizes = o['sizes'];
  if (!Array.isArray(sizes) || sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n >= 1 && n <= MAX_UNITS)) {
    throw new RangeError(`lab.mlp: sizes must list at least two whole numbers from 1 to ${MAX_UNITS} (inputs first, outputs last), e.g. [2, 4, 2, 1]; got ${JSON.stringify(sizes)}`);
  }
  const seed = o['seed'] === undefined ? defaultSeed : Number(o['seed']);
  if (!Number.isInteger(seed)) throw new RangeError(`lab.mlp: seed must be a whole number, got ${shownValue(o['seed'])}`);
  const optimizer = oneOf(o['optimizer'], OPTIMIZERS, 'sgd', 'optimizer');
  const { layers, parameterCount } = layoutLayers(sizes as number[]);
  return {
    sizes: [...(sizes as number[])],
    activation: oneOf(o['activation'], ACTIVATIONS, 'tanh', 'activation'),
    loss: oneOf(o['loss'], LOSSES, 'meanSquaredError', 'loss'),
    optimizer,
    learningRate: positive(o['learningRate'], optimizer === 'adam' ? 0.001 : 0.01, 'learningRate'),
    momentum: positive(o['momentum'], 0.9, 'momentum', 1),
    beta1: positive(o['beta1'], 0.9, 'beta1', 1),
    beta2: positive(o['beta2'], 0.999, 'beta2', 1),
    epsilon: o['epsilon'] === undefined ? undefined : positive(o['epsilon'], 0, 'epsilon'),
    seed,
    fused: o['fused'] === undefined ? true : Boolean(o['fused']),
    layers,
    parameterCount,
    slots: { sgd: 0, momentum: 1, adam: 2 }[optimizer],
  };
}
