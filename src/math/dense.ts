/**
 * A tiny dense (fully connected) network on plain arrays, for worked
 * examples small enough to check by hand.
 *
 * One layer:      a = f(W x + b)      W is m×n (m neurons, n inputs), b has m entries.
 * Two layers:     ŷ = σ(W₂ σ(W₁ x + b₁) + b₂)
 * Row i of W holds the weights of neuron i, so (W x)_i = Σ_j W_ij x_j.
 */
import { activations, type ActivationName } from './activations';

/** A vector of numbers (inputs, biases, activations). */
export type Vector = readonly number[];
/** A matrix as rows: matrix[i][j] is row i, column j. */
export type Matrix = readonly Vector[];

/** A dense layer's parameters and activation. */
export interface DenseLayer {
  readonly weights: Matrix;
  readonly bias: Vector;
  readonly activation: ActivationName;
}

/** What one layer computed: the pre-activations z = W x + b and the outputs a = f(z). */
export interface LayerTrace {
  readonly z: number[];
  readonly a: number[];
}

/** Dot product Σ_j u_j v_j. Throws on different lengths (a programming error). */
export function dot(u: Vector, v: Vector): number {
  if (u.length !== v.length) throw new RangeError(`dot: lengths ${u.length} and ${v.length} differ`);
  let total = 0;
  u.forEach((x, j) => {
    total += x * (v[j] ?? 0);
  });
  return total;
}

/** Matrix–vector product (W x)_i = Σ_j W_ij x_j. */
export function matVec(weights: Matrix, x: Vector): number[] {
  return weights.map((row) => dot(row, x));
}

/**
 * One neuron: a = f(w·x + b). With the identity activation this is linear
 * regression, y = w·x + b.
 */
export function neuron(weights: Vector, x: Vector, bias: number, activation: ActivationName = 'identity'): number {
  return activations[activation].fn(dot(weights, x) + bias);
}

/** One dense layer: z = W x + b, a = f(z) elementwise. */
export function denseLayer(layer: DenseLayer, x: Vector): LayerTrace {
  if (layer.bias.length !== layer.weights.length) {
    throw new RangeError(`denseLayer: ${layer.weights.length} weight rows but ${layer.bias.length} biases`);
  }
  const f = activations[layer.activation].fn;
  const z = matVec(layer.weights, x).map((v, i) => v + (layer.bias[i] ?? 0));
  return { z, a: z.map(f) };
}

/**
 * Forward pass through layers in order; returns every layer's trace so a
 * lesson can show the intermediate numbers. The network's output is the last
 * trace's `a`. For two sigmoid layers this is ŷ = σ(W₂ σ(W₁ x + b₁) + b₂).
 */
export function forwardPass(layers: readonly DenseLayer[], x: Vector): LayerTrace[] {
  const traces: LayerTrace[] = [];
  let input: Vector = x;
  for (const layer of layers) {
    const trace = denseLayer(layer, input);
    traces.push(trace);
    input = trace.a;
  }
  return traces;
}

/** Number of trainable parameters: Σ over layers of (rows × columns + biases). */
export function parameterCount(layers: readonly DenseLayer[]): number {
  return layers.reduce((n, layer) => n + layer.weights.length * (layer.weights[0]?.length ?? 0) + layer.bias.length, 0);
}
