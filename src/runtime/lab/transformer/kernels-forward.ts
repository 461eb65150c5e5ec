/**
 * `lab.transformer`'s forward pass and loss as fused WGSL programs for
 * tfjs's WebGPU backend, one dispatch each (see spec.ts for the network).
 * Packed outputs keep what the backward pass needs; a layer norm is computed
 * inside the product that reads it (each thread finds its row's mean and
 * spread: 2d reads against the d·n of its product).
 *
 *   embed      x₀ = E[ids] + P                                   [rows·d]
 *   qkv        [h₁ | q | k | v], h₁ = LN(x₀), q = h₁·W_q …         [4·rows·d]
 *   attention  [A | o], A = softmax(q·kᵀ/√d + mask), o = A·v       [batch·T·T + rows·d]
 *   residual1  x₁ = x₀ + o·W_o                                    [rows·d]
 *   feedForward [h₂ | f], h₂ = LN(x₁), f = ReLU(h₂·W₁ + b₁)       [rows·d + rows·H]
 *   residual2  x₂ = x₁ + f·W₂                                     [rows·d]
 *   output     [h₃ | z], h₃ = LN(x₂), z = h₃·W_out + b_out         [rows·d + rows·V]
 *   loss       [δ | L], softmax cross-entropy against the targets  [rows·V + 1]
 *
 * The mask hides later positions: their weights are exactly 0, as tfjs's
 * softmax gives for scores pushed down by 1e9, so the sums skip them.
 * Symbol ids are read through i32() and clamped into the vocabulary.
 */
