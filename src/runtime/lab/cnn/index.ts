/**
 * `lab.cnn(options)`: the course's image classifier (convolution + ReLU +
 * 2×2 max-pooling blocks, a dense layer, softmax cross-entropy) and its
 * training step. On WebGPU each step is 2L + 5 fused GPU dispatches for L
 * blocks (kernels.ts), where tfjs's own ops take over a hundred; elsewhere,
 * or with `fused: false`, the same network runs as tf ops (ops.ts).
 */
import { webgpuRunner } from '../fused-state';
import { createFusedCnn } from './fused';
import { createOpsCnn } from './ops';
import { readCnnOptions } from './spec';
import type { CnnTrainer, Tf } from './trainer';

export type { CnnTrainer } from './trainer';

export function createCnn(tf: Tf, options: unknown, defaultSeed: number): CnnTrainer {
  const spec = readCnnOptions(options, defaultSeed);
  const gpu = spec.fused ? webgpuRunner(tf) : undefined;
  return gpu ? createFusedCnn(tf, spec, gpu) : createOpsCnn(tf, spec);
}
