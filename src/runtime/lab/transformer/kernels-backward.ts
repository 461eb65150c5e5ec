/**
 * `lab.transformer`'s backward pass as fused WGSL programs, one dispatch
 * each, reading the forward pass's packed outputs (kernels-forward.ts).
 * Every gradient a parameter needs comes first in its program's output, in
 * the parameters' own order, so the update reads them in place:
 *
 *   outBack     [∂W_out | ∂b_out | ∂x₂]      ∂x₂ through LN: s·(g − mean g − h₃·mean(g·h₃)), g = δ·W_outᵀ
 *   ff2Back     [∂W₂ | ∂(pre-ReLU)]          ∂W₂ = fᵀ·∂x₂, ∂pre = (∂x₂·W₂ᵀ) ⊙ [f > 0]
 *   ff1Back     [∂W₁ | ∂b₁ | ∂h₂]
 *   norm2Back   ∂x₁ = ∂x₂ + LN′(∂h₂)
 *   attnOutBack [∂W_o | ∂o]
 *   scoresBack  ∂S = A ⊙ (∂A − Σ_j A·∂A)/√d, ∂A = ∂o·vᵀ (0 above the diagonal)
 *   qkvBack     [∂q | ∂k | ∂v] = [∂S·k | ∂Sᵀ·q | Aᵀ·∂o]
 *   projBack    [∂W_q | ∂W_k | ∂W_v | ∂h₁]
 *   embedBack   [∂E | ∂P] from ∂x₀ = ∂x₁ + LN′(∂h₁): ∂E[v] sums the rows whose id is v
 */
