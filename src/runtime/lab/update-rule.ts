/**
 * Reading the options `lab.mlp`, `lab.cnn` and `lab.optimizer` share, with
 * a clear message naming the helper for each mistake: the optimizer and its
 * numbers (LabUpdateRule in lab-api-training.d.ts); and tfjs's own optimizer for them: the path off WebGPU, and the
 * reference the fused update (mlp/kernels.ts `updateProgram`) is held to.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { UpdateRule } from './mlp/update-uniforms';

export type Optimizer = UpdateRule['optimizer'];
export const OPTIMIZERS: readonly Optimizer[] = ['sgd', 'momentum', 'adam'];

/** A value as a message names it: numbers as written, anything else as JSON (or its type). */
export function shownValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T, what: string, who = 'lab.mlp'): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new RangeError(`${who}: ${what} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${shownValue(value)}`);
}

export function positive(value: unknown, fallback: number, what: string, below?: number, who = 'lab.mlp'): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (below !== undefined && value >= below)) {
    throw new RangeError(`${who}: ${what} must be a number above 0${below === undefined ? '' : ` and below ${below}`}, got ${shownValue(value)}`);
  }
  return value;
}


export interface UpdateSpec extends UpdateRule {
  /** `undefined`: the backend's own (1e-7 in float32), as `tf.train.adam` takes it. */
  readonly epsilon: number | undefined;
  /** The optimizer's per-parameter slots: SGD none, momentum 1, Adam 2 (first and second moments). */
  readonly slots: number;
}

/** The optimizer and its numbers from a helper's options; `fallback` when none is named. */
export function readUpdateRule(o: Readonly<Record<string, unknown>>, who: string, fallback: Optimizer): UpdateSpec {
  const optimizer = oneOf(o['optimizer'], OPTIMIZERS, fallback, 'optimizer', who);
  return {
    optimizer,
    learningRate: positive(o['learningRate'], optimizer === 'adam' ? 0.001 : 0.01, 'learningRate', undefined, who),
    momentum: positive(o['momentum'], 0.9, 'momentum', 1, who),
    beta1: positive(o['beta1'], 0.9, 'beta1', 1, who),
    beta2: positive(o['beta2'], 0.999, 'beta2', 1, who),
    epsilon: o['epsilon'] === undefined ? undefined : positive(o['epsilon'], 0, 'epsilon', undefined, who),
    slots: { sgd: 0, momentum: 1, adam: 2 }[optimizer],
  };
}

/** tfjs's own SGD, momentum or Adam with these numbers. */
export function tfOptimizer(tf: typeof tfjs, rule: UpdateSpec): tfjs.Optimizer {
  if (rule.optimizer === 'sgd') return tf.train.sgd(rule.learningRate);
  if (rule.optimizer === 'momentum') return tf.train.momentum(rule.learningRate, rule.momentum);
  return tf.train.adam(rule.learningRate, rule.beta1, rule.beta2, rule.epsilon);
}
