/**
 * `lab.layerNorm(x)`, `lab.softmaxCrossEntropy(labels, logits)` and
 * `lab.attentionWeights(scores, { scale, mask })`: three of the transformer's
 * and the CNN's hot paths as one WebGPU dispatch forward and one backward
 * each (tf.customGrad around programs on tfjs's own device), where tfjs's ops
 * and their automatic gradients take about twenty (layer norm: moments,
 * subtract, add, sqrt, divide and the gradient of each), fifteen (log-sum-exp,
 * multiply, sums, mean and theirs) and eight (scale, mask, softmax and
 * theirs). Elsewhere they are the same formulas as tf ops, so results agree
 * within float32 rounding.
 *
 * Layer norm over the last axis (n values per row), as tf.moments computes it:
 *   μ = (1/n) Σ xₖ,  σ² = (1/n) Σ (xₖ − μ)²,  s = 1/√(σ² + ε),  yₖ = (xₖ − μ)·s
 *   ∂L/∂xₖ = s·(gₖ − mean(g) − yₖ·mean(g·y))              (g = ∂L/∂y)
 * Softmax cross-entropy over the last axis (C classes per row, R rows), as
 * tf.losses.softmaxCrossEntropy computes it (the mean over rows):
 *   L = (1/R) Σᵣ Σ꜀ yᵣ꜀·(lseᵣ − zᵣ꜀),   lseᵣ = mᵣ + log Σ꜀ e^(zᵣ꜀ − mᵣ),  mᵣ = max꜀ zᵣ꜀
 *   ∂L/∂zᵣ꜀ = (pᵣ꜀·Σ꜀′ yᵣ꜀′ − yᵣ꜀)/R                     (p = softmax(z))
 * Attention weights over the last axis (the mask's rows repeat over the
 * leading axes; it takes no gradient):
 *   pₖ = softmax(scores·scale + mask)ₖ,   ∂L/∂scoresₖ = scale·pₖ·(gₖ − Σⱼ gⱼ·pⱼ)
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import { runProgram, webgpuRunner, type ProgramRunner } from './fused-state';
import { flat, WORKGROUP, WORKGROUP_SUM } from './mlp/kernels';
import { shownValue } from './update-rule';

type Tf = typeof tfjs;

/**
 * A program of mlp/kernels.ts's kind (one thread per index in [0, threads),
 * sizes written into the shader and its key). The row-by-row kernels bound
 * their rows by `uniforms.size`, so their key leaves the row count out and a
 * new batch size reuses the compiled shader (tfjs adds the inputs' ranks and
 * dtypes to the key itself). Every shader here reads
 * `uniforms.size` (the output's length): a pipeline laid out 'auto' has no
 * binding for uniforms its shader never reads, and tfjs binds them anyway, so
 * such a dispatch silently does nothing. Inputs are read through f32(): a
 * float32 tensor cast from int32 (`tf.oneHot(…).toFloat()`) can keep its
 * int32 buffer, which tfjs declares as array<i32>.
 */
const program = (key: string, outputShape: number[], threads: number, variableNames: string[], code: string): WebGPUProgram =>
  flat(`ops_${key}`, outputShape, threads, true, variableNames, undefined, () => code);

/** WGSL for a float literal (always with a decimal point or exponent). */
const float = (value: number): string => (Number.isInteger(value) ? `${value}.0` : value.toExponential());

/** μ and s = 1/√(σ² + ε) of row `base` of `src`, into `mean` and `s`. */
const rowStats = (n: number, epsilon: number): string => `
    var mean = 0.0;
    for (var k = 0; k < ${n}; k++) { mean = mean + f32(src[base + k]); }
    mean = mean / ${float(n)};
    var variance = 0.0;
    for (var k = 0; k < ${n}; k++) { let c = f32(src[base + k]) - mean; variance = variance + c * c; }
    let s = 1.0 / sqrt(variance / ${float(n)} + ${float(epsilon)});`;