import type { WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import { float, layerNormBackCode, perValue, rowStatsCode, type Dims } from './wgsl';

/** Where a matrix of `width` values per row sits: a program input and an offset in it. */
export interface Rows {
  readonly array: string;
  readonly offset: number;
  readonly width: number;
}

const at = (m: Rows, r: string, j: string): string => `${m.array}[${m.offset} + (${r}) * ${m.width} + ${j}]`;

/**
 * A dense layer y = a·W (+ b) backward: [∂W = aᵀ·g (n·m) | ∂b = Σ_rows g (m, with
 * `bias`) | ∂a = g·Wᵀ (rows·n), times [a > 0] with `relu` (a = ReLU of the
 * layer below)]. W [n, m] at `w` of the state. Inputs: state, a, g.
 */
export function denseBackProgram(k: Dims, name: string, a: Rows, g: Rows, w: number, bias: boolean, relu: boolean): WebGPUProgram {
  const { rows } = k;
  const n = a.width;
  const m = g.width;
  const weights = n * m;
  const head = weights + (bias ? m : 0);
  return perValue(name, k, head + rows * n, ['state', 'a', 'g'], '', `
    var sum = 0.0;
    if (index < ${weights}) {
      let j = index / ${m};
      let c = index % ${m};
      for (var r = 0; r < ${rows}; r++) { sum = sum + ${at(a, 'r', 'j')} * ${at(g, 'r', 'c')}; }
    } else if (index < ${head}) {
      let c = index - ${weights};
      for (var r = 0; r < ${rows}; r++) { sum = sum + ${at(g, 'r', 'c')}; }
    } else {
      let q = index - ${head};
      let r = q / ${n};
      let j = q % ${n};
      for (var c = 0; c < ${m}; c++) { sum = sum + ${at(g, 'r', 'c')} * state[${w} + j * ${m} + c]; }
      ${relu ? `sum = select(0.0, sum, ${at(a, 'r', 'j')} > 0.0);` : ''}
    }
    result[index] = sum;`);
}

/**
 * [∂W_out | ∂b_out | ∂x₂]: the output layer z = h₃·W_out + b_out backward, then
 * through h₃ = LN(x₂). Inputs: state, slope (δ at 0), x2, head (h₃ at 0).
 */
export function outBackProgram(k: Dims): WebGPUProgram {
  const { rows, d, V, off } = k;
  const weights = d * V;
  const helpers = `${rowStatsCode('rowStats', 'x2', 0, d)}
fn gradH3(r : i32, j : i32) -> f32 {
  var sum = 0.0;
  for (var v = 0; v < ${V}; v++) { sum = sum + slope[r * ${V} + v] * state[${off.Wout} + j * ${V} + v]; }
  return sum;
}`;
  return perValue('outBack', k, weights + V + rows * d, ['state', 'slope', 'x2', 'head'], helpers, `
    var sum = 0.0;
    if (index < ${weights}) {
      let j = index / ${V};
      let v = index % ${V};
      for (var r = 0; r < ${rows}; r++) { sum = sum + head[r * ${d} + j] * slope[r * ${V} + v]; }
      result[index] = sum;
    } else if (index < ${weights + V}) {
      let v = index - ${weights};
      for (var r = 0; r < ${rows}; r++) { sum = sum + slope[r * ${V} + v]; }
      result[index] = sum;
    } else {
      let q = index - ${weights + V};
      let r = q / ${d};
      let c = q % ${d};${layerNormBackCode('dx', (j) => `gradH3(r, ${j})`, (j) => `head[r * ${d} + ${j}]`, 'rowStats(r).y', d)}
      result[index] = dx;
    }`);
}

/** ∂x₁ = ∂x₂ + LN′(∂h₂) with h₂ = LN(x₁). Inputs: g2 (∂x₂ at `dx2Offset`), g (∂h₂ at `dh2Offset`), ff (h₂ at 0), x (x₁). */
export function norm2BackProgram(k: Dims, dx2Offset: number, dh2Offset: number): WebGPUProgram {
  const { d, ND } = k;
  return perValue('norm2Back', k, ND, ['g2', 'g', 'ff', 'x'], rowStatsCode('rowStats', 'x', 0, d), `
    let r = index / ${d};
    let c = index % ${d};${layerNormBackCode('dx', (j) => `g[${dh2Offset} + r * ${d} + ${j}]`, (j) => `ff[r * ${d} + ${j}]`, 'rowStats(r).y', d)}
    result[index] = g2[${dx2Offset} + index] + dx;`);
}

/** ∂S for each pair (i, j ≤ i) of a sequence. Inputs: g (∂o at `doOffset`), att (A at 0), qkv (v at 3·rows·d). */
export function scoresBackProgram(k: Dims, doOffset: number): WebGPUProgram {
  const { d, T, ND, BTT } = k;
  const helpers = `
fn gradA(b : i32, i : i32, j : i32) -> f32 {
  let oi = ${doOffset} + (b * ${T} + i) * ${d};
  let vj = ${3 * ND} + (b * ${T} + j) * ${d};
  var sum = 0.0;
  for (var c = 0; c < ${d}; c++) { sum = sum + g[oi + c] * qkv[vj + c]; }
  return sum;
}`;
  return perValue('scoresBack', k, BTT, ['g', 'att', 'qkv'], helpers, `
    let j = index % ${T};
    let i = (index / ${T}) % ${T};
    let b = index / ${T * T};
    var grad = 0.0;
    if (j <= i) {
      var rho = 0.0;
      for (var jj = 0; jj <= i; jj++) { rho = rho + att[(b * ${T} + i) * ${T} + jj] * gradA(b, i, jj); }
      grad = att[index] * (gradA(b, i, j) - rho) / ${float(Math.sqrt(d))};
    }
    result[index] = grad;`);
}

/** [∂q | ∂k | ∂v]. Inputs: ds (∂S), g (∂o at `doOffset`), att (A at 0), qkv. */
export function qkvBackProgram(k: Dims, doOffset: number): WebGPUProgram {
  const { d, T, ND } = k;
  return perValue('qkvBack', k, 3 * ND, ['ds', 'g', 'att', 'qkv'], '', `
    let part = index / ${ND};
    let q = index % ${ND};
    let c = q % ${d};
    let r = q / ${d};
    let i = r % ${T};
    let b = r / ${T};
    let pairs = b * ${T * T};
    var sum = 0.0;
    if (part == 0) {
      for (var j = 0; j <= i; j++) { sum = sum + ds[pairs + i * ${T} + j] * qkv[${2 * ND} + (b * ${T} + j) * ${d} + c]; }
    } else if (part == 1) {
      for (var t = i; t < ${T}; t++) { sum = sum + ds[pairs + t * ${T} + i] * qkv[${ND} + (b * ${T} + t) * ${d} + c]; }
    } else {
      for (var t = i; t < ${T}; t++) { sum = sum + att[pairs + t * ${T} + i] * g[${doOffset} + (b * ${T} + t) * ${d} + c]; }
    }
    result[index] = sum;`);
}

/** [∂W_q | ∂W_k | ∂W_v | ∂h₁]. Inputs: state, g ([∂q | ∂k | ∂v]), qkv (h₁ at 0). */
export function projBackProgram(k: Dims): WebGPUProgram {
  const { rows, d, ND, off } = k;
  const weights = 3 * d * d;
  return perValue('projBack', k, weights + ND, ['state', 'g', 'qkv'], '', `
    var sum = 0.0;
    if (index < ${weights}) {
      let part = index / ${d * d};
      let j = (index / ${d}) % ${d};
      let c = index % ${d};
      for (var r = 0; r < ${rows}; r++) { sum = sum + qkv[r * ${d} + j] * g[part * ${ND} + r * ${d} + c]; }
    } else {
      let q = index - ${weights};
      let r = q / ${d};
      let j = q % ${d};
      for (var part = 0; part < 3; part++) {
        for (var c = 0; c < ${d}; c++) {
          sum = sum + g[part * ${ND} + r * ${d} + c] * state[${off.Wq} + part * ${d * d} + j * ${d} + c];
        }
      }
    }
    result[index] = sum;`);
}

/** [∂E | ∂P]. Inputs: ids, g1 (∂x₁), g (∂h₁ at `dh1Offset`), qkv (h₁ at 0), x0. */
export function embedBackProgram(k: Dims, dh1Offset: number): WebGPUProgram {
  const { rows, batch, d, T, V } = k;
  const helpers = `${rowStatsCode('rowStats', 'x0', 0, d)}
fn gradX0(r : i32, c : i32) -> f32 {${layerNormBackCode('dx', (j) => `g[${dh1Offset} + r * ${d} + ${j}]`, (j) => `qkv[r * ${d} + ${j}]`, 'rowStats(r).y', d)}
  return g1[r * ${d} + c] + dx;
}`;
  return perValue('embedBack', k, V * d + T * d, ['ids', 'g1', 'g', 'qkv', 'x0'], helpers, `
    var sum = 0.0;
    if (index < ${V * d}) {
      let v = index / ${d};
      let c = index % ${d};
      for (var r = 0; r < ${rows}; r++) {
        if (clamp(i32(ids[r]), 0, ${V - 1}) == v) { sum = sum + gradX0(r, c); }
      }
    } else {
      let q = index - ${V * d};
      let t = q / ${d};
      let c = q % ${d};
      for (var b = 0; b < ${batch}; b++) { sum = sum + gradX0(b * ${T} + t, c); }
    }
    result[index] = sum;`);
}
