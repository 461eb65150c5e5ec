/**
 * The functions lessons may plot in a ```plot block, by name. The build
 * samples `fn` over the block's x range and draws an SVG; `label` is the
 * legend text. Adding a function here makes it available to every lesson.
 */
import {
  identity,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  tanh,
  tanhDerivative,
} from './activations';
import { clipProbability } from './losses';

/** One plottable function: its legend label and y = fn(x). */
export interface PlotFunction {
  readonly label: string;
  readonly fn: (x: number) => number;
}

/** Every function a ```plot block may name, keyed by that name. */
export const plotFunctions: Readonly<Record<string, PlotFunction>> = {
  sigmoid: { label: 'σ(x)', fn: sigmoid },
  'sigmoid-derivative': { label: "σ'(x)", fn: sigmoidDerivative },
  relu: { label: 'ReLU(x)', fn: relu },
  'relu-derivative': { label: "ReLU'(x)", fn: reluDerivative },
  tanh: { label: 'tanh(x)', fn: tanh },
  'tanh-derivative': { label: "tanh'(x)", fn: tanhDerivative },
  identity: { label: 'x', fn: identity },
  /** Loss of one example whose true class got probability x: −ln(x), x clipped to [ε, 1 − ε]. */
  'neg-log': { label: '−ln(x)', fn: (x) => -Math.log(clipProbability(x)) },
  /** Binary cross-entropy of one example with label 0 and predicted P(1) = x: −ln(1 − x). */
  'neg-log-one-minus': { label: '−ln(1 − x)', fn: (x) => -Math.log(1 - clipProbability(x)) },
  /** Squared error of a prediction x for a target of 0: x². */
  square: { label: 'x²', fn: (x) => x * x },
};
