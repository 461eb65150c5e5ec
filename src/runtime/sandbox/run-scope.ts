/**
 * Everything a run may leave in the worker's global scope, ended or undone
 * when the run ends: its timers (timers.ts), its listeners (listeners.ts),
 * the globals it set or replaced (globals.ts), and tfjs state a later run
 * would inherit (a removed or added backend, a changed flag). What cannot be
 * undone is reported; the worker then asks the page to replace it.
 *
 * Used by the runner (runner.ts) in the worker and in the Node tests alike.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { snapshotGlobals, type GlobalsSnapshot } from './globals';
import { installRunListeners } from './listeners';
import { installRunTimers } from './timers';

type Tf = typeof tfjs;

export interface RunScopeReport {
  readonly cancelled: { readonly timeouts: number; readonly intervals: number; readonly frames: number };
  /** What the run changed for good (e.g. "tfjs backends", "Array.prototype"); empty when nothing. */
  readonly lasting: readonly string[];
}

export interface RunScope {
  /** Before the user's code runs: start noting timers and listeners, snapshot globals. */
  begin(): void;
  /** After the code and its output: cancel, remove and restore; say what lasts. */
  end(): RunScopeReport;
}

interface EnvLike {
  flags: Record<string, unknown>;
  set(name: string, value: unknown): void;
}

const backendNames = (tf: Tf): string =>
  Object.keys((tf.engine() as unknown as { registryFactory: Record<string, unknown> }).registryFactory)
    .sort()
    .join(',');

export function createRunScope(scope: typeof globalThis, tf: Tf): RunScope {
  const timers = installRunTimers(scope);
  const listeners = installRunListeners(scope);
  const env = tf.env() as unknown as EnvLike;
  const setEnv = env.set.bind(env);
  let flagsSet = false;
  env.set = (name, value) => {
    flagsSet = true;
    setEnv(name, value);
  };
  const tfObjects = new Map<string, object>([
    ['tf.Tensor.prototype', tf.Tensor.prototype],
    ['tf.Variable.prototype', tf.Variable.prototype],
    ['the tfjs engine', Object.getPrototypeOf(tf.engine()) as object],
  ]);
  let globals: GlobalsSnapshot | null = null;
  let backends = '';
  let flags: Record<string, unknown> = {};

  return {
    begin() {
      backends = backendNames(tf);
      flags = { ...env.flags };
      flagsSet = false;
      globals = snapshotGlobals(scope, tfObjects);
      timers.track();
      listeners?.track();
    },
    end() {
      const cancelled = timers.cancelAll();
      listeners?.removeAll();
      const lasting = globals?.restore() ?? [];
      globals = null;
      if (backendNames(tf) !== backends) lasting.push('the tfjs backends');
      const flagChanged = Object.keys(flags).some((k) => !Object.is(env.flags[k], flags[k]));
      if (flagsSet || flagChanged) lasting.push('tfjs flags (tf.env())');
      return { cancelled, lasting };
    },
  };
}
