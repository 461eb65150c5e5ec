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
import { oneOf, readUpdateRule, shownValue, type UpdateSpec } from '../update-rule';

// The options as students write them: the ambient `LabMlpOptions` of lab-api-training.d.ts, the one declaration.
export type MlpOptions = LabMlpOptions;
export type MlpActivation = NonNullable<MlpOptions['activation']>;
export type MlpLoss = NonNullable<MlpOptions['loss']>;

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

export interface MlpSpec extends UpdateSpec {
  readonly sizes: readonly number[];
  readonly activation: MlpActivation;
  readonly loss: MlpLoss;
  readonly seed: number;
  readonly fused: boolean;
  readonly layers: readonly LayerLayout[];
  /** Every parameter of every layer. */
  readonly parameterCount: number;
}

/** Units per layer are capped so a typo (1e6) fails here, not as a lost GPU device. */
export const MAX_UNITS = 4096;
const ACTIVATIONS: readonly MlpActivation[] = ['tanh', 'relu', 'sigmoid'];
const LOSSES: readonly MlpLoss[] = ['meanSquaredError', 'sigmoidCrossEntropy'];

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
  const { layers, parameterCount } = layoutLayers(sizes as number[]);
  return {
    sizes: [...(sizes as number[])],
    activation: oneOf(o['activation'], ACTIVATIONS, 'tanh', 'activation'),
    loss: oneOf(o['loss'], LOSSES, 'meanSquaredError', 'loss'),
    ...readUpdateRule(o, 'lab.mlp', 'sgd'),
    seed,
    fused: o['fused'] === undefined ? true : Boolean(o['fused']),
    layers,
    parameterCount,
  };
}
