/**
 * The fused kernels, in WGSL, as programs for tfjs's own WebGPU backend
 * (`runWebGPUProgram`): tfjs declares the bindings (`result`, one array per
 * name in `variableNames`, `uniforms`) and calls `main(index)` once per
 * output value; each program here is ONE dispatch. A training step of an
 * L-layer network is 2L + 2 of them, whatever the widths:
 *
 *   dense(l)     aₗ₊₁[r, j] = f(Σₖ aₗ[r, k]·W[k, j] + b[j])           L dispatches
 *   lossSlope    δ = ∂L/∂z and the mean loss, one workgroup           1
 *   backward(l)  [∂L/∂W | ∂L/∂b | δ for the layer below], packed      L
 *   update       every parameter and its optimizer slots at once       1
 *
 * where tfjs's own ops take ~15 dispatches per layer and per optimizer
 * variable (matMul, add, tanh, their gradients, the optimizer's mul/add/
 * assign for each W and b). Sizes and offsets are written into the shader
 * text (and its cache key); only the learning-rate terms change per step and
 * travel as uniforms. The student's tensors (the batch `h` of the first
 * layer, the targets) are read through f32(): a float32 tensor cast from
 * int32 (`.toFloat()`) can keep its int32 buffer, which tfjs declares as
 * array<i32>, and a shader mixing i32 and f32 fails to compile, so the
 * dispatch silently did nothing (a loss of 0).
 */
