/**
 * The few WebGPU shapes the runtime touches, typed by hand (TypeScript's DOM
 * lib does not ship WebGPU types in every version), shared by the page-side
 * probe and the worker.
 */
export interface GpuAdapterLike {
  readonly info?: { readonly vendor?: string; readonly architecture?: string; readonly description?: string };
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