function layerNormForward(rows: number, n: number, epsilon: number): WebGPUProgram {
  return program(`normForward_${n}_${epsilon}`, [rows * n], rows, ['src'], `
fn main(index : i32) {
  if (index * ${n} < uniforms.size) {
    let base = index * ${n};${rowStats(n, epsilon)}
    for (var k = 0; k < ${n}; k++) { result[base + k] = (f32(src[base + k]) - mean) * s; }
  }
}`);
}

function layerNormBackward(rows: number, n: number, epsilon: number): WebGPUProgram {
  return program(`normBackward_${n}_${epsilon}`, [rows * n], rows, ['src', 'upstream'], `
fn main(index : i32) {
  if (index * ${n} < uniforms.size) {
    let base = index * ${n};${rowStats(n, epsilon)}
    var g = 0.0;
    var gy = 0.0;
    for (var k = 0; k < ${n}; k++) {
      g = g + f32(upstream[base + k]);
      gy = gy + f32(upstream[base + k]) * (f32(src[base + k]) - mean) * s;
    }
    g = g / ${float(n)};
    gy = gy / ${float(n)};
    for (var k = 0; k < ${n}; k++) {
      result[base + k] = s * (f32(upstream[base + k]) - g - (f32(src[base + k]) - mean) * s * gy);
    }
  }
}`);
}

/** m, lse and Σy of row `base` (C values) of `logits` and `labels`, for the cross-entropy kernels (lab.cnn's too). */
export const rowLogSumExp = (classes: number): string => `
    var m = f32(logits[base]);
    for (var c = 1; c < ${classes}; c++) { m = max(m, f32(logits[base + c])); }
    var total = 0.0;
    var ySum = 0.0;
    for (var c = 0; c < ${classes}; c++) { total = total + exp(f32(logits[base + c]) - m); ySum = ySum + f32(labels[base + c]); }
    let lse = m + log(total);`;

/** The mean loss over rows, in one workgroup that sums the rows' losses in shared memory. */
function crossEntropyForward(rows: number, classes: number): WebGPUProgram {
  return program(`xentForward_${rows}_${classes}`, [1], WORKGROUP, ['labels', 'logits'], `
var<workgroup> partial : array<f32, ${WORKGROUP}>;
fn main(index : i32) {
  var sum = 0.0;
  for (var r = index; r < ${rows}; r = r + ${WORKGROUP}) {
    let base = r * ${classes};${rowLogSumExp(classes)}
    for (var c = 0; c < ${classes}; c++) { sum = sum + f32(labels[base + c]) * (lse - f32(logits[base + c])); }
  }
${WORKGROUP_SUM}
  if (index == 0) { result[uniforms.size - 1] = partial[0] / ${float(rows)}; }
}`);
}

/** ∂L/∂z for every value, scaled by the upstream gradient (a scalar). */
function crossEntropyBackward(rows: number, classes: number): WebGPUProgram {
  return program(`xentBackward_${rows}_${classes}`, [rows * classes], rows * classes, ['labels', 'logits', 'upstream'], `
fn main(index : i32) {
  if (index < uniforms.size) {
    let base = (index / ${classes}) * ${classes};${rowLogSumExp(classes)}
    result[index] = f32(upstream[0]) * (exp(f32(logits[index]) - lse) * ySum - f32(labels[index])) / ${float(rows)};
  }
}`);
}

/** p = softmax(scores·scale + mask) of row `base` (n values), its mask row `maskBase`, into `p(k)`'s terms `m` and `total`. */
const rowSoftmax = (n: number, scale: number, masked: boolean): string => {
  const z = (k: string) => `(f32(scores[base + ${k}]) * ${float(scale)}${masked ? ` + f32(mask[maskBase + ${k}])` : ''})`;
  return `
    var m = ${z('0')};
    for (var k = 1; k < ${n}; k++) { m = max(m, ${z('k')}); }
    var total = 0.0;
    for (var k = 0; k < ${n}; k++) { total = total + exp(${z('k')} - m); }`;
};
const softmaxAt = (scale: number, masked: boolean, k: string): string =>
  `(exp(f32(scores[base + ${k}]) * ${float(scale)}${masked ? ` + f32(mask[maskBase + ${k}])` : ''} - m) / total)`;

