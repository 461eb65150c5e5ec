/**
 * Chooses and starts the TensorFlow.js backend in the worker, falling back
 * webgpu → webgl → cpu and saying why. tfjs is passed in (the worker owns
 * the import), so this file adds nothing to the page's bundle.
 *
 * WebGPU is probed with `navigator.gpu.requestAdapter()` before
 * `tf.setBackend('webgpu')`: without an adapter tfjs logs two errors and
 * `setBackend` resolves false (stack-notes pitfall 9), so asking first keeps
 * the console clean and gives a clear reason.
 *
 * Auto never picks an emulated GPU (issue 14): a WebGPU fallback adapter or a
 * WebGL renderer that is a software rasterizer (SwiftShader and the like, what
 * a browser without a usable GPU driver offers) runs the course's small models
 * slower than the CPU backend, so Auto passes over it and says so. Chosen by
 * hand, it runs as before.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { err, ok, type Result } from '../result';
import { adapterName, isSoftwareAdapter, isSoftwareRenderer, type GpuLike } from './gpu';
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

/** Why a backend was not used; `software` when Auto passed over an emulated GPU that would have started. */
interface Refusal {
  readonly reason: string;
  readonly software?: true;
}

/** What the selection asks of the browser besides tfjs: its WebGPU entry point and its WebGL renderer's name. */
export interface BackendProbes {
  readonly gpu: GpuLike | null;
  /** The WebGL 2 renderer's name, or null without WebGL 2 (gpu.ts `webglRenderer`). */
  readonly webglRenderer?: () => string | null;
}

async function tryBackend(tf: Tf, name: BackendName, probes: BackendProbes, auto: boolean): Promise<Result<string | null, Refusal>> {
  switch (name) {
    case 'webgpu': {
      if (activeBackend(tf) === 'webgpu') return ok(adapterLabel);
      const { gpu } = probes;
      if (!gpu) return err({ reason: 'this browser does not offer WebGPU' });
      let adapter;
      try {
        adapter = await gpu.requestAdapter();
      } catch (e) {
        return err({ reason: `requesting a WebGPU adapter failed: ${String(e)}` });
      }
      if (!adapter) return err({ reason: 'no WebGPU adapter is available' });
      if (auto && isSoftwareAdapter(adapter)) {
        return err({ reason: `the only WebGPU adapter (${adapterName(adapter) ?? 'unnamed'}) emulates a GPU in software, slower than the CPU backend for these models`, software: true });
      }
      if (!(await setBackend(tf, 'webgpu'))) return err({ reason: 'TensorFlow.js could not start WebGPU' });
      adapterLabel = adapterName(adapter);
      return ok(adapterLabel);
    }
    case 'webgl': {
      if (auto && activeBackend(tf) !== 'webgl') {
        const renderer = probes.webglRenderer?.() ?? null;
        if (renderer !== null && isSoftwareRenderer(renderer)) {
          return err({ reason: `WebGL runs on a software renderer here (${renderer.slice(0, 80)}), slower than the CPU backend for these models`, software: true });
        }
      }
      return (await setBackend(tf, 'webgl')) ? ok(null) : err({ reason: 'WebGL 2 is not available in this worker' });
    }
    case 'cpu':
      return (await setBackend(tf, 'cpu')) ? ok(null) : err({ reason: 'the cpu backend did not start' });
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
 * was not used (for `auto`: WebGPU), and whether Auto passed over it because
 * it is an emulated GPU.
 */
export async function selectBackend(tf: Tf, choice: BackendChoice, probes: BackendProbes): Promise<Result<BackendSelection>> {
  let firstFailure: { backend: BackendName; reason: string; software?: true } | null = null;
  for (const name of candidatesFor(choice)) {
    const attempt = await tryBackend(tf, name, probes, choice === 'auto');
    if (!attempt.ok) {
      firstFailure ??= { backend: name, ...attempt.error };
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
