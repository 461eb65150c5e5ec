/**
 * Chooses and starts the TensorFlow.js backend in the worker, falling back
 * webgpu → webgl → cpu and saying why. tfjs is passed in (the worker owns
 * the import), so this file adds nothing to the page's bundle.
 *
 * WebGPU is probed with `navigator.gpu.requestAdapter()` before
 * `tf.setBackend('webgpu')`: without an adapter tfjs logs two errors and
 * `setBackend` resolves false (stack-notes pitfall 9), so asking first keeps
 * the console clean and gives a clear reason.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { err, ok, type Result } from '../result';
import { adapterName, type GpuLike } from './gpu';
import type { BackendInfo } from './protocol';
import { candidatesFor, type BackendChoice, type BackendName } from './protocol/backends';

type Tf = typeof tfjs;

export interface BackendSelection {
  readonly info: BackendInfo;
  /** Resolves with a reason if the WebGPU device is lost; null for other backends. */
  readonly lost: Promise<string> | null;
}

let adapterLabel: string | null = null;
const lostByDevice = new WeakMap<object, Promise<string>>();

/**
 * The backend in use, or null before any is set. Read from the engine's
 * field, not `tf.getBackend()`: that getter starts the highest-priority
 * backend (WebGPU) as a side effect, bypassing the adapter check.
 */
function activeBackend(tf: Tf): string | null {
  return (tf.engine() as unknown as { backendName: string | null }).backendName ?? null;
}

async function setBackend(tf: Tf, name: BackendName): Promise<boolean> {
  if (activeBackend(tf) === name) return true;
  try {
    return await tf.setBackend(name);
  } catch {
    return false;
  }
}

async function tryBackend(tf: Tf, name: BackendName, gpu: GpuLike | null): Promise<Result<string | null>> {
  switch (name) {
    case 'webgpu': {
      if (activeBackend(tf) === 'webgpu') return ok(adapterLabel);
      if (!gpu) return err('this browser does not offer WebGPU');
      let adapter;
      try {
        adapter = await gpu.requestAdapter();
      } catch (e) {
        return err(`requesting a WebGPU adapter failed: ${String(e)}`);
      }
      if (!adapter) return err('no WebGPU adapter is available');
      if (!(await setBackend(tf, 'webgpu'))) return err('TensorFlow.js could not start WebGPU');
      adapterLabel = adapterName(adapter);
      return ok(adapterLabel);
    }
    case 'webgl':
      return (await setBackend(tf, 'webgl')) ? ok(null) : err('WebGL 2 is not available in this worker');
    case 'cpu':
      return (await setBackend(tf, 'cpu')) ? ok(null) : err('the cpu backend did not start');
  }
}

/** The GPUDevice `lost` promise of the running webgpu backend, as a reason string. */
function deviceLost(tf: Tf): Promise<string> | null {
  const device = (tf.backend() as { device?: { lost?: Promise<{ message?: string; reason?: string }> } }).device;
  if (!device?.lost) return null;
  let lost = lostByDevice.get(device);
  if (!lost) {
    lost = device.lost.then((info) => `the WebGPU device was lost (${info.reason ?? 'unknown'}${info.message ? `: ${info.message}` : ''})`);
    lostByDevice.set(device, lost);
  }
  return lost;
}

/**
 * Starts the first usable backend among the choice and its fallbacks. The
 * result's `fellBackFrom` names the backend that was wanted first and why it
 * was not used (for `auto`: WebGPU).
 */
export async function selectBackend(tf: Tf, choice: BackendChoice, gpu: GpuLike | null): Promise<Result<BackendSelection>> {
  let firstFailure: { backend: BackendName; reason: string } | null = null;
  for (const name of candidatesFor(choice)) {
    const attempt = await tryBackend(tf, name, gpu);
    if (!attempt.ok) {
      firstFailure ??= { backend: name, reason: attempt.error };
      continue;
    }
    const info: BackendInfo = {
      backend: name,
      ...(attempt.value !== null ? { adapter: attempt.value } : {}),
      ...(firstFailure ? { fellBackFrom: firstFailure } : {}),
    };
    return ok({ info, lost: name === 'webgpu' ? deviceLost(tf) : null });
  }
  return err(firstFailure ? `No backend could start: ${firstFailure.reason}` : 'No backend could start');
}
