/**
 * Counts the WebGPU work tfjs asks of the GPU: compute dispatches
 * (`GPUComputePassEncoder.dispatchWorkgroups`), queue submits
 * (`GPUQueue.submit`) and read-backs to the CPU (`GPUBuffer.mapAsync`: tfjs
 * maps a staging buffer for every `data()`/`array()` of a GPU tensor), by
 * wrapping the three methods on the worker's own prototypes once, before any
 * student code runs. Each dispatch costs the browser and driver tens of
 * microseconds whatever its size, so on the course's small models their
 * number, not the arithmetic, sets a step's time; each read-back waits until
 * the GPU has finished everything queued, so a loop that reads its loss every
 * step stalls the GPU every step (issue 14). The output pane shows them after
 * a WebGPU run so a student can see it. Counting is one increment per call.
 */

export interface GpuCounts {
  readonly dispatches: number;
  readonly submits: number;
  readonly readbacks: number;
}

interface GpuPrototypes {
  readonly GPUComputePassEncoder?: { readonly prototype: object };
  readonly GPUQueue?: { readonly prototype: object };
  readonly GPUBuffer?: { readonly prototype: object };
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Replaces `prototype[name]` with a version that calls `count` first; false when there is no such method. */
function wrap(prototype: object, name: string, count: () => void): boolean {
  const original: unknown = Object.getOwnPropertyDescriptor(prototype, name)?.value;
  if (typeof original !== 'function') return false;
  Object.defineProperty(prototype, name, {
    configurable: true,
    writable: true,
    value: function counted(this: unknown, ...args: unknown[]) {
      count();
      return (original as Method).apply(this, args);
    },
  });
  return true;
}

/** Installs the counters on `scope` (the worker's global); null where the browser has no WebGPU. */
export function installGpuCounters(scope: GpuPrototypes): (() => GpuCounts) | null {
  const pass = scope.GPUComputePassEncoder?.prototype;
  const queue = scope.GPUQueue?.prototype;
  const buffer = scope.GPUBuffer?.prototype;
  if (!pass || !queue || !buffer) return null;
  let dispatches = 0;
  let submits = 0;
  let readbacks = 0;
  if (!wrap(pass, 'dispatchWorkgroups', () => dispatches++) || !wrap(queue, 'submit', () => submits++) || !wrap(buffer, 'mapAsync', () => readbacks++)) return null;
  return () => ({ dispatches, submits, readbacks });
}
