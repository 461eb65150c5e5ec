/**
 * The few WebGPU shapes the runtime touches, typed by hand (TypeScript's DOM
 * lib does not ship WebGPU types in every version), shared by the page-side
 * probe and the worker.
 */
export interface GpuAdapterLike {
  readonly info?: { readonly vendor?: string; readonly architecture?: string; readonly description?: string; readonly isFallbackAdapter?: boolean };
  /** Where older browsers put it (the spec has since moved it to `info`). */
  readonly isFallbackAdapter?: boolean;
}

export interface GpuLike {
  requestAdapter(): Promise<GpuAdapterLike | null>;
}

/** `navigator.gpu` where it exists (page or worker), else null. */
export function gpuOf(nav: unknown): GpuLike | null {
  const gpu = (nav as { gpu?: GpuLike } | undefined)?.gpu;
  return gpu && typeof gpu.requestAdapter === 'function' ? gpu : null;
}

/** "google swiftshader" from adapter.info's vendor and architecture (description as a fallback). */
export function adapterName(adapter: GpuAdapterLike): string | null {
  const info = adapter.info;
  const name = [info?.vendor, info?.architecture].filter((s) => s !== undefined && s !== '').join(' ');
  return name || info?.description || null;
}

/**
 * A software adapter: the browser emulates the GPU on the CPU (SwiftShader
 * when there is no usable GPU driver). The spec's signal is
 * `isFallbackAdapter`; on the course's small models the emulation is slower
 * than TensorFlow.js's own CPU backend, so Auto does not pick it.
 */
export function isSoftwareAdapter(adapter: GpuAdapterLike): boolean {
  return adapter.info?.isFallbackAdapter === true || adapter.isFallbackAdapter === true;
}

/** A WebGL renderer string that names a software rasterizer (SwiftShader, Mesa's llvmpipe/softpipe, Windows' Basic Render Driver). */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software rasterizer|basic render driver/i.test(renderer);
}

/**
 * The WebGL 2 renderer's name, from a throwaway 1×1 OffscreenCanvas (the
 * unmasked name where the browser gives it), or null when there is no WebGL 2.
 * `OffscreenCanvasClass` is passed in: the worker takes it before student code runs.
 */
export function webglRenderer(OffscreenCanvasClass: typeof OffscreenCanvas | undefined): string | null {
  if (!OffscreenCanvasClass) return null;
  try {
    const gl = new OffscreenCanvasClass(1, 1).getContext('webgl2');
    if (!gl) return null;
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}
