/**
 * `lab.transformer(options)`: the language-models lesson's tiny transformer
 * (embeddings, one block of causal self-attention and a ReLU feed-forward
 * layer, layer norms, softmax cross-entropy against the next symbol) and its
 * training step. On WebGPU each step is 19 fused GPU dispatches
 * (kernels-forward.ts, kernels-backward.ts), where tfjs's own ops take about
 * 330; elsewhere, or with `fused: false`, the same network runs as tf ops
 * (ops.ts).
 */
import { webgpuRunner } from '../fused-state';
import { createFusedTransformer } from './fused';
import { createOpsTransformer } from './ops';
import { readTransformerOptions } from './spec';
import type { Tf, TransformerTrainer } from './trainer';

export type { TransformerTrainer } from './trainer';

export function createTransformer(tf: Tf, options: unknown, defaultSeed: number): TransformerTrainer {
  const spec = readTransformerOptions(options, defaultSeed);
  const gpu = spec.fused ? webgpuRunner(tf) : undefined;
  return gpu ? createFusedTransformer(tf, spec, gpu) : createOpsTransformer(tf, spec);
}