/** The attention weights row by row; a mask of `maskRows` rows repeats over the leading axes. */
function attentionForward(rows: number, n: number, scale: number, maskRows: number): WebGPUProgram {
  const masked = maskRows > 0;
  return program(`attnForward_${n}_${scale}_${maskRows}`, [rows * n], rows, masked ? ['mask', 'scores'] : ['scores'], `
fn main(index : i32) {
  if (index * ${n} < uniforms.size) {
    let base = index * ${n};
    let maskBase = ${masked ? `(index % ${maskRows}) * ${n}` : '0'};${rowSoftmax(n, scale, masked)}
    for (var k = 0; k < ${n}; k++) { result[base + k] = ${softmaxAt(scale, masked, 'k')}; }
  }
}`);
}

/** ∂L/∂scoresₖ = scale·pₖ·(gₖ − Σⱼ gⱼ·pⱼ), row by row. */
function attentionBackward(rows: number, n: number, scale: number, maskRows: number): WebGPUProgram {
  const masked = maskRows > 0;
  return program(`attnBackward_${n}_${scale}_${maskRows}`, [rows * n], rows, masked ? ['mask', 'scores', 'upstream'] : ['scores', 'upstream'], `
fn main(index : i32) {
  if (index * ${n} < uniforms.size) {
    let base = index * ${n};
    let maskBase = ${masked ? `(index % ${maskRows}) * ${n}` : '0'};${rowSoftmax(n, scale, masked)}
    var gp = 0.0;
    for (var k = 0; k < ${n}; k++) { gp = gp + f32(upstream[base + k]) * ${softmaxAt(scale, masked, 'k')}; }
    for (var k = 0; k < ${n}; k++) {
      result[base + k] = ${float(scale)} * ${softmaxAt(scale, masked, 'k')} * (f32(upstream[base + k]) - gp);
    }
  }
}`);
}

export interface FusedOps {
  layerNorm<T extends tfjs.Tensor>(x: T, epsilon?: number): T;
  softmaxCrossEntropy(labels: tfjs.Tensor, logits: tfjs.Tensor): tfjs.Scalar;
  attentionWeights<T extends tfjs.Tensor>(scores: T, options?: { scale?: number; mask?: tfjs.Tensor }): T;
}

/**
 * `x` through one fused program forward and one for its gradient
 * (tf.customGrad): `constants` (labels, a mask) come first in both programs'
 * inputs, then `x`, then (backward) the upstream gradient.
 */
function fused<T extends tfjs.Tensor>(tf: Tf, gpu: ProgramRunner, x: T, shape: number[], forward: WebGPUProgram, backward: WebGPUProgram, constants: tfjs.Tensor[] = []): T {
  const run = (p: WebGPUProgram, inputs: tfjs.Tensor[]) => runProgram(tf, gpu, p, inputs);
  const op = tf.customGrad((...args: (tfjs.Tensor | tfjs.GradSaveFunc)[]) => {
    const [value, save] = args as [tfjs.Tensor, tfjs.GradSaveFunc];
    save([value]);
    return {
      value: tf.tidy(() => run(forward, [...constants, value]).reshape(shape)),
      gradFunc: (dy: tfjs.Tensor | tfjs.Tensor[], saved: tfjs.Tensor[]) =>
        tf.tidy(() => run(backward, [...constants, saved[0] as tfjs.Tensor, (dy as tfjs.Tensor).reshape([-1])]).reshape(value.shape)),
    };
  });
  return op(x) as T;
}

