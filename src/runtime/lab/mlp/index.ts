/**
 * `lab.mlp(options)`: a dense network and its training step. On WebGPU each
 * step is 2L + 3 fused GPU dispatches for L layers (kernels.ts), where tfjs's
 * own ops take dozens; elsewhere, or with `fused: false`, the same network
 * and formulas run as tf ops (ops.ts).
 */
import { webgpuRunner } from '../fused-state';
import { createFusedMlp } from './fused';
import { createOpsMlp } from './ops';
import { readMlpOptions } from './spec';
import type { MlpTrainer, Tf } from './trainer';

export type { MlpTrainer } from './trainer';

export function createMlp(tf: Tf, options: unknown, defaultSeed: number): MlpTrainer {
  const spec = readMlpOptions(options, defaultSeed);
  const gpu = spec.fused ? webgpuRunner(tf) : undefined;
  return gpu ? createFusedMlp(tf, spec, gpu) : createOpsMlp(tf, spec);
}
