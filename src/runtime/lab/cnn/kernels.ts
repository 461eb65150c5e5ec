/**
 * `lab.cnn`'s fused kernels, in WGSL, as programs for tfjs's own WebGPU
 * backend (see ../mlp/kernels.ts for how tfjs binds them). Each is ONE
 * dispatch; a training step of a network with L blocks is 2L + 5 of them:
 *
 *   blockForward(l)   [pooled | a], a = ReLU(F ⋆ x + b), pooled = 2×2 max of a     L
 *   dense forward     scores = flatten(pooled)·W + b (lab.mlp's denseProgram)     1
 *   softmaxLoss       δ = ∂L/∂scores and the mean loss                             1
 *   denseBackward     [∂L/∂W | ∂L/∂b | ∂L/∂pooled of the last block]               1
 *   blockBackward(l)  [∂L/∂F | ∂L/∂b | ∂L/∂pooled of block l − 1]                  L
 *   update            every parameter and its optimizer slots (lab.mlp's)          1
 *   the loss's slice  (a scalar for the caller)                                    1
 *
 * where tfjs's ops take about 130 for the course's two-block CNN with Adam
 * (conv2d, bias add, ReLU, max pool and their gradients, the pool's argmax,
 * the optimizer's mul/add/assign for every variable).
 *
 * The gradient through pooling and ReLU: ∂L/∂a at a window's winner is
 * ∂L/∂pooled, 0 elsewhere, and 0 where a = 0 (ReLU′). The winner is the
 * window's largest a, the LAST one on ties in (0,0), (0,1), (1,0), (1,1)
 * order, as tfjs's WebGPU max pool picks (`>=`); the backward kernels find it
 * again from `a` (no argmax tensor). Then, with δ = ∂L/∂a:
 *   ∂L/∂F[ky, kx, c, f] = Σ_{b, y, x} δ[b, y, x, f] · x[b, y + ky, x + kx, c]
 *   ∂L/∂b[f]            = Σ_{b, y, x} δ[b, y, x, f]
 *   ∂L/∂x[b, i, j, c]   = Σ_{ky, kx, f} δ[b, i − ky, j − kx, f] · F[ky, kx, c, f]
 * Sizes and offsets are written into the shader text (and its key), the
 * batch size included. The pictures `x` of the first block and the labels
 * are the student's tensors, read through f32() (see ../mlp/kernels.ts).
 */
