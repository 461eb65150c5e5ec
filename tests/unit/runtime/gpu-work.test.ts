/**
 * The GPU work a WebGPU run reports (issue 14's "the GPU made visible"): the
 * counters wrap the three WebGPU methods every dispatch, submit and read-back go through,
 * and the runner reports the run's share of them with its training steps.
 */
import { describe, expect, it } from 'vitest';
import { installGpuCounters, type GpuCounts } from '../../../src/runtime/gpu-counters';
import { finalEvent, runCode } from './run-helpers';

describe('the GPU counters', () => {
  it('count dispatches, submits and read-backs, and the wrapped methods still do their work with their own this and arguments', async () => {
    class GPUComputePassEncoder {
      readonly calls: unknown[][] = [];
      dispatchWorkgroups(...args: unknown[]) {
        this.calls.push(args);
        return 'dispatched';
      }
    }
    class GPUQueue {
      submitted = 0;
      submit(buffers: unknown[]) {
        this.submitted += buffers.length;
      }
    }
    class GPUBuffer {
      mapped: unknown[] = [];
      mapAsync(mode: number) {
        this.mapped.push(mode);
        return Promise.resolve('mapped');
      }
    }
    const read = installGpuCounters({ GPUComputePassEncoder, GPUQueue, GPUBuffer });
    expect(read?.()).toEqual({ dispatches: 0, submits: 0, readbacks: 0 });
    const pass = new GPUComputePassEncoder();
    const queue = new GPUQueue();
    const buffer = new GPUBuffer();
    expect(pass.dispatchWorkgroups(4, 1, 1)).toBe('dispatched');
    pass.dispatchWorkgroups(2);
    queue.submit([1, 2]);
    await expect(buffer.mapAsync(1)).resolves.toBe('mapped');
    expect(pass.calls).toEqual([[4, 1, 1], [2]]);
    expect(queue.submitted).toBe(2);
    expect(buffer.mapped).toEqual([1]);
    expect(read?.()).toEqual({ dispatches: 2, submits: 1, readbacks: 1 });
  });

  it('are not installed where the browser has no WebGPU', () => {
    expect(installGpuCounters({})).toBeNull();
    expect(installGpuCounters({ GPUComputePassEncoder: { prototype: {} }, GPUQueue: { prototype: {} }, GPUBuffer: { prototype: {} } })).toBeNull();
  });
});

/** Totals that grow by `per` each time they are read, as a GPU kept busy between the runner's two readings. */
function growing(per: GpuCounts): () => GpuCounts {
  let reads = 0;
  return () => {
    reads++;
    return { dispatches: 1000 + reads * per.dispatches, submits: 50 + reads * per.submits, readbacks: 7 + reads * per.readbacks };
  };
}

const memoryOf = (events: Awaited<ReturnType<typeof runCode>>) => {
  const done = finalEvent(events);
  if (done.type !== 'done') throw new Error(`the run ended with ${done.type}`);
  return done.memory;
};

describe('a run’s GPU work', () => {
  it('is the counters’ growth during the run, with the batches lab.fitCallbacks saw as its training steps', async () => {
    const code = [
      'const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1] })] });',
      "model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });",
      'const xs = tf.tensor2d([[1], [2], [3], [4], [5], [6]]);',
      // 6 examples in batches of 2: 3 batches per epoch, 2 epochs.
      'await model.fit(xs, xs, { epochs: 2, batchSize: 2, callbacks: lab.fitCallbacks() });',
    ].join('\n');
    expect(memoryOf(await runCode(code, { gpuCounts: growing({ dispatches: 120, submits: 9, readbacks: 2 }) })).gpuWork).toEqual({ dispatches: 120, submits: 9, readbacks: 2, steps: 6 });
  });

  it('counts each lab.progress call of a hand-written loop as a step', async () => {
    const code = 'for (let epoch = 1; epoch <= 2; epoch++) for (let batch = 1; batch <= 2; batch++) lab.progress({ epoch, epochs: 2, batch, batches: 2 });';
    expect(memoryOf(await runCode(code, { gpuCounts: growing({ dispatches: 7, submits: 1, readbacks: 0 }) })).gpuWork).toEqual({ dispatches: 7, submits: 1, readbacks: 0, steps: 4 });
  });

  it('is absent from a run without the counters (the CPU and WebGL backends)', async () => {
    expect(memoryOf(await runCode('lab.print(1);')).gpuWork).toBeUndefined();
  });
});
