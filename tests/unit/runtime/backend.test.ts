/**
 * Backend choice and fallback, with a stand-in for tfjs's backend registry
 * and for navigator.gpu (the real ones are exercised in the browser tests).
 */
import type * as tfjs from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { selectBackend } from '../../../src/runtime/backend';
import { adapterName, type GpuLike } from '../../../src/runtime/gpu';
import { candidatesFor, expectedBackend, nextBackend, type BackendName } from '../../../src/runtime/protocol';

/** A tfjs whose backends start or not as told, recording what was tried. */
function fakeTf(works: Partial<Record<BackendName, boolean>>): { tf: typeof tfjs; tried: string[] } {
  let current = 'none';
  const tried: string[] = [];
  const lost = new Promise<{ reason: string; message: string }>(() => undefined);
  const fake = {
    engine: () => ({ backendName: current === 'none' ? null : current }),
    getBackend: () => {
      throw new Error('getBackend() would start the best backend as a side effect');
    },
    setBackend: (name: BackendName) => {
      tried.push(name);
      if (works[name]) current = name;
      return Promise.resolve(works[name] === true);
    },
    backend: () => ({ device: { lost } }),
  };
  return { tf: fake as unknown as typeof tfjs, tried };
}

const gpuWith = (adapter: boolean, isFallbackAdapter = false): GpuLike => ({
  requestAdapter: () => Promise.resolve(adapter ? { info: { vendor: 'google', architecture: 'swiftshader', isFallbackAdapter } } : null),
});
/** What Chromium reports for WebGL without a GPU driver, and for a real GPU. */
const SWIFTSHADER_GL = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const HARDWARE_GL = 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)';

describe('selectBackend', () => {
  it('auto picks WebGPU when there is an adapter, naming it', async () => {
    const { tf } = fakeTf({ webgpu: true, webgl: true, cpu: true });
    const result = await selectBackend(tf, 'auto', { gpu: gpuWith(true) });
    expect(result.ok && result.value.info).toEqual({ backend: 'webgpu', adapter: 'google swiftshader' });
    expect(result.ok && result.value.lost).toBeInstanceOf(Promise);
  });

  it('without an adapter it does not even try WebGPU, falls back to WebGL and says why', async () => {
    const { tf, tried } = fakeTf({ webgpu: true, webgl: true, cpu: true });
    const result = await selectBackend(tf, 'auto', { gpu: gpuWith(false) });
    expect(tried).toEqual(['webgl']);
    expect(result.ok && result.value.info).toEqual({
      backend: 'webgl',
      fellBackFrom: { backend: 'webgpu', reason: 'no WebGPU adapter is available' },
    });
    expect(result.ok && result.value.lost).toBeNull();
  });

  it('falls to cpu when neither GPU backend starts', async () => {
    const { tf, tried } = fakeTf({ cpu: true });
    const result = await selectBackend(tf, 'webgpu', { gpu: null });
    expect(tried).toEqual(['webgl', 'cpu']);
    expect(result.ok && result.value.info).toEqual({
      backend: 'cpu',
      fellBackFrom: { backend: 'webgpu', reason: 'this browser does not offer WebGPU' },
    });
  });

  it('an explicit choice skips the better backends', async () => {
    const { tf, tried } = fakeTf({ webgpu: true, webgl: true, cpu: true });
    const result = await selectBackend(tf, 'cpu', { gpu: gpuWith(true) });
    expect(tried).toEqual(['cpu']);
    expect(result.ok && result.value.info).toEqual({ backend: 'cpu' });
  });

  it('auto passes over a software WebGPU adapter, and over software WebGL, to the CPU, and says why', async () => {
    const { tf, tried } = fakeTf({ webgpu: true, webgl: true, cpu: true });
    const result = await selectBackend(tf, 'auto', { gpu: gpuWith(true, true), webglRenderer: () => SWIFTSHADER_GL });
    expect(tried).toEqual(['cpu']);
    expect(result.ok && result.value.info.backend).toBe('cpu');
    const from = result.ok ? result.value.info.fellBackFrom : undefined;
    expect(from).toMatchObject({ backend: 'webgpu', software: true });
    expect(from?.reason).toContain('google swiftshader');
  });

  it('auto takes hardware WebGL over a software WebGPU adapter', async () => {
    const { tf, tried } = fakeTf({ webgpu: true, webgl: true, cpu: true });
    const result = await selectBackend(tf, 'auto', { gpu: gpuWith(true, true), webglRenderer: () => HARDWARE_GL });
    expect(tried).toEqual(['webgl']);
    expect(result.ok && result.value.info.backend).toBe('webgl');
  });

  it('a software adapter chosen by hand still runs (WebGPU, and WebGL)', async () => {
    const gpu = await selectBackend(fakeTf({ webgpu: true, webgl: true, cpu: true }).tf, 'webgpu', { gpu: gpuWith(true, true), webglRenderer: () => SWIFTSHADER_GL });
    expect(gpu.ok && gpu.value.info).toEqual({ backend: 'webgpu', adapter: 'google swiftshader' });
    const gl = await selectBackend(fakeTf({ webgl: true, cpu: true }).tf, 'webgl', { gpu: null, webglRenderer: () => SWIFTSHADER_GL });
    expect(gl.ok && gl.value.info).toEqual({ backend: 'webgl' });
  });

  it('is an error when nothing starts', async () => {
    const { tf } = fakeTf({});
    const result = await selectBackend(tf, 'webgl', { gpu: null });
    expect(result).toEqual({ ok: false, error: 'No backend could start: WebGL 2 is not available in this worker' });
  });
});

describe('backend order helpers', () => {
  it('lists candidates and the next backend to retry on', () => {
    expect(candidatesFor('auto')).toEqual(['webgpu', 'webgl', 'cpu']);
    expect(candidatesFor('webgl')).toEqual(['webgl', 'cpu']);
    expect(nextBackend('webgpu')).toBe('webgl');
    expect(nextBackend('webgl')).toBe('cpu');
    expect(nextBackend('cpu')).toBeNull();
  });

  it('predicts the backend a choice runs on from the same order the worker tries', () => {
    const only = (...available: BackendName[]) => (b: BackendName) => available.includes(b);
    expect(expectedBackend('auto', only('webgpu', 'webgl', 'cpu'))).toBe('webgpu');
    expect(expectedBackend('auto', only('webgl', 'cpu'))).toBe('webgl');
    // WebGL chosen but missing: the worker tries webgl then cpu, never webgpu.
    expect(expectedBackend('webgl', only('webgpu', 'cpu'))).toBe('cpu');
    expect(expectedBackend('webgpu', only('webgpu', 'cpu'))).toBe('webgpu');
  });

  it('names adapters from their info', () => {
    expect(adapterName({ info: { vendor: 'google', architecture: 'swiftshader' } })).toBe('google swiftshader');
    expect(adapterName({ info: { vendor: '', architecture: '', description: 'Some GPU' } })).toBe('Some GPU');
    expect(adapterName({})).toBeNull();
  });
});
