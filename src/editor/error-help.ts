/**
 * Plain-language help for the TensorFlow.js failures a learner meets most:
 * a message from the run is matched against the wording TensorFlow.js 4.x
 * (and the browser, for memory) uses, and the output shows what it usually
 * means and the likely fix beside the raw message (issue 15). The patterns
 * are checked against errors produced by the real library in
 * tests/unit/editor/error-help.test.ts, so a wording change in an upgrade
 * shows up there, not as silently missing help.
 *
 * A diverging loss is not an error (training goes on with NaN), so it is
 * recognised from the run's outputs instead: `lossDiverged`.
 */
import type { OutputState } from './output-state';

export type ErrorHelpId =
  | 'matMul'
  | 'exampleShape'
  | 'shape'
  | 'dtype'
  | 'disposed'
  | 'kernel'
  | 'memory'
  | 'notCompiled'
  | 'noGradient'
  | 'inputShape';

export interface ErrorHelp {
  readonly id: ErrorHelpId;
  /** Values taken from the message (shapes, names), filled into the help's text. */
  readonly params: Readonly<Record<string, string>>;
}

interface Rule {
  readonly id: ErrorHelpId;
  readonly pattern: RegExp;
  /** Names for the pattern's capture groups, in order. */
  readonly captures?: readonly string[];
}

// First match wins: the specific shape errors come before the general one.
const RULES: readonly Rule[] = [
  // tf.matMul(a, b): a's last dimension must equal b's first ("inner shapes (3) and (4) … shapes 2,3 and 4,2").
  { id: 'matMul', pattern: /inner shapes \((\d+)\) and \((\d+)\) of Tensors with shapes ([\d,]+) and ([\d,]+)/, captures: ['inner', 'other', 'a', 'b'] },
  // model.fit/predict: "input expected a batch of elements where each example has shape [2] … each with shape [3]".
  { id: 'exampleShape', pattern: /(input|target) expected a batch of elements where each example has shape (\[[^\]]*\]).*each with shape (\[[^\]]*\])/, captures: ['which', 'expected', 'got'] },
  { id: 'exampleShape', pattern: /expected \S+ to have shape (\[[^\]]*\]) but got array with shape (\[[^\]]*\])/, captures: ['expected', 'got'] },
  {
    id: 'shape',
    pattern:
      /could not be broadcast together with shapes|must match the product of shape|does not match the shape of the rest|Shapes [\d,]+ and [\d,]+ must match|the tensor should have \d+ values but has \d+|is incompatible with layer|must match \(\S+ !== \S+\)/,
  },
  // "Argument 'indices' passed to 'oneHot' must be int32 tensor, but got float32 tensor".
  { id: 'dtype', pattern: /Argument '([^']+)' passed to '([^']+)' must be (\w+) tensor, but got (\w+) tensor/, captures: ['argument', 'op', 'wanted', 'got'] },
  { id: 'disposed', pattern: /Tensor is disposed|Variable .* was disposed|Cannot read properties of (undefined|null) \(reading 'backend'\)/ },
  { id: 'kernel', pattern: /Kernel '([^']+)' not registered for backend '([^']+)'/, captures: ['kernel', 'backend'] },
  {
    id: 'memory',
    pattern: /out of memory|Array buffer allocation failed|Invalid typed array length|greater than WebGL maximum|Failed to allocate|Allocation of [\d.]+ \w+ failed/i,
  },
  { id: 'notCompiled', pattern: /needs to be compiled before being used|You must compile a model before/ },
  { id: 'noGradient', pattern: /Cannot find a connection between any variable and the result of the loss function/ },
  { id: 'inputShape', pattern: /must get an `inputShape` or `batchInputShape`/ },
];

/** Help for a run's error message, or null when it is not one of the known failures. */
export function errorHelp(message: string): ErrorHelp | null {
  for (const rule of RULES) {
    const match = rule.pattern.exec(message);
    if (!match) continue;
    const params = Object.fromEntries((rule.captures ?? []).map((name, i) => [name, match[i + 1] ?? '']));
    return { id: rule.id, params };
  }
  return null;
}

/** True when a chart line or a final metric whose name says "loss" reached NaN or ±Infinity. */
export function lossDiverged(output: Pick<OutputState, 'charts' | 'metrics'>): boolean {
  const isLoss = (name: string) => /loss/i.test(name);
  const chartLoss = output.charts.some((chart) => chart.series.some((s) => (isLoss(chart.name) || isLoss(s.name)) && s.y.some((y) => !Number.isFinite(y))));
  return chartLoss || Object.entries(output.metrics).some(([name, value]) => isLoss(name) && !Number.isFinite(value));
}
