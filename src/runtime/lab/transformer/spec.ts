/**
 * `lab.transformer`'s options, checked once with a clear message for each
 * mistake, and the parameter layout both training paths share. The network
 * is the language-models lesson's tiny transformer: one pre-norm block of
 * single-head causal self-attention and a ReLU feed-forward layer,
 *
 *   x₀ = E[ids] + P                       token and position embeddings
 *   x₁ = x₀ + softmax(q·kᵀ/√d + mask)·v·Wₒ   q, k, v = LN(x₀)·W_q, W_k, W_v
 *   x₂ = x₁ + ReLU(LN(x₁)·W₁ + b₁)·W₂
 *   scores = LN(x₂)·W_out + b_out           one per symbol of the vocabulary
 *
 * with LN the layer normalisation over a row, (x − mean)/√(variance + 1e-5)
 * (no gain or bias), the mask hiding later positions, and softmax
 * cross-entropy against the next symbol. The parameters, in one flat list,
 * in the order of PARAMETERS.
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient `Lab` API, as in lab.ts
/// <reference path="../../lab-api.d.ts" />
import { readUpdateRule, shownValue, type UpdateSpec } from '../update-rule';

export const PARAMETERS = ['E', 'P', 'Wq', 'Wk', 'Wv', 'Wo', 'W1', 'b1', 'W2', 'Wout', 'bout'] as const;
export type ParameterName = (typeof PARAMETERS)[number];

export interface ParameterLayout {
  readonly name: ParameterName;
  readonly shape: readonly number[];
  readonly offset: number;
  readonly count: number;
  /** The standard deviation it starts from (normal, mean 0), or 0 for a bias (zeros). */
  readonly std: number;
}

export interface TransformerSpec extends UpdateSpec {
  readonly vocabulary: number;
  readonly context: number;
  readonly width: number;
  readonly hidden: number;
  readonly seed: number;
  readonly fused: boolean;
  readonly parameters: Readonly<Record<ParameterName, ParameterLayout>>;
  readonly parameterCount: number;
}

const WHO = 'lab.transformer';
export const MAX_VOCABULARY = 4096;
export const MAX_CONTEXT = 512;
export const MAX_WIDTH = 1024;

function wholeOption(o: Readonly<Record<string, unknown>>, name: string, min: number, max: number, fallback?: number): number {
  const value = o[name] ?? fallback;
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new RangeError(`${WHO}: ${name} must be a whole number from ${min} to ${max}, got ${shownValue(o[name])}`);
  }
  return value as number;
}

export function readTransformerOptions(options: unknown, defaultSeed: number): TransformerSpec {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${WHO} needs options, e.g. lab.transformer({ vocabulary: 40, context: 24, width: 32 })`);
  }
  const o = options as Readonly<Record<string, unknown>>;
  const vocabulary = wholeOption(o, 'vocabulary', 2, MAX_VOCABULARY);
  const context = wholeOption(o, 'context', 1, MAX_CONTEXT);
  const width = wholeOption(o, 'width', 1, MAX_WIDTH);
  const hidden = wholeOption(o, 'hidden', 1, 4 * MAX_WIDTH, 4 * width);
  const seed = o['seed'] === undefined ? defaultSeed : Number(o['seed']);
  if (!Number.isInteger(seed)) throw new RangeError(`${WHO}: seed must be a whole number, got ${shownValue(o['seed'])}`);

  const shapes: Record<ParameterName, [number[], number]> = {
    E: [[vocabulary, width], 0.1],
    P: [[context, width], 0.1],
    Wq: [[width, width], 1 / Math.sqrt(width)],
    Wk: [[width, width], 1 / Math.sqrt(width)],
    Wv: [[width, width], 1 / Math.sqrt(width)],
    Wo: [[width, width], 1 / Math.sqrt(width)],
    W1: [[width, hidden], 1 / Math.sqrt(width)],
    b1: [[hidden], 0],
    W2: [[hidden, width], 1 / Math.sqrt(hidden)],
    Wout: [[width, vocabulary], 1 / Math.sqrt(width)],
    bout: [[vocabulary], 0],
  };
  let offset = 0;
  const parameters = {} as Record<ParameterName, ParameterLayout>;
  for (const name of PARAMETERS) {
    const [shape, std] = shapes[name];
    const count = shape.reduce((a, b) => a * b, 1);
    parameters[name] = { name, shape, offset, count, std };
    offset += count;
  }
  return {
    vocabulary,
    context,
    width,
    hidden,
    ...readUpdateRule(o, WHO, 'adam'),
    seed,
    fused: o['fused'] === undefined ? true : Boolean(o['fused']),
    parameters,
    parameterCount: offset,
  };
}
