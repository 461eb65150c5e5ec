/**
 * What `lab.transformer`'s kernels share: the sizes of one batch, the
 * parameters' offsets in the flat state, and WGSL snippets for the layer
 * normalisation (a row's mean and 1/√(variance + 1e-5), and its gradient).
 */
import type { WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import { flat } from '../mlp/kernels';
import { PARAMETERS, type ParameterName, type TransformerSpec } from './spec';

export interface Dims {
  readonly batch: number;
  /** batch · context: one row per position. */
  readonly rows: number;
  readonly T: number;
  readonly d: number;
  readonly H: number;
  readonly V: number;
  /** rows · d: one activation of width d per row. */
  readonly ND: number;
  /** batch · T · T: the attention weights. */
  readonly BTT: number;
  readonly off: Readonly<Record<ParameterName, number>>;
  /** Tells the programs of different networks and batch sizes apart in tfjs's shader cache. */
  readonly key: string;
}

export function dimsOf(spec: TransformerSpec, batch: number): Dims {
  const { context: T, width: d, hidden: H, vocabulary: V } = spec;
  const off = {} as Record<ParameterName, number>;
  for (const name of PARAMETERS) off[name] = spec.parameters[name].offset;
  const rows = batch * T;
  return { batch, rows, T, d, H, V, ND: rows * d, BTT: batch * T * T, off, key: `${batch}_${T}_${d}_${H}_${V}` };
}

/** A float literal for WGSL. */
export const float = (value: number): string => (Number.isInteger(value) ? `${value}.0` : value.toExponential());

/**
 * `fn name(r) -> vec2<f32>`: the mean and 1/√(variance + 1e-5) of row r (d
 * values from `offset + r·d` of `array`), as tf.moments computes them (the
 * mean first, then the mean squared distance from it).
 */
export function rowStatsCode(name: string, array: string, offset: number, d: number): string {
  return `
fn ${name}(r : i32) -> vec2<f32> {
  let first = ${offset} + r * ${d};
  var mean = 0.0;
  for (var j = 0; j < ${d}; j++) { mean = mean + ${array}[first + j]; }
  mean = mean / ${float(d)};
  var spread = 0.0;
  for (var j = 0; j < ${d}; j++) {
    let e = ${array}[first + j] - mean;
    spread = spread + e * e;
  }
  return vec2<f32>(mean, 1.0 / sqrt(spread / ${float(d)} + 1e-5));
}`;
}

/**
 * WGSL statements: the layer norm's gradient at column `c` of row `r`,
 * into `let ${into}`: s·(g_c − mean(g) − y_c·mean(g·y)), with y the norm's
 * output and g its upstream gradient (`g(j)` and `y(j)` are WGSL expressions
 * in j) and s = 1/√(variance + 1e-5) of the norm's input row (`s`).
 */
export function layerNormBackCode(into: string, g: (j: string) => string, y: (j: string) => string, s: string, d: number): string {
  return `
    var gMean = 0.0;
    var gyMean = 0.0;
    for (var j = 0; j < ${d}; j++) {
      let gj = ${g('j')};
      gMean = gMean + gj;
      gyMean = gyMean + gj * ${y('j')};
    }
    gMean = gMean / ${float(d)};
    gyMean = gyMean / ${float(d)};
    let ${into} = ${s} * (${g('c')} - gMean - ${y('c')} * gyMean);`;
}

/** One thread per output value (`size` of them), each running `body` with `index` < size. */
export function perValue(name: string, dims: Dims, size: number, inputs: string[], helpers: string, body: string): WebGPUProgram {
  return flat(`lmlTransformer_${name}_${dims.key}`, [size], size, true, inputs, undefined, () => `${helpers}
fn main(index : i32) {
  if (index < uniforms.size) {${body}
  }
}`);
}
