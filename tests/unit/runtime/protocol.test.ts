/** Shape checks on both sides of the worker boundary: malformed messages are dropped, not trusted. */
import { describe, expect, it } from 'vitest';
import { parseEvent, parseRequest, parseWorkerMessage, type WorkerEvent } from '../../../src/runtime/protocol';

const run = { type: 'run', runId: 1, code: 'lab.print(1)', backend: 'auto', seed: 42, scale: 1, controls: {}, baseUrl: 'http://localhost/app/' };

describe('parseRequest', () => {
  it('accepts a well-formed run', () => {
    expect(parseRequest(run)).toEqual(run);
  });

  it.each([
    ['null', null],
    ['a string', 'run'],
    ['another type', { ...run, type: 'stop' }],
    ['a missing code', { ...run, code: undefined }],
    ['an unknown backend', { ...run, backend: 'tpu' }],
    ['a NaN seed', { ...run, seed: NaN }],
    ['a string scale', { ...run, scale: '1' }],
    ['no controls', { ...run, controls: undefined }],
    ['no base URL', { ...run, baseUrl: undefined }],
  ])('rejects %s', (_label, data) => {
    expect(parseRequest(data)).toBeNull();
  });
});

describe('parseEvent', () => {
  const good: WorkerEvent[] = [
    { type: 'started', runId: 1, info: { backend: 'webgpu', adapter: 'google swiftshader' } },
    { type: 'print', runId: 1, level: 'log', value: { kind: 'tensor', shape: [2], dtype: 'float32', text: '[1, 2]' } },
    { type: 'chart', runId: 1, chart: 'loss', points: [{ series: 'loss', x: 1, y: 0.5 }] },
    { type: 'plot', runId: 1, plot: 'fit', series: [{ name: 'data', x: [1], y: [2], style: 'points' }] },
    { type: 'progress', runId: 1, epoch: 1, epochs: 10, batch: 2, batches: 4, elapsedMs: 12, etaMs: null },
    { type: 'metrics', runId: 1, values: { loss: 0.1 } },
    { type: 'done', runId: 1, durationMs: 5, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: null } },
    { type: 'error', runId: 1, phase: 'runtime', message: 'x', line: 3, column: 1, backend: 'cpu' },
  ];

  it.each(good.map((e) => [e.type, e] as const))('accepts a %s event', (_type, event) => {
    expect(parseEvent(event)).toEqual(event);
    // Survives a structured-clone-like round trip (what postMessage does).
    expect(parseEvent(structuredClone(event))).toEqual(event);
  });

  it.each([
    ['no runId', { type: 'done', durationMs: 1, memory: {} }],
    ['an unknown type', { type: 'explode', runId: 1 }],
    ['a bad backend', { type: 'started', runId: 1, info: { backend: 'tpu' } }],
    ['a bad print level', { type: 'print', runId: 1, level: 'shout', value: { kind: 'text', text: 'x' } }],
    ['a bad print value', { type: 'print', runId: 1, level: 'log', value: { kind: 'html', html: '<b>' } }],
    ['a NaN chart x', { type: 'chart', runId: 1, chart: 'loss', points: [{ series: 'loss', x: NaN, y: 1 }] }],
    ['a string progress', { type: 'progress', runId: 1, epoch: '1', epochs: 1, batch: 0, batches: 0, elapsedMs: 0, etaMs: null }],
    ['a bad error phase', { type: 'error', runId: 1, phase: 'oops', message: 'x', line: null, column: null }],
    ['a string error line', { type: 'error', runId: 1, phase: 'runtime', message: 'x', line: '3', column: null }],
  ])('rejects %s', (_label, data) => {
    expect(parseEvent(data)).toBeNull();
  });

  it('knows the worker ready message apart from run events', () => {
    expect(parseWorkerMessage({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parseEvent({ type: 'ready' })).toBeNull();
    expect(parseWorkerMessage({ type: 'nope', runId: 1 })).toBeNull();
  });
});

describe('the course helpers’ events and run options', () => {
  const heatmap = { rows: 1, columns: 2, values: [0, 1], colors: 'sequential', min: 0, max: 1, center: 0.5, showValues: false };
  it('accepts well-formed heat maps, pictures, controls, downloads and worksheet costs', () => {
    expect(parseEvent({ type: 'heatmap', runId: 1, name: 'h', heatmap })).not.toBeNull();
    expect(parseEvent({ type: 'images', runId: 1, name: 'i', images: [{ width: 1, height: 1, channels: 1, pixels: [0.5] }] })).not.toBeNull();
    expect(parseEvent({ type: 'control', runId: 1, name: 'lr', spec: { kind: 'number', value: 0.1 }, value: 0.2 })).not.toBeNull();
    expect(parseEvent({ type: 'download', runId: 1, filename: 'a.txt', mimeType: 'text/plain', bytes: new ArrayBuffer(2) })).not.toBeNull();
    expect(parseEvent({ type: 'worksheet-cost', runId: 1, costPer1000Calls: 0.5, provenance: 'measured' })).not.toBeNull();
  });

  it('refuses values that do not match the grid, oversized pictures, negative costs and stray control values', () => {
    expect(parseEvent({ type: 'heatmap', runId: 1, name: 'h', heatmap: { ...heatmap, values: [0] } })).toBeNull();
    expect(parseEvent({ type: 'heatmap', runId: 1, name: 'h', heatmap: { ...heatmap, rows: 1e6, columns: 1e6 } })).toBeNull();
    expect(parseEvent({ type: 'images', runId: 1, name: 'i', images: [{ width: 1000, height: 1000, channels: 1, pixels: [] }] })).toBeNull();
    expect(parseEvent({ type: 'worksheet-cost', runId: 1, costPer1000Calls: -1, provenance: '' })).toBeNull();
    expect(parseEvent({ type: 'control', runId: 1, name: 'lr', spec: { kind: 'number', value: 0.1 }, value: { evil: true } })).toBeNull();
    expect(parseRequest({ type: 'run', runId: 1, code: '', backend: 'cpu', seed: 1, scale: 1, controls: { a: [[1, 'x']] }, baseUrl: 'http://x/' })).toBeNull();
    expect(parseRequest({ type: 'run', runId: 1, code: '', backend: 'cpu', seed: 1, scale: 1, controls: {}, baseUrl: 'http://x/' })).not.toBeNull();
  });
});