import type { WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import { flat, WORKGROUP, WORKGROUP_SUM } from '../mlp/kernels';
import { float, perValue, rowStatsCode, type Dims } from './wgsl';

/** Inputs: state, ids. */
export function embedProgram(k: Dims): WebGPUProgram {
  const { d, T, V, ND, off } = k;
  return perValue('embed', k, ND, ['state', 'ids'], '', `
    let r = index / ${d};
    let c = index % ${d};
    let id = clamp(i32(ids[r]), 0, ${V - 1});
    result[index] = state[${off.E} + id * ${d} + c] + state[${off.P} + (r % ${T}) * ${d} + c];`);
}

/** Inputs: state, x0. Output [h₁ | q | k | v]. */
export function qkvProgram(k: Dims): WebGPUProgram {
  const { d, ND, off } = k;
  return perValue('qkv', k, 4 * ND, ['state', 'x0'], rowStatsCode('rowStats', 'x0', 0, d), `
    let part = index / ${ND};
    let q = index % ${ND};
    let r = q / ${d};
    let c = q % ${d};
    let st = rowStats(r);
    if (part == 0) {
      result[index] = (x0[q] - st.x) * st.y;
    } else {
      let w = ${off.Wq} + (part - 1) * ${d * d};
      var sum = 0.0;
      for (var j = 0; j < ${d}; j++) {
        sum = sum + (x0[r * ${d} + j] - st.x) * st.y * state[w + j * ${d} + c];
      }
      result[index] = sum;
    }`);
}

/** WGSL: the scaled score of positions i and j, and a row's max and Σ exp (for the softmax). */
function scoresCode(k: Dims): string {
  const { d, T, ND } = k;
  return `
fn score(b : i32, i : i32, j : i32) -> f32 {
  let qi = ${ND} + (b * ${T} + i) * ${d};
  let kj = ${2 * ND} + (b * ${T} + j) * ${d};
  var sum = 0.0;
  for (var c = 0; c < ${d}; c++) { sum = sum + qkv[qi + c] * qkv[kj + c]; }
  return sum / ${float(Math.sqrt(d))};
}
fn rowSoftmax(b : i32, i : i32) -> vec2<f32> {
  var m = score(b, i, 0);
  for (var j = 1; j <= i; j++) { m = max(m, score(b, i, j)); }
  var total = 0.0;
  for (var j = 0; j <= i; j++) { total = total + exp(score(b, i, j) - m); }
  return vec2<f32>(m, total);
}`;
}

/** Inputs: qkv. Output [A (batch·T·T) | o (rows·d)]. */
export function attentionProgram(k: Dims): WebGPUProgram {
  const { d, T, ND, BTT } = k;
  return perValue('attention', k, BTT + ND, ['qkv'], scoresCode(k), `
    if (index < ${BTT}) {
      let j = index % ${T};
      let i = (index / ${T}) % ${T};
      let b = index / ${T * T};
      if (j > i) {
        result[index] = 0.0;
      } else {
        let sm = rowSoftmax(b, i);
        result[index] = exp(score(b, i, j) - sm.x) / sm.y;
      }
    } else {
      let q = index - ${BTT};
      let c = q % ${d};
      let r = q / ${d};
      let i = r % ${T};
      let b = r / ${T};
      let sm = rowSoftmax(b, i);
      var sum = 0.0;
      for (var j = 0; j <= i; j++) {
        sum = sum + exp(score(b, i, j) - sm.x) / sm.y * qkv[${3 * ND} + (b * ${T} + j) * ${d} + c];
      }
      result[index] = sum;
    }`);
}

/** x + h·W for W [n, d] at `w` of the state, h at `hOffset` of `hs` (n per row). Inputs: state, x, hs. */
export function residualProgram(k: Dims, name: string, w: number, n: number, hOffset: number): WebGPUProgram {
  const { d, ND } = k;
  return perValue(name, k, ND, ['state', 'x', 'hs'], '', `
    let r = index / ${d};
    let c = index % ${d};
    var sum = 0.0;
    for (var j = 0; j < ${n}; j++) {
      sum = sum + hs[${hOffset} + r * ${n} + j] * state[${w} + j * ${d} + c];
    }
    result[index] = x[index] + sum;`);
}

/**
 * [h | y], h = LN(x) and y = act(h·W + b) for W [d, n] at `w`, b at `bias`.
 * Inputs: state, x.
 */
export function normDenseProgram(k: Dims, name: string, w: number, bias: number, n: number, relu: boolean): WebGPUProgram {
  const { d, ND, rows } = k;
  return perValue(name, k, ND + rows * n, ['state', 'x'], rowStatsCode('rowStats', 'x', 0, d), `
    if (index < ${ND}) {
      let st = rowStats(index / ${d});
      result[index] = (x[index] - st.x) * st.y;
    } else {
      let q = index - ${ND};
      let r = q / ${n};
      let u = q % ${n};
      let st = rowStats(r);
      var sum = 0.0;
      for (var j = 0; j < ${d}; j++) {
        sum = sum + (x[r * ${d} + j] - st.x) * st.y * state[${w} + j * ${n} + u];
      }
      let z = sum + state[${bias} + u];
      result[index] = ${relu ? 'max(z, 0.0)' : 'z'};
    }`);
}

/**
 * Softmax cross-entropy of the scores (at `zOffset` of `head`, V per row)
 * against the target ids, the mean over rows, and its slope
 * δ = (softmax(z) − onehot(target))/rows, in one workgroup. Inputs: targets, head.
 */
export function lossProgram(k: Dims, zOffset: number): WebGPUProgram {
  const { rows, V } = k;
  return flat(`lmlTransformer_loss_${k.key}`, [rows * V + 1], WORKGROUP, false, ['targets', 'head'], undefined, () => `
var<workgroup> partial : array<f32, ${WORKGROUP}>;
fn main(index : i32) {
  // The row count from the output's size: a shader that never reads the uniforms loses the binding tfjs sets.
  let n = f32((uniforms.outShape - 1) / ${V});
  var sum = 0.0;
  for (var r = index; r < ${rows}; r = r + ${WORKGROUP}) {
    let base = ${zOffset} + r * ${V};
    var m = head[base];
    for (var v = 1; v < ${V}; v++) { m = max(m, head[base + v]); }
    var total = 0.0;
    for (var v = 0; v < ${V}; v++) { total = total + exp(head[base + v] - m); }
    let lse = m + log(total);
    let y = clamp(i32(targets[r]), 0, ${V - 1});
    sum = sum + lse - head[base + y];
    for (var v = 0; v < ${V}; v++) {
      result[r * ${V} + v] = (exp(head[base + v] - lse) - select(0.0, 1.0, v == y)) / n;
    }
  }
${WORKGROUP_SUM}
  if (index == 0) {
    result[${rows * V}] = partial[0] / n;
  }
}`);
}
