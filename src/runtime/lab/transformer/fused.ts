/**
 * `lab.transformer` on WebGPU as fused kernels (kernels-forward.ts,
 * kernels-backward.ts) on tfjs's own device and queue, like lab.mlp's and
 * lab.cnn's: the whole training state — every parameter, then the
 * optimizer's slots — is one float32 tensor that each step's update
 * replaces. A step is 8 dispatches forward (the loss included), 9 backward,
 * the update and the loss's slice: 19, where tfjs's ops take about 330.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { createFusedState, type ProgramRunner } from '../fused-state';
import type { UpdateLayout } from '../mlp/kernels';
import { denseBackProgram, embedBackProgram, norm2BackProgram, outBackProgram, projBackProgram, qkvBackProgram, scoresBackProgram } from './kernels-backward';
import { attentionProgram, embedProgram, lossProgram, normDenseProgram, qkvProgram, residualProgram } from './kernels-forward';
import { PARAMETERS, type ParameterName, type TransformerSpec } from './spec';
import { checkBatch, initialWeights, type Tf, type TransformerTensors, type TransformerTrainer } from './trainer';
import { dimsOf, type Dims } from './wgsl';

/** The parameters each backward output starts with, in the state's order. */
const SOURCES: readonly (readonly ParameterName[])[] = [['E', 'P'], ['Wq', 'Wk', 'Wv'], ['Wo'], ['W1', 'b1'], ['W2'], ['Wout', 'bout']];

export function transformerUpdateLayout(spec: TransformerSpec): UpdateLayout {
  return {
    optimizer: spec.optimizer,
    parameterCount: spec.parameterCount,
    slots: spec.slots,
    sources: SOURCES.map((names) => ({
      offset: spec.parameters[names[0] as ParameterName].offset,
      count: names.reduce((sum, name) => sum + spec.parameters[name].count, 0),
    })),
    key: `transformer_${spec.vocabulary}_${spec.context}_${spec.width}_${spec.hidden}`,
  };
}

