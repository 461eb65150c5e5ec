/** Auto's rules (speed/auto-pick.ts): candidates, the probe model, the pick and its reason, the device key. */
import { describe, expect, it } from 'vitest';
import { autoCandidates, deviceKey, passedOver, pickFromMeasurements, probeModelFor, type Offered } from '../../../src/speed/auto-pick';
import type { Measured, SpeedRow } from '../../../src/speed/results';
import type { BackendName } from '../../../src/runtime/protocol';
import { restorePicks } from '../../../src/store/auto-picks';

const hardware: Offered = { webgpu: { available: true, adapter: 'nvidia ampere', software: false }, webgl: true, webglSoftware: false, webglRenderer: 'ANGLE (NVIDIA)' };
const swiftshader: Offered = { webgpu: { available: true, adapter: 'google swiftshader', software: true }, webgl: true, webglSoftware: true, webglRenderer: 'ANGLE (SwiftShader)' };

const measured = (backend: BackendName, stepsPerSecond: number, loss = 0.5): Measured => ({
  kind: 'measured',
  model: 'playground',
  backend,
  adapter: null,
  params: 25,
  steps: 8,
  firstStepMs: 5,
  stepsPerSecond,
  loss,
  bytes: 100,
  dispatchesPerStep: null,
  submitsPerStep: null,
});

describe('Auto’s candidates', () => {
  it('are the hardware backends and the CPU; emulated GPUs are passed over', () => {
    expect(autoCandidates(hardware)).toEqual(['webgpu', 'webgl', 'cpu']);
    expect(autoCandidates(swiftshader)).toEqual(['cpu']);
    expect(passedOver(swiftshader)).toEqual(['webgpu', 'webgl']);
    expect(autoCandidates({ webgpu: { available: false, adapter: null }, webgl: false })).toEqual(['cpu']);
  });
});

describe('the pick', () => {
  it('is the fastest whose loss matches the CPU’s, with how much faster than the runner-up', () => {
    const rows: SpeedRow[] = [measured('cpu', 100), measured('webgpu', 31), measured('webgl', 20)];
    expect(pickFromMeasurements(rows, [])).toEqual({ backend: 'cpu', reason: { kind: 'measured', ratio: 100 / 31, over: 'webgpu', rejected: null, passedOver: [] } });
    const gpuWins: SpeedRow[] = [measured('cpu', 10), measured('webgpu', 50)];
    expect(pickFromMeasurements(gpuWins, ['webgl']).backend).toBe('webgpu');
  });

  it('sets aside a faster backend whose loss differs, and says so', () => {
    const rows: SpeedRow[] = [measured('cpu', 10, 0.5), measured('webgl', 50, 0.6)];
    expect(pickFromMeasurements(rows, [])).toEqual({ backend: 'cpu', reason: { kind: 'measured', ratio: null, over: null, rejected: { backend: 'webgl', relative: expect.closeTo(0.2, 9) as number }, passedOver: [] } });
  });

  it('falls back to the CPU when nothing could be compared with it', () => {
    const rows: SpeedRow[] = [{ kind: 'failed', model: 'playground', backend: 'cpu', reason: 'x' }, measured('webgpu', 50)];
    expect(pickFromMeasurements(rows, []).backend).toBe('cpu');
  });
});

describe('the probe model', () => {
  it('follows the code’s work: convolutions, attention, or a small network', () => {
    expect(probeModelFor('model.add(tf.layers.conv2d({ filters: 6 }))')).toBe('cnn');
    expect(probeModelFor('const w = tf.softmax(tf.matMul(q, k, false, true))')).toBe('transformer');
    expect(probeModelFor('const net = lab.mlp({ sizes: [2, 4, 1] })')).toBe('playground');
  });
});

describe('the device key', () => {
  it('changes with the browser version, the adapter or the renderer', () => {
    const key = deviceKey('Chrome 141', hardware);
    expect(deviceKey('Chrome 142', hardware)).not.toBe(key);
    expect(deviceKey('Chrome 141', { ...hardware, webgpu: { ...hardware.webgpu, adapter: 'intel xe' } })).not.toBe(key);
    expect(deviceKey('Chrome 141', { ...hardware, webglRenderer: 'ANGLE (Intel)' })).not.toBe(key);
    expect(deviceKey('Chrome 141', { ...hardware })).toBe(key);
  });
});

describe('remembered picks', () => {
  it('keep what is well formed and drop the rest', () => {
    const good = { backend: 'cpu', reason: { kind: 'measured', ratio: 3.1, over: 'webgpu', rejected: null, passedOver: [] }, model: 'playground', measuredAt: '2026-12-03', device: 'Chrome 141 | x | y' };
    const restored = restorePicks({ picks: { 'a/b': good, 'c/d': { ...good, backend: 'tpu' }, 'e/f': { ...good, reason: { kind: 'measured', ratio: -1 } }, 'g/h': null } });
    expect(restored).toEqual({ picks: { 'a/b': good } });
    expect(restorePicks('garbage')).toEqual({ picks: {} });
  });
});
