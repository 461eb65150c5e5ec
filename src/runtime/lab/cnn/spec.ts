/**
 * `lab.cnn`'s options, checked once with a clear message for each mistake,
 * and the parameter layout both training paths share. The network is the
 * course's image classifier: blocks of
 *   'valid' convolution (stride 1) + bias → ReLU → 2×2 max pooling (stride 2)
 * then one dense layer from the last block's flattened output (height, width,
 * channel order, as tf.layers.flatten gives it) to one score per class, and
 * softmax cross-entropy. A block's picture shrinks from H × W to
 * ⌊(H − k + 1)/2⌋ × ⌊(W − k + 1)/2⌋.
 *
 * Parameters, in one flat list: block l's filter F (k × k × C × filters,
 * row-major, as tf.conv2d takes it) and then its bias, block after block,
 * then the dense layer's W (fan-in × classes) and b.
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient `Lab` API, as in lab.ts
/// <reference path="../../lab-api.d.ts" />
import { layoutLayers, type LayerLayout } from '../mlp/spec';
import { readUpdateRule, shownValue, type UpdateSpec } from '../update-rule';

export type CnnOptions = LabCnnOptions;

/** One block: its input picture, its filters, its outputs before and after pooling. */
export interface BlockLayout {
  /** The input's height, width and channels. */
  readonly height: number;
  readonly width: number;
  readonly channels: number;
  readonly kernelSize: number;
  readonly filters: number;
  /** The convolution's output (before pooling): height − kernelSize + 1, width − kernelSize + 1. */
  readonly convHeight: number;
  readonly convWidth: number;
  /** After 2×2 pooling: ⌊convHeight / 2⌋, ⌊convWidth / 2⌋. */
  readonly poolHeight: number;
  readonly poolWidth: number;
  /** Offset of F[0, 0, 0, 0]; F[ky, kx, c, f] is at offset + ((ky·k + kx)·C + c)·filters + f. */
  readonly offset: number;
  readonly biasOffset: number;
  /** F's and the bias's values together. */
  readonly count: number;
}

export interface CnnSpec extends UpdateSpec {
  readonly input: readonly [number, number, number];
  readonly classes: number;
  readonly blocks: readonly BlockLayout[];
  /** The dense layer: fan-in is the last block's poolHeight · poolWidth · filters. */
  readonly dense: LayerLayout;
  readonly seed: number;
  readonly fused: boolean;
  readonly parameterCount: number;
}

const WHO = 'lab.cnn';
/** Caps that make a typo (a 1e5-pixel picture) fail here, not as a lost GPU device. */
export const MAX_SIDE = 512;
export const MAX_CHANNELS = 256;
export const MAX_CLASSES = 1000;

const whole = (value: unknown, min: number, max: number): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

function readBlocks(input: readonly [number, number, number], list: unknown): Omit<BlockLayout, 'offset' | 'biasOffset' | 'count'>[] {
  if (!Array.isArray(list) || list.length === 0) {
    throw new RangeError(`${WHO}: convolutions must list at least one block, e.g. [{ filters: 6, kernelSize: 3 }], got ${shownValue(list)}`);
  }
  let [height, width, channels] = input;
  return list.map((block: unknown, l) => {
    const { filters, kernelSize } = (block ?? {}) as { filters?: unknown; kernelSize?: unknown };
    if (!whole(filters, 1, MAX_CHANNELS)) throw new RangeError(`${WHO}: convolutions[${l}].filters must be a whole number from 1 to ${MAX_CHANNELS}, got ${shownValue(filters)}`);
    if (!whole(kernelSize, 1, Math.min(height, width))) {
      throw new RangeError(`${WHO}: convolutions[${l}].kernelSize must be a whole number from 1 to ${Math.min(height, width)} (its input is ${height} × ${width}), got ${shownValue(kernelSize)}`);
    }
    const convHeight = height - kernelSize + 1;
    const convWidth = width - kernelSize + 1;
    if (convHeight < 2 || convWidth < 2) {
      throw new RangeError(`${WHO}: convolutions[${l}] leaves ${convHeight} × ${convWidth} values, too few for 2×2 pooling: use a smaller kernelSize or fewer blocks`);
    }
    const layout = { height, width, channels, kernelSize, filters, convHeight, convWidth, poolHeight: Math.floor(convHeight / 2), poolWidth: Math.floor(convWidth / 2) };
    [height, width, channels] = [layout.poolHeight, layout.poolWidth, filters];
    return layout;
  });
}

export function readCnnOptions(options: unknown, defaultSeed: number): CnnSpec {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${WHO} needs options, e.g. lab.cnn({ input: [16, 16, 1], convolutions: [{ filters: 6, kernelSize: 3 }], classes: 4 })`);
  }
  const o = options as Readonly<Record<string, unknown>>;
  const input = o['input'];
  if (!Array.isArray(input) || input.length !== 3 || !whole(input[0], 1, MAX_SIDE) || !whole(input[1], 1, MAX_SIDE) || !whole(input[2], 1, MAX_CHANNELS)) {
    throw new RangeError(`${WHO}: input must be [height, width, channels] (whole numbers, sides up to ${MAX_SIDE}, channels up to ${MAX_CHANNELS}), e.g. [16, 16, 1]; got ${shownValue(input)}`);
  }
  const shape = [input[0], input[1], input[2]] as [number, number, number];
  const classes = o['classes'];
  if (!whole(classes, 2, MAX_CLASSES)) throw new RangeError(`${WHO}: classes must be a whole number from 2 to ${MAX_CLASSES}, got ${shownValue(classes)}`);
  const seed = o['seed'] === undefined ? defaultSeed : Number(o['seed']);
  if (!Number.isInteger(seed)) throw new RangeError(`${WHO}: seed must be a whole number, got ${shownValue(o['seed'])}`);

  let offset = 0;
  const blocks = readBlocks(shape, o['convolutions']).map((b) => {
    const filter = b.kernelSize * b.kernelSize * b.channels * b.filters;
    const layout: BlockLayout = { ...b, offset, biasOffset: offset + filter, count: filter + b.filters };
    offset += layout.count;
    return layout;
  });
  const last = blocks[blocks.length - 1] as BlockLayout;
  const fanIn = last.poolHeight * last.poolWidth * last.filters;
  const denseLayout = layoutLayers([fanIn, classes]).layers[0] as LayerLayout;
  const dense: LayerLayout = { ...denseLayout, offset, biasOffset: offset + denseLayout.biasOffset };
  return {
    input: shape,
    classes,
    blocks,
    dense,
    ...readUpdateRule(o, WHO, 'adam'),
    seed,
    fused: o['fused'] === undefined ? true : Boolean(o['fused']),
    parameterCount: offset + dense.count,
  };
}