import type { WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import type { LayerLayout, MlpActivation, MlpLoss, MlpSpec } from './spec';

export const WORKGROUP = 64;

/**
 * A program with one thread per index in [0, threads), `threads` rounded up
 * to whole workgroups. `code` is called only when tfjs compiles the program
 * (a key it has not seen), not on every training step.
 */
export const flat = (name: string, outputShape: number[], threads: number, size: boolean, variableNames: string[], uniforms: string | undefined, code: () => string): WebGPUProgram => ({
  shaderKey: `lmlMlp_${name}`,
  outputShape,
  dispatchLayout: { x: [0] },
  dispatch: [Math.ceil(threads / WORKGROUP), 1, 1],
  workgroupSize: [WORKGROUP, 1, 1],
  variableNames,
  size,
  ...(uniforms === undefined ? {} : { uniforms }),
  getUserCode: code,
});

/**
 * WGSL for one-workgroup programs: adds every thread's `sum` into
 * partial[0] (a tree in shared memory; the program declares
 * `var<workgroup> partial : array<f32, WORKGROUP>`).
 */
export const WORKGROUP_SUM = `  partial[index] = sum;
  workgroupBarrier();
  for (var s = ${WORKGROUP / 2}; s > 0; s = s / 2) {
    if (index < s) {
      partial[index] = partial[index] + partial[index + s];
    }
    workgroupBarrier();
  }`;

/** f(z) in WGSL; tanh written as tfjs writes it, through e^(−2|z|), which never overflows. */
function activationCode(kind: MlpActivation | 'linear', z: string): string {
  if (kind === 'linear') return z;
  if (kind === 'relu') return `max(${z}, 0.0)`;
  if (kind === 'sigmoid') return `1.0 / (1.0 + exp(-${z}))`;
  return `(sign(${z}) * (1.0 - exp(-2.0 * abs(${z}))) / (1.0 + exp(-2.0 * abs(${z}))))`;
}

/** f′ written with the layer's output a = f(z) (see ops.ts). */
function slopeCode(kind: MlpActivation, a: string): string {
  if (kind === 'tanh') return `(1.0 - ${a} * ${a})`;
  if (kind === 'sigmoid') return `(${a} * (1.0 - ${a}))`;
  return `select(0.0, 1.0, ${a} > 0.0)`;
}

/** One layer forward over a batch: output [rows, units], one thread per value. */
export function denseProgram(layer: LayerLayout, kind: MlpActivation | 'linear', rows: number): WebGPUProgram {
  const { fanIn, units, offset, biasOffset } = layer;
  return flat(`dense_${fanIn}_${units}_${offset}_${kind}`, [rows, units], rows * units, true, ['state', 'h'], undefined, () => `
fn main(index : i32) {
  if (index < uniforms.size) {
    let r = index / ${units};
    let j = index % ${units};
    var sum = 0.0;
    for (var k = 0; k < ${fanIn}; k++) {
      sum = sum + f32(h[r * ${fanIn} + k]) * state[${offset} + k * ${units} + j];
    }
    let z = sum + state[${biasOffset} + j];
    result[index] = ${activationCode(kind, 'z')};
  }
}`);
}

/**
 * δ = ∂L/∂z for every output value, then the mean loss after them
 * (output [N + 1]), in one workgroup that sums the loss in shared memory:
 *   MSE            L = (1/N) Σ (z − y)²,                         δ = 2(z − y)/N
 *   sigmoid c.-e.  L = (1/N) Σ max(z, 0) − z·y + log(1 + e^−|z|), δ = (σ(z) − y)/N
 * (the cross-entropy from the score z, as tf.losses.sigmoidCrossEntropy
 * computes it: no log(0) when σ(z) rounds to 0 or 1).
 */
export function lossSlopeProgram(loss: MlpLoss, count: number): WebGPUProgram {
  const term = loss === 'meanSquaredError' ? '(z - y) * (z - y)' : 'max(z, 0.0) - z * y + log(1.0 + exp(-abs(z)))';
  const slope = loss === 'meanSquaredError' ? '2.0 * (z - y) / n' : '(1.0 / (1.0 + exp(-z)) - y) / n';
  return flat(`loss_${loss}`, [count + 1], WORKGROUP, false, ['scores', 'targets'], undefined, () => `
var<workgroup> partial : array<f32, ${WORKGROUP}>;
fn main(index : i32) {
  let count = uniforms.outShape - 1;
  let n = f32(count);
  var sum = 0.0;
  for (var i = index; i < count; i = i + ${WORKGROUP}) {
    let z = f32(scores[i]);
    let y = f32(targets[i]);
    sum = sum + ${term};
    result[i] = ${slope};
  }
${WORKGROUP_SUM}
  if (index == 0) {
    result[count] = partial[0] / n;
  }
}`);
}

/**
 * Layer l backward over a batch of `rows`: output [∂L/∂W (fanIn·units) |
 * ∂L/∂b (units) | δ for layer l − 1 (rows·fanIn, when `below` is set)],
 * reading δ for this layer at `deltaOffset` of `deltas`. Layer l's input
 * `h` is the layer below's output a, so f′ comes from it. Inputs: `state`
 * (only with `below`), `deltas`, `h`.
 */
export function backwardProgram(layer: LayerLayout, rows: number, deltaOffset: number, below: MlpActivation | undefined): WebGPUProgram {
  const { fanIn, units, offset } = layer;
  const weights = fanIn * units;
  const size = weights + units + (below ? rows * fanIn : 0);
  const deltaBelow = (): string =>
    below
      ? ` else {
      let q = index - ${weights + units};
      let r = q / ${fanIn};
      let k = q % ${fanIn};
      for (var j = 0; j < ${units}; j++) {
        sum = sum + deltas[${deltaOffset} + r * ${units} + j] * state[${offset} + k * ${units} + j];
      }
      result[index] = sum * ${slopeCode(below, 'f32(h[q])')};
    }`
      : '';
  // The first layer reads no weights (no δ below it), and a pipeline laid out
  // 'auto' has no binding for an input its shader never reads: so it gets no `state`.
  const inputs = below ? ['state', 'deltas', 'h'] : ['deltas', 'h'];
  return flat(`backward_${fanIn}_${units}_${offset}_${deltaOffset}_${below ?? 'input'}`, [size], size, true, inputs, undefined, () => `
fn main(index : i32) {
  if (index < uniforms.size) {
    let rows = uniforms.hShape.x;
    var sum = 0.0;
    if (index < ${weights}) {
      let k = index / ${units};
      let j = index % ${units};
      for (var r = 0; r < rows; r++) {
        sum = sum + f32(h[r * ${fanIn} + k]) * deltas[${deltaOffset} + r * ${units} + j];
      }
      result[index] = sum;
    } else if (index < ${weights + units}) {
      let j = index - ${weights};
      for (var r = 0; r < rows; r++) {
        sum = sum + deltas[${deltaOffset} + r * ${units} + j];
      }
      result[index] = sum;
    }${deltaBelow()}
  }
}`);
}

/** The uniforms `updateProgram` reads, in order. */
export const UPDATE_UNIFORMS = ['negLearningRate', 'momentum', 'beta1', 'beta2', 'oneMinusBeta1', 'oneMinusBeta2', 'oneMinusAccBeta1', 'oneMinusAccBeta2', 'epsilon'] as const;

/**
 * Every parameter p (and its optimizer slots, stored after all parameters:
 * state = [θ | slot 1 | slot 2]) updated by one thread, in tfjs's own order
 * of float32 operations (its sgd, momentum and adam optimizers):
 *   SGD       θ ← (−η)·g + θ
 *   momentum  v ← v·μ + g;  θ ← (−η)·v + θ
 *   Adam      m ← m·β₁ + g·(1 − β₁);  v ← v·β₂ + g²·(1 − β₂);
 *             θ ← (m/(1 − β₁ᵗ)) / (√(v/(1 − β₂ᵗ)) + ε) · (−η) + θ
 * The gradient g of parameter p comes from input gₛ, the source s whose
 * range [offset, offset + count) holds p: for lab.mlp, one source per layer
 * (its packed ∂L/∂W and ∂L/∂b, in the parameters' own order); for
 * lab.optimizer, one flat source of every gradient.
 */
export interface UpdateLayout {
  readonly optimizer: MlpSpec['optimizer'];
  readonly parameterCount: number;
  readonly slots: number;
  readonly sources: readonly { readonly offset: number; readonly count: number }[];
  /** Tells programs of different layouts apart in tfjs's shader cache. */
  readonly key: string;
}

export const mlpUpdateLayout = (spec: MlpSpec): UpdateLayout => ({
  optimizer: spec.optimizer,
  parameterCount: spec.parameterCount,
  slots: spec.slots,
  sources: spec.layers,
  key: spec.layers.map((l) => `${l.fanIn}x${l.units}`).join('_'),
});

export function updateProgram(spec: UpdateLayout): WebGPUProgram {
  const p = spec.parameterCount;
  const names = spec.sources.map((_, s) => `g${s}`);
  const pick = spec.sources
    .map(({ offset, count }, s) => (s === spec.sources.length - 1 ? `  return g${s}[p - ${offset}];` : `  if (p < ${offset + count}) { return g${s}[p - ${offset}]; }`))
    .join('\n');
  const step = {
    sgd: `result[index] = uniforms.negLearningRate * g + theta;`,
    momentum: `let v = state[${p} + index] * uniforms.momentum + g;
    result[${p} + index] = v;
    result[index] = uniforms.negLearningRate * v + theta;`,
    adam: `let m = state[${p} + index] * uniforms.beta1 + g * uniforms.oneMinusBeta1;
    let v = state[${2 * p} + index] * uniforms.beta2 + (g * g) * uniforms.oneMinusBeta2;
    result[${p} + index] = m;
    result[${2 * p} + index] = v;
    let mHat = m / uniforms.oneMinusAccBeta1;
    let vHat = v / uniforms.oneMinusAccBeta2;
    result[index] = (mHat / (sqrt(vHat) + uniforms.epsilon)) * uniforms.negLearningRate + theta;`,
  }[spec.optimizer];
  return flat(`update_${spec.optimizer}_${spec.key}`, [p * (1 + spec.slots)], p, false, ['state', ...names], UPDATE_UNIFORMS.map((u) => `${u} : f32,`).join(' '), () => `
fn gradient(p : i32) -> f32 {
${pick}
}
fn main(index : i32) {
  if (index < ${p}) {
    let g = gradient(index);
    let theta = state[index];
    ${step}
  }
}`);
}
