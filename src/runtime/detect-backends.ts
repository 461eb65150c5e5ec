/** Page-side probe of what this browser offers (the worker re-checks before each run). */
import { adapterName, gpuOf } from './gpu';

export interface BackendAvailability {
  webgpu: { available: boolean; adapter: string | null };
  webgl: boolean;
  cpu: true;
}

export async function detectBackends(): Promise<BackendAvailability> {
  let adapter: string | null = null;
  let webgpu = false;
  try {
    const gpu = gpuOf(navigator);
    const found = gpu ? await gpu.requestAdapter() : null;
    if (found) {
      webgpu = true;
      adapter = adapterName(found);
    }
  } catch {
    webgpu = false;
  }
  let webgl: boolean;
  try {
    const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    webgl = canvas.getContext('webgl2') !== null;
  } catch {
    webgl = false;
  }
  return { webgpu: { available: webgpu, adapter }, webgl, cpu: true };
}
