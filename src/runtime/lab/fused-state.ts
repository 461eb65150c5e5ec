/**
 * What the fused training paths share (lab.mlp, lab.cnn, lab.transformer,
 * lab.optimizer): tfjs's own WebGPU backend as a runner of our WGSL programs,
 * and the whole training state — every parameter, then the optimizer's
 * slots, state = [θ | slot 1 | slot 2] — as ONE float32 tensor on its
 * device, which each step's single update program (mlp/kernels.ts
 * `updateProgram`) replaces. Programs run on tfjs's device and queue, so
 * they interleave with the student's tf ops and share tfjs's buffer pool.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { WebGPUBackend, WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import { updateProgram, type UpdateLayout } from './mlp/kernels';
import { updateUniforms } from './mlp/update-uniforms';
import type { UpdateSpec } from './update-rule';

type Tf = typeof tfjs;
export type ProgramRunner = Pick<WebGPUBackend, 'runWebGPUProgram' | 'epsilon'>;
type Uniforms = { type: string; data: number[] }[];

/** tfjs's WebGPU backend, when it is the one running (and still offers custom programs). */
export function webgpuRunner(tf: Tf): ProgramRunner | undefined {
  if (tf.getBackend() !== 'webgpu') return undefined;
  const backend = tf.backend() as unknown as Partial<ProgramRunner>;
  return typeof backend.runWebGPUProgram === 'function' && typeof backend.epsilon === 'function' ? (backend as ProgramRunner) : undefined;
}

/** One program on tfjs's device; its output as a tensor (float32). */
export function runProgram(tf: Tf, gpu: ProgramRunner, program: WebGPUProgram, inputs: tfjs.Tensor[], uniforms?: Uniforms): tfjs.Tensor {
  return tf.engine().makeTensorFromTensorInfo(gpu.runWebGPUProgram(program, inputs, 'float32', uniforms));
}

export interface FusedState {
  /** The flat state as it is now: [θ | slots]. */
  current(): tfjs.Tensor1D;
  /** One program on tfjs's device. */
  readonly run: (program: WebGPUProgram, inputs: tfjs.Tensor[]) => tfjs.Tensor;
  /** One update of every parameter from the gradient sources of the layout, in its order; the old state is freed. */
  update(gradients: tfjs.Tensor[]): void;
  /** The mean loss that a loss program writes last in its [δ | L] output, as a scalar (one slice). */
  readonly lossOf: (slope: tfjs.Tensor) => tfjs.Scalar;
  dispose(): void;
}

/** The state from the parameters' starting values (`initial`, in the layout's order; the caller keeps and frees them). */
export function createFusedState(tf: Tf, gpu: ProgramRunner, layout: UpdateLayout, rule: UpdateSpec, initial: readonly tfjs.Tensor[]): FusedState {
  const update = updateProgram(layout);
  const nextUniforms = updateUniforms(rule, rule.epsilon ?? gpu.epsilon());
  let state = tf.keep(tf.tidy(() => tf.concat([...initial.map((t) => t.reshape([-1])), tf.zeros([layout.parameterCount * layout.slots])]) as tfjs.Tensor1D));
  return {
    current: () => state,
    run: (program, inputs) => runProgram(tf, gpu, program, inputs),
    update(gradients) {
      const next = runProgram(tf, gpu, update, [state, ...gradients], nextUniforms()) as tfjs.Tensor1D;
      state.dispose();
      state = tf.keep(next);
    },
    lossOf: (slope) => tf.tidy(() => tf.slice(slope, [slope.size - 1], [1]).reshape<tfjs.Scalar>([])),
    dispose() {
      state.dispose();
    },
  };
}