export function createFusedTransformer(tf: Tf, spec: TransformerSpec, gpu: ProgramRunner): TransformerTrainer {
  const start = initialWeights(tf, spec);
  const state = createFusedState(tf, gpu, transformerUpdateLayout(spec), spec, PARAMETERS.map((name) => start[name]));
  tf.dispose(Object.values(start));
  const { run, lossOf } = state;

  type Forward = { x0: tfjs.Tensor; qkv: tfjs.Tensor; att: tfjs.Tensor; x1: tfjs.Tensor; ff: tfjs.Tensor; x2: tfjs.Tensor; out: tfjs.Tensor };
  const forward = (k: Dims, ids: tfjs.Tensor): Forward => {
    const theta = state.current();
    const x0 = run(embedProgram(k), [theta, ids]);
    const qkv = run(qkvProgram(k), [theta, x0]);
    const att = run(attentionProgram(k), [qkv]);
    const x1 = run(residualProgram(k, 'residual1', k.off.Wo, k.d, k.BTT), [theta, x0, att]);
    const ff = run(normDenseProgram(k, 'feedForward', k.off.W1, k.off.b1, k.H, true), [theta, x1]);
    const x2 = run(residualProgram(k, 'residual2', k.off.W2, k.H, k.ND), [theta, x1, ff]);
    const out = run(normDenseProgram(k, 'output', k.off.Wout, k.off.bout, k.V, false), [theta, x2]);
    return { x0, qkv, att, x1, ff, x2, out };
  };

  /** The loss's [δ | L] and the backward outputs that hold the gradients, in SOURCES' order. */
  const backprop = (ids: tfjs.Tensor2D, targets: tfjs.Tensor2D): { slope: tfjs.Tensor; grads: tfjs.Tensor[] } => {
    const k = dimsOf(spec, ids.shape[0]);
    const { d, H, V, ND, off } = k;
    const theta = state.current();
    const f = forward(k, ids);
    const slope = run(lossProgram(k, ND), [targets, f.out]);
    const outBack = run(outBackProgram(k), [theta, slope, f.x2, f.out]);
    const dx2 = d * V + V;
    const ff2Back = run(denseBackProgram(k, 'ff2Back', { array: 'a', offset: ND, width: H }, { array: 'g', offset: dx2, width: d }, off.W2, false, true), [theta, f.ff, outBack]);
    const ff1Back = run(denseBackProgram(k, 'ff1Back', { array: 'a', offset: 0, width: d }, { array: 'g', offset: H * d, width: H }, off.W1, true, false), [theta, f.ff, ff2Back]);
    const dx1 = run(norm2BackProgram(k, dx2, d * H + H), [outBack, ff1Back, f.ff, f.x1]);
    const attnOutBack = run(denseBackProgram(k, 'attnOutBack', { array: 'a', offset: k.BTT, width: d }, { array: 'g', offset: 0, width: d }, off.Wo, false, false), [theta, f.att, dx1]);
    const ds = run(scoresBackProgram(k, d * d), [attnOutBack, f.att, f.qkv]);
    const qkvBack = run(qkvBackProgram(k, d * d), [ds, attnOutBack, f.att, f.qkv]);
    const projBack = run(projBackProgram(k), [theta, qkvBack, f.qkv]);
    const embedBack = run(embedBackProgram(k, 3 * d * d), [ids, dx1, projBack, f.qkv, f.x0]);
    tf.dispose([...Object.values(f), dx1, ds, qkvBack]);
    return { slope, grads: [embedBack, projBack, attnOutBack, ff1Back, ff2Back, outBack] };
  };

  /** Each parameter from a flat list holding the parameters of `names` from `base` on. */
  const unpack = (flat: tfjs.Tensor, names: readonly ParameterName[], base: number, into: Partial<TransformerTensors>): void => {
    let at = base;
    for (const name of names) {
      const { shape, count } = spec.parameters[name];
      into[name] = tf.tidy(() => tf.slice(flat, [at], [count]).reshape([...shape]));
      at += count;
    }
  };

  return {
    fused: true,
    predict(ids) {
      checkBatch(spec, 'predict', ids);
      const k = dimsOf(spec, ids.shape[0]);
      const f = forward(k, ids);
      const scores = tf.tidy(() => tf.slice(f.out, [k.ND], [k.rows * k.V]).reshape<tfjs.Tensor3D>([k.batch, k.T, k.V]));
      tf.dispose(Object.values(f));
      return scores;
    },
    loss(ids, targets) {
      checkBatch(spec, 'loss', ids, targets);
      const k = dimsOf(spec, ids.shape[0]);
      const f = forward(k, ids);
      const slope = run(lossProgram(k, k.ND), [targets, f.out]);
      tf.dispose(Object.values(f));
      const loss = lossOf(slope);
      slope.dispose();
      return loss;
    },
    gradients(ids, targets) {
      checkBatch(spec, 'gradients', ids, targets);
      const { slope, grads } = backprop(ids, targets);
      const named: Partial<TransformerTensors> = {};
      SOURCES.forEach((names, s) => unpack(grads[s] as tfjs.Tensor, names, 0, named));
      const loss = lossOf(slope);
      tf.dispose([slope, ...grads]);
      return { loss, grads: named as TransformerTensors };
    },
    step(ids, targets) {
      checkBatch(spec, 'step', ids, targets);
      const { slope, grads } = backprop(ids, targets);
      state.update(grads);
      const loss = lossOf(slope);
      tf.dispose([slope, ...grads]);
      return loss;
    },
    weights() {
      const copies: Partial<TransformerTensors> = {};
      unpack(state.current(), PARAMETERS, 0, copies);
      return copies as TransformerTensors;
    },
    dispose() {
      state.dispose();
    },
  };
}
