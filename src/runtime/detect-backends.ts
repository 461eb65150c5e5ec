/** Page-side probe of what this browser offers (the worker re-checks before each run). */
import { adapterName, gpuOf, isSoftwareAdapter, isSoftwareRenderer, webglRenderer } from './gpu';

export interface BackendAvailability {
  /** `software`: the adapter emulates a GPU (a fallback adapter), which Auto passes over. */
  webgpu: { available: boolean; adapter: string | null; software?: boolean };
  webgl: boolean;
  /** WebGL's renderer is a software rasterizer, which Auto passes over. */
  webglSoftware?: boolean;
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
  return { webgpu: { available: webgpu, adapter, software }, webgl: renderer !== null, webglSoftware: renderer !== null && isSoftwareRenderer(renderer), cpu: true };
}