/** `value` as a float32 tensor of rank ≥ 1; an int32 or bool one (`tf.oneHot`'s labels) is cast when `cast` is set. */
function floatTensor(tf: Tf, value: unknown, who: string, name: string, cast = false): tfjs.Tensor {
  const tensor = value instanceof tf.Tensor ? (value as tfjs.Tensor) : null;
  if (tensor && tensor.rank >= 1 && tensor.dtype === 'float32') return tensor;
  if (tensor && tensor.rank >= 1 && cast && (tensor.dtype === 'int32' || tensor.dtype === 'bool')) return tf.cast(tensor, 'float32');
  const got = tensor ? `a tensor of dtype ${tensor.dtype} and shape [${tensor.shape.join(', ')}]` : shownValue(value);
  throw new TypeError(`${who}: ${name} must be a ${cast ? 'numeric' : 'float32'} tensor of rank ≥ 1, got ${got}`);
}

export function createFusedOps(tf: Tf): FusedOps {
  return {
    layerNorm(input, epsilonInput) {
      const x = floatTensor(tf, input, 'lab.layerNorm', 'x');
      const epsilon = epsilonInput ?? 1e-5;
      if (typeof epsilon !== 'number' || !(epsilon > 0)) throw new RangeError(`lab.layerNorm: epsilon must be a positive number, got ${shownValue(epsilonInput)}`);
      const gpu = webgpuRunner(tf);
      if (!gpu) {
        return tf.tidy<typeof input>(() => {
          const { mean, variance } = tf.moments(x, -1, true);
          return x.sub(mean).div<typeof input>(variance.add(epsilon).sqrt());
        });
      }
      const n = x.shape[x.rank - 1] ?? 1;
      const rows = x.size / n;
      return fused(tf, gpu, x as typeof input, x.shape, layerNormForward(rows, n, epsilon), layerNormBackward(rows, n, epsilon));
    },
    softmaxCrossEntropy(labelsInput, logitsInput) {
      const labels = floatTensor(tf, labelsInput, 'lab.softmaxCrossEntropy', 'labels', true);
      const logits = floatTensor(tf, logitsInput, 'lab.softmaxCrossEntropy', 'logits');
      if (!tf.util.arraysEqual(labels.shape, logits.shape)) {
        throw new RangeError(`lab.softmaxCrossEntropy: labels [${labels.shape.join(', ')}] and logits [${logits.shape.join(', ')}] must have the same shape`);
      }
      const gpu = webgpuRunner(tf);
      if (!gpu) return tf.losses.softmaxCrossEntropy(labels, logits) as tfjs.Scalar; // eslint-disable-line @typescript-eslint/no-unnecessary-type-assertion -- tfjs types the loss as its input tensor type
      const classes = logits.shape[logits.rank - 1] ?? 1;
      const rows = logits.size / classes;
      return fused(tf, gpu, logits, [], crossEntropyForward(rows, classes), crossEntropyBackward(rows, classes), [labels]) as tfjs.Scalar;
    },
    attentionWeights(input, options) {
      const who = 'lab.attentionWeights';
      const scores = floatTensor(tf, input, who, 'scores');
      const scale = options?.scale ?? 1;
      if (typeof scale !== 'number' || !Number.isFinite(scale)) throw new RangeError(`${who}: scale must be a finite number, got ${shownValue(options?.scale)}`);
      const n = scores.shape[scores.rank - 1] ?? 1;
      const mask = options?.mask === undefined ? null : floatTensor(tf, options.mask, who, 'mask');
      // The mask's rows repeat over the scores' leading axes: its shape must be a tail of theirs.
      if (mask && (mask.rank > scores.rank || !tf.util.arraysEqual(mask.shape, scores.shape.slice(scores.rank - mask.rank)))) {
        throw new RangeError(`${who}: the mask [${mask.shape.join(', ')}] must match the last axes of the scores [${scores.shape.join(', ')}]`);
      }
      const gpu = webgpuRunner(tf);
      if (!gpu) {
        return tf.tidy<typeof input>(() => {
          const scaled = scores.mul(scale);
          return tf.softmax(mask ? scaled.add(mask) : scaled) as typeof input;
        });
      }
      const rows = scores.size / n;
      const maskRows = mask ? mask.size / n : 0;
      return fused(tf, gpu, scores as typeof input, scores.shape, attentionForward(rows, n, scale, maskRows), attentionBackward(rows, n, scale, maskRows), mask ? [mask] : []);
    },
  };
}
