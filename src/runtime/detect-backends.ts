/** Page-side probe of what this browser offers (the worker re-checks before each run). */
import { adapterName, gpuOf, isSoftwareAdapter, isSoftwareRenderer, webglRenderer } from './gpu';

export interface BackendAvailability {
  /** `software`: the adapter emulates a GPU (a fallback adapter), which Auto passes over. */
  webgpu: { available: boolean; adapter: string | null; software?: boolean };
  webgl: boolean;
  /** WebGL's renderer is a software rasterizer, which Auto passes over. */
  webglSoftware?: boolean;
  /** WebGL 2's renderer name (Auto measures again when it changes), or null without WebGL 2. */
  webglRenderer?: string | null;
  cpu: true;
}

export async function detectBackends(): Promise<BackendAvailability> {
  let adapter: string | null = null;
  let webgpu = false;
  let software = false;
  try {
    const gpu = gpuOf(navigator);
    const found = gpu ? await gpu.requestAdapter() : null;
    if (found) {
      webgpu = true;
      adapter = adapterName(found);
      software = isSoftwareAdapter(found);
    }
  } catch {
    webgpu = false;
  }
  const renderer = webglRenderer(typeof OffscreenCanvas === 'undefined' ? undefined : OffscreenCanvas);
    return {
    webgpu: { available: webgpu, adapter, software },
    webgl: renderer !== null,
    webglSoftware: renderer !== null && isSoftwareRenderer(renderer),
    webglRenderer: renderer,
    cpu: true,
  };
}

let detection: Promise<BackendAvailability> | null = null;
let detected: BackendAvailability | null = null;

/**
 * `detectBackends`, once per page: a WebGPU adapter request and a WebGL
 * context cost the main thread hundreds of milliseconds on a weak laptop.
 * A failed probe counts as "only the CPU".
 */
export function detectBackendsOnce(): Promise<BackendAvailability> {
  detection ??= detectBackends()
    .catch((): BackendAvailability => ({ webgpu: { available: false, adapter: null }, webgl: false, cpu: true }))
    .then((value) => (detected = value));
  return detection;
}

/** What `detectBackendsOnce` found, once it has: null before (a run can then start in the same task as its click). */
export const detectedBackends = (): BackendAvailability | null => detected;

/** Whether something on the page has asked already (then asking again costs nothing). */
export const detectionStarted = (): boolean => detection !== null;