import type { WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import { rowLogSumExp } from '../fused-ops';
import { flat, WORKGROUP, WORKGROUP_SUM } from '../mlp/kernels';
import type { LayerLayout } from '../mlp/spec';
import type { BlockLayout } from './spec';

/** Values in a block's [pooled | a] output before `a`: the pooled ones. */
export const pooledCount = (block: BlockLayout, batch: number): number => batch * block.poolHeight * block.poolWidth * block.filters;

const key = (block: BlockLayout, batch: number): string =>
  `${block.height}_${block.width}_${block.channels}_${block.kernelSize}_${block.filters}_${block.offset}_${batch}`;

/** WGSL: ReLU(F ⋆ x + b) at one output position of one filter. */
function convolutionCode(block: BlockLayout): string {
  const { height, width, channels, kernelSize: k, filters, offset, biasOffset } = block;
  return `
fn convAt(b : i32, row : i32, col : i32, f : i32) -> f32 {
  var sum = state[${biasOffset} + f];
  for (var ky = 0; ky < ${k}; ky++) {
    for (var kx = 0; kx < ${k}; kx++) {
      let pixel = ((b * ${height} + row + ky) * ${width} + col + kx) * ${channels};
      let weight = ${offset} + (ky * ${k} + kx) * ${channels * filters} + f;
      for (var c = 0; c < ${channels}; c++) {
        sum = sum + f32(x[pixel + c]) * state[weight + c * ${filters}];
      }
    }
  }
  return max(sum, 0.0);
}`;
}

/** One block forward: output [pooled (batch·poolH·poolW·filters) | a (batch·convH·convW·filters)]. Inputs: state, x. */
export function blockForwardProgram(block: BlockLayout, batch: number): WebGPUProgram {
  const { filters, convHeight, convWidth, poolHeight, poolWidth } = block;
  const pooled = pooledCount(block, batch);
  const size = pooled + batch * convHeight * convWidth * filters;
  return flat(`cnnForward_${key(block, batch)}`, [size], size, true, ['state', 'x'], undefined, () => `${convolutionCode(block)}
fn main(index : i32) {
  if (index < uniforms.size) {
    if (index < ${pooled}) {
      let f = index % ${filters};
      let cell = index / ${filters};
      let row = 2 * ((cell / ${poolWidth}) % ${poolHeight});
      let col = 2 * (cell % ${poolWidth});
      let b = cell / ${poolWidth * poolHeight};
      result[index] = max(max(convAt(b, row, col, f), convAt(b, row, col + 1, f)), max(convAt(b, row + 1, col, f), convAt(b, row + 1, col + 1, f)));
    } else {
      let q = index - ${pooled};
      let f = q % ${filters};
      let cell = q / ${filters};
      let col = cell % ${convWidth};
      let row = (cell / ${convWidth}) % ${convHeight};
      let b = cell / ${convWidth * convHeight};
      result[index] = convAt(b, row, col, f);
    }
  }
}`);
}

/**
 * Softmax cross-entropy over `classes` scores per row, as
 * tf.losses.softmaxCrossEntropy computes it (the mean over rows), and its
 * slope, in one workgroup that sums the loss in shared memory:
 *   L = (1/R) Σ_r Σ_j y[r, j]·(lse_r − z[r, j]),  lse_r = m + log Σ_j e^(z[r, j] − m)
 *   δ[r, j] = (softmax(z_r)[j]·Σ_j y[r, j] − y[r, j]) / R
 * Output [δ (rows·classes) | L]. Inputs: labels, logits (the scores).
 */
export function softmaxLossProgram(rows: number, classes: number): WebGPUProgram {
  return flat(`cnnLoss_${rows}_${classes}`, [rows * classes + 1], WORKGROUP, false, ['labels', 'logits'], undefined, () => `
var<workgroup> partial : array<f32, ${WORKGROUP}>;
fn main(index : i32) {
  // The rows from the output's size: a shader that never reads the uniforms loses the binding tfjs sets (the dispatch does nothing).
  let n = f32((uniforms.outShape - 1) / ${classes});
  var sum = 0.0;
  for (var r = index; r < ${rows}; r = r + ${WORKGROUP}) {
    let base = r * ${classes};${rowLogSumExp(classes)}
    for (var c = 0; c < ${classes}; c++) {
      let y = f32(labels[base + c]);
      let z = logits[base + c];
      sum = sum + y * (lse - z);
      result[base + c] = (exp(z - lse) * ySum - y) / n;
    }
  }
${WORKGROUP_SUM}
  if (index == 0) {
    result[${rows * classes}] = partial[0] / n;
  }
}`);
}

/**
 * The dense layer backward: output [∂L/∂W (fanIn·units) | ∂L/∂b (units) |
 * ∂L/∂pooled (rows·fanIn)], the last from δ·Wᵀ with no activation slope (the
 * block's backward applies ReLU′ and the pooling). Inputs: state, slope
 * (δ at offset 0), h (the last block's output, pooled values first).
 */
export function denseBackwardProgram(layer: LayerLayout, rows: number): WebGPUProgram {
  const { fanIn, units, offset } = layer;
  const weights = fanIn * units;
  const size = weights + units + rows * fanIn;
  return flat(`cnnDenseBackward_${fanIn}_${units}_${offset}_${rows}`, [size], size, true, ['state', 'slope', 'h'], undefined, () => `
fn main(index : i32) {
  if (index < uniforms.size) {
    var sum = 0.0;
    if (index < ${weights}) {
      let k = index / ${units};
      let j = index % ${units};
      for (var r = 0; r < ${rows}; r++) {
        sum = sum + h[r * ${fanIn} + k] * slope[r * ${units} + j];
      }
    } else if (index < ${weights + units}) {
      let j = index - ${weights};
      for (var r = 0; r < ${rows}; r++) {
        sum = sum + slope[r * ${units} + j];
      }
    } else {
      let q = index - ${weights + units};
      let r = q / ${fanIn};
      let k = q % ${fanIn};
      for (var j = 0; j < ${units}; j++) {
        sum = sum + slope[r * ${units} + j] * state[${offset} + k * ${units} + j];
      }
    }
    result[index] = sum;
  }
}`);
}

/**
 * One block backward: output [∂L/∂F | ∂L/∂b | ∂L/∂x (batch·H·W·C, when
 * `below`: x is the block below's pooled output)]. ∂L/∂pooled of this block
 * is read from `dpool` at `deltaOffset` (the dense layer's or the block
 * above's backward output). Inputs: state (only with `below`: a pipeline
 * laid out 'auto' has no binding for an input its shader never reads),
 * dpool, act (this block's [pooled | a]), x (its input).
 */
export function blockBackwardProgram(block: BlockLayout, batch: number, deltaOffset: number, below: boolean): WebGPUProgram {
  const { height, width, channels, kernelSize: k, filters, convHeight, convWidth, poolHeight, poolWidth, offset } = block;
  const pooled = pooledCount(block, batch);
  const filterCount = k * k * channels * filters;
  const size = filterCount + filters + (below ? batch * height * width * channels : 0);
  const dpool = (b: string, py: string, px: string, f: string) => `dpool[${deltaOffset} + ((${b} * ${poolHeight} + ${py}) * ${poolWidth} + ${px}) * ${filters} + ${f}]`;
  const deltaBelow = below
    ? ` else {
      let q = index - ${filterCount + filters};
      let c = q % ${channels};
      let cell = q / ${channels};
      let col = cell % ${width};
      let row = (cell / ${width}) % ${height};
      let b = cell / ${width * height};
      for (var ky = 0; ky < ${k}; ky++) {
        let y = row - ky;
        if (y < 0 || y >= ${2 * poolHeight}) { continue; }
        for (var kx = 0; kx < ${k}; kx++) {
          let x0 = col - kx;
          if (x0 < 0 || x0 >= ${2 * poolWidth}) { continue; }
          let own = (y % 2) * 2 + x0 % 2;
          for (var f = 0; f < ${filters}; f++) {
            if (poolWinner(b, y / 2, x0 / 2, f) == own) {
              sum = sum + ${dpool('b', 'y / 2', 'x0 / 2', 'f')} * state[${offset} + ((ky * ${k} + kx) * ${channels} + c) * ${filters} + f];
            }
          }
        }
      }
    }`
    : '';
  return flat(`cnnBackward_${key(block, batch)}_${deltaOffset}_${below ? 'below' : 'input'}`, [size], size, true, below ? ['state', 'dpool', 'act', 'x'] : ['dpool', 'act', 'x'], undefined, () => `
// The window's winner (0–3, the last largest a), or −1 when its a is 0 (ReLU passes no gradient).
fn poolWinner(b : i32, py : i32, px : i32, f : i32) -> i32 {
  let first = ${pooled} + ((b * ${convHeight} + 2 * py) * ${convWidth} + 2 * px) * ${filters} + f;
  var best = 0;
  var top = act[first];
  for (var w = 1; w < 4; w++) {
    let v = act[first + ((w / 2) * ${convWidth} + w % 2) * ${filters}];
    if (v >= top) {
      best = w;
      top = v;
    }
  }
  return select(-1, best, top > 0.0);
}
fn main(index : i32) {
  if (index < uniforms.size) {
    var sum = 0.0;
    if (index < ${filterCount + filters}) {
      let onBias = index >= ${filterCount};
      let f = select(index % ${filters}, index - ${filterCount}, onBias);
      let c = (index / ${filters}) % ${channels};
      let kx = (index / ${filters * channels}) % ${k};
      let ky = index / ${filters * channels * k};
      for (var b = 0; b < ${batch}; b++) {
        for (var py = 0; py < ${poolHeight}; py++) {
          for (var px = 0; px < ${poolWidth}; px++) {
            let w = poolWinner(b, py, px, f);
            if (w >= 0) {
              let g = ${dpool('b', 'py', 'px', 'f')};
              if (onBias) {
                sum = sum + g;
              } else {
                sum = sum + g * f32(x[((b * ${height} + 2 * py + w / 2 + ky) * ${width} + 2 * px + w % 2 + kx) * ${channels} + c]);
              }
            }
          }
        }
      }
    }${deltaBelow}
    result[index] = sum;
  }
}`);
}
