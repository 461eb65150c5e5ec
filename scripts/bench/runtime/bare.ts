/**
 * The bench's baseline: the same fit task, on the page's main thread, with
 * tfjs called directly — no worker, no messages, no chart or progress events.
 * `lab` is reduced to what the task reads (seeded data, scale) and a
 * `fitCallbacks` that returns no callbacks.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { compileUserCode } from '../../../src/runtime/compile';
import { createRandom } from '../../../src/runtime/random';
import task from './fit-task.ts?raw';

const compiled = compileUserCode(task);

async function runBare(backend: 'cpu' | 'webgpu' | 'webgl', scale: number): Promise<{ ms: number; finalLoss: number }> {
  if (!compiled.ok) throw new Error(compiled.error.message);
  if (!(await tf.setBackend(backend))) throw new Error(`backend ${backend} did not start`);
  let finalLoss = NaN;
  const lab = {
    scale,
    seed: 42,
    random: (seed = 42) => createRandom(seed),
    fitCallbacks: () => [],
    metrics: (values: Record<string, number>) => {
      finalLoss = values['finalLoss'] ?? NaN;
    },
  };
  tf.engine().startScope();
  const started = performance.now();
  await compiled.value(tf, lab, console);
  const ms = performance.now() - started;
  tf.engine().endScope();
  tf.disposeVariables();
  return { ms, finalLoss };
}

(window as unknown as { benchBare: typeof runBare }).benchBare = runBare;
