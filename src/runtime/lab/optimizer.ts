/**
 * `lab.optimizer({ variables, optimizer, learningRate })`: SGD, momentum or
 * Adam for a hand-written training loop, with tfjs's own update rules. On
 * WebGPU the whole update is ONE fused dispatch (mlp/kernels.ts
 * `updateProgram`) where tfjs's optimizers take several per variable (about
 * ten each for Adam): every variable and the optimizer's slots live in one
 * flat float32 tensor, state = [θ | slot 1 | slot 2], so each step is
 *   gradients (tf.variableGrads) → one flat gradient (concat) → one update
 *   → each variable re-pointed at its slice of the new state.
 * The optimizer owns its variables' values from then on: a value assigned to
 * one of them elsewhere is overwritten at the next step. On other backends
 * it is tfjs's own `tf.train` optimizer.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { createFusedState, webgpuRunner } from './fused-state';
import { readUpdateRule, shownValue, tfOptimizer, type UpdateSpec } from './update-rule';

type Tf = typeof tfjs;
const WHO = 'lab.optimizer';

export interface LabOptimizerHandle {
  /** True on WebGPU: one update dispatch per step for every variable. */
  readonly fused: boolean;
  /** One step: the loss from `f`, its gradients, the update. Returns the loss (on the device). */
  minimize(f: () => tfjs.Scalar): tfjs.Scalar;
  dispose(): void;
}

interface OptimizerSpec extends UpdateSpec {
  readonly variables: readonly tfjs.Variable[];
  readonly fused: boolean;
}

function readVariable(tf: Tf, v: unknown): tfjs.Variable | null {
  const read = (v as { read?: unknown } | null)?.read;
  if (typeof read !== 'function') return null;
  const value: unknown = read.call(v);
  return value instanceof tf.Variable ? value : null;
}

function readOptions(tf: Tf, input: unknown): OptimizerSpec {
  if (input === null || typeof input !== 'object') throw new TypeError(`${WHO} needs options, e.g. lab.optimizer({ variables: [W, b], optimizer: 'adam', learningRate: 0.01 })`);
  const o = input as Readonly<Record<string, unknown>>;
  const listed = o['variables'];
  // A layers model's weights (model.trainableWeights) wrap their tf.Variable: read() gives it.
  const variables = Array.isArray(listed) ? listed.map((v: unknown) => (v instanceof tf.Variable ? v : readVariable(tf, v))) : [];
  if (variables.length === 0 || !variables.every((v): v is tfjs.Variable => v !== null && v.dtype === 'float32')) {
    throw new TypeError(`${WHO}: variables must list the float32 tf.variable()s to train (or a layers model's model.trainableWeights), got ${shownValue(listed)}`);
  }
  return {
    variables,
    ...readUpdateRule(o, WHO, 'adam'),
    fused: o['fused'] === undefined ? true : Boolean(o['fused']),
  };
}

/** tfjs's own optimizer (every backend; WebGPU with `fused: false`). */
function tfjsOptimizer(tf: Tf, spec: OptimizerSpec): LabOptimizerHandle {
  const optimizer = tfOptimizer(tf, spec);
  return {
    fused: false,
    minimize: (f) => optimizer.minimize(f, true, [...spec.variables]) as tfjs.Scalar,
    dispose: () => optimizer.dispose(),
  };
}

export function createOptimizer(tf: Tf, options: unknown): LabOptimizerHandle {
  const spec = readOptions(tf, options);
  const gpu = spec.fused ? webgpuRunner(tf) : undefined;
  if (!gpu) return tfjsOptimizer(tf, spec);

  const { variables } = spec;
  const sizes = variables.map((v) => v.size);
  const offsets = sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
  const parameterCount = sizes.reduce((a, b) => a + b, 0);
  const state = createFusedState(tf, gpu, { optimizer: spec.optimizer, parameterCount, slots: spec.slots, sources: [{ offset: 0, count: parameterCount }], key: `flat${parameterCount}` }, spec, variables);

  return {
    fused: true,
    minimize(f) {
      const { value, grads } = tf.variableGrads(f, [...variables]);
      const flat = tf.tidy(() => tf.concat(variables.map((v) => (grads[v.name] ?? tf.zerosLike(v)).reshape([-1]))));
      tf.dispose(Object.values(grads));
      state.update([flat]);
      flat.dispose();
      tf.tidy(() => {
        variables.forEach((v, i) => v.assign(tf.slice(state.current(), [offsets[i] ?? 0], [sizes[i] ?? 0]).reshape(v.shape)));
      });
      return value;
    },
    dispose() {
      state.dispose();
    },
  };
}
