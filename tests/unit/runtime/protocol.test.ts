/**
 * The protocol's schemas on both sides of the worker boundary: well-formed
 * messages pass unchanged, malformed ones are refused with the kind and the
 * field that failed (the client turns that into the run's error).
 */
import { describe, expect, it } from 'vitest';
import {
  isControlSpec,
  isControlValue,
  parseBatch,
  parseEvent,
  parseRequest,
  parseWorkerMessage,
  type WorkerEvent,
} from '../../../src/runtime/protocol';

const run = { type: 'run', runId: 1, code: 'lab.print(1)', backend: 'auto', seed: 42, scale: 1, controls: {}, baseUrl: 'http://localhost/app/' };

describe('parseRequest', () => {
  it('accepts a well-formed run', () => {
    expect(parseRequest(run)).toEqual({ ok: true, value: run });
  });

  it.each([
    ['null', null, 'run request: Invalid input: expected object, received null'],
    ['another type', { ...run, type: 'stop' }, 'run request field type: Invalid input: expected "run"'],
    ['a missing code', { ...run, code: undefined }, 'run request field code: Invalid input: expected string, received undefined'],
    ['an unknown backend', { ...run, backend: 'tpu' }, 'run request field backend: Invalid option: expected one of "auto"|"webgpu"|"webgl"|"cpu"'],
    ['a NaN seed', { ...run, seed: NaN }, 'run request field seed: Invalid input: expected number, received NaN'],
    ['a zero scale', { ...run, scale: 0 }, 'run request field scale: Too small: expected number to be >0'],
    ['a bad control value', { ...run, controls: { a: [[1, 'x']] } }, 'run request field controls.a[0][1]: Invalid input: expected number, received string'],
    ['no base URL', { ...run, baseUrl: undefined }, 'run request field baseUrl: Invalid input: expected string, received undefined'],
  ])('refuses %s, saying which field', (_label, data, error) => {
    expect(parseRequest(data)).toEqual({ ok: false, error });
  });
});

describe('parseEvent: well-formed events of every kind pass unchanged', () => {
  const heatmap = { rows: 1, columns: 2, values: [0, NaN], colors: 'sequential', min: 0, max: 1, center: 0.5, showValues: false } as const;
  const good: WorkerEvent[] = [
    { type: 'started', runId: 1, info: { backend: 'webgpu', adapter: 'google swiftshader', fellBackFrom: { backend: 'webgpu', reason: 'no adapter' } } },
    { type: 'print', runId: 1, level: 'log', value: { kind: 'tensor', shape: [2], dtype: 'float32', text: '[1, 2]' } },
    { type: 'print', runId: 1, level: 'warn', value: { kind: 'table', columns: ['a', 'b'], rows: [[1, 'x'], [NaN, '']] } },
    // A loss that diverged is drawn as it is: y may be NaN or infinite.
    { type: 'chart', runId: 1, chart: 'loss', points: [{ series: 'loss', x: 1, y: 0.5 }, { series: 'loss', x: 2, y: Infinity }] },
    { type: 'plot', runId: 1, plot: 'fit', series: [{ name: 'data', x: [1], y: [2], style: 'points' }] },
    { type: 'progress', runId: 1, epoch: 1, epochs: 10, batch: 2, batches: 4, done: 2, total: 40, elapsedMs: 12, etaMs: 228 },
    { type: 'metrics', runId: 1, values: { loss: 0.1, accuracy: NaN } },
    { type: 'heatmap', runId: 1, name: 'h', heatmap },
    { type: 'images', runId: 1, name: 'i', images: [{ width: 1, height: 1, channels: 1, pixels: [0.5], caption: 'a', tone: 'good' }] },
    { type: 'control', runId: 1, name: 'lr', spec: { kind: 'number', value: 0.1, min: 0, max: 1, log: false }, value: 0.2 },
    { type: 'download', runId: 1, filename: 'a.txt', mimeType: 'text/plain', bytes: new ArrayBuffer(2) },
    { type: 'worksheet-cost', runId: 1, costPer1000Calls: 0.5, provenance: 'measured' },
    { type: 'done', runId: 1, durationMs: 5, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: null } },
    { type: 'error', runId: 1, phase: 'runtime', message: 'x', line: 3, column: 1, backend: 'cpu' },
  ];

  it.each(good.map((e) => [e.type, e] as const))('a %s event', (_type, event) => {
    expect(parseEvent(event)).toEqual({ ok: true, value: event });
    // Survives a structured-clone round trip (what postMessage does).
    expect(parseEvent(structuredClone(event))).toEqual({ ok: true, value: event });
  });
});

/**
 * One malformed nested field per kind, and exactly what the page is told:
 * the kind, the run, the field and why. (The client ends that run with
 * these words; see client.test.ts.)
 */
describe('parseEvent: one malformed nested field per kind', () => {
  const cases: [string, unknown, string, string][] = [
    ['started', { type: 'started', runId: 1, info: { backend: 'webgpu', fellBackFrom: { backend: 'tpu', reason: 'x' } } }, 'info.fellBackFrom.backend', 'Invalid option: expected one of "webgpu"|"webgl"|"cpu"'],
    ['print', { type: 'print', runId: 1, level: 'log', value: { kind: 'table', columns: ['a', 'b'], rows: [[1, { evil: true }]] } }, 'value.rows[0][1]', 'expected a number or a text of at most 1000 characters'],
    ['chart', { type: 'chart', runId: 1, chart: 'loss', points: [{ series: 'loss', x: 1, y: 0.5 }, { series: 'loss', x: 2, y: '0.4' }] }, 'points[1].y', 'expected a number'],
    ['plot', { type: 'plot', runId: 1, plot: 'p', series: [{ name: 'x', y: [1], style: 'line' }] }, 'series[0].x', 'expected a list'],
    ['progress', { type: 'progress', runId: 1, epoch: 1, epochs: 2, batch: 1, batches: 4, done: 9, total: 8, elapsedMs: 5, etaMs: null }, 'done', 'must not exceed total'],
    ['metrics', { type: 'metrics', runId: 1, values: { loss: '0.1' } }, 'values.loss', 'expected a number'],
    [
      'heatmap',
      { type: 'heatmap', runId: 1, name: 'h', heatmap: { rows: 1, columns: 2, values: [0, 1], colors: 'sequential', min: 0, max: 1, center: 0.5, showValues: false, points: { x: [0], y: [0] } } },
      'heatmap.points.label',
      'expected a list',
    ],
    ['images', { type: 'images', runId: 1, name: 'i', images: [{ width: 2, height: 1, channels: 1, pixels: [0.5, NaN] }] }, 'images[0].pixels[1]', 'expected a finite number'],
    ['control', { type: 'control', runId: 1, name: 'lr', spec: { kind: 'choice', value: 'a', options: { a: 1 } }, value: 'a' }, 'spec.options', 'Invalid input: expected array, received object'],
    ['download', { type: 'download', runId: 1, filename: 'a.html', mimeType: 'text/html', bytes: '<script>' }, 'bytes', 'expected an ArrayBuffer of at most 67108864 bytes'],
    ['worksheet-cost', { type: 'worksheet-cost', runId: 1, costPer1000Calls: -1, provenance: '' }, 'costPer1000Calls', 'Too small: expected number to be >=0'],
    ['done', { type: 'done', runId: 1, durationMs: 5, memory: {} }, 'memory.numTensors', 'Invalid input: expected number, received undefined'],
    ['error', { type: 'error', runId: 1, phase: 'runtime', message: 'x', line: 0, column: null, backend: null }, 'line', 'Too small: expected number to be >=1'],
  ];

  it('covers every kind of event', () => {
    const kinds = new Set(cases.map(([kind]) => kind));
    expect([...kinds].sort()).toEqual(
      ['chart', 'control', 'done', 'download', 'error', 'heatmap', 'images', 'metrics', 'plot', 'print', 'progress', 'started', 'worksheet-cost'].sort(),
    );
  });

  it.each(cases)('a %s event', (kind, data, field, problem) => {
    expect(parseEvent(data)).toEqual({ ok: false, error: { kind, runId: 1, field, problem } });
  });

  it('refuses a control whose value is not of its spec’s kind (a matrix holding a number)', () => {
    expect(parseEvent({ type: 'control', runId: 2, name: 'k', spec: { kind: 'matrix', value: [[1]] }, value: 7 })).toEqual({
      ok: false,
      error: { kind: 'control', runId: 2, field: 'value', problem: "must be of the spec's kind" },
    });
  });

  it('names an unknown kind and refuses what carries no run', () => {
    expect(parseEvent({ type: 'explode', runId: 1 })).toMatchObject({ ok: false, error: { kind: 'explode', field: 'type' } });
    expect(parseEvent({ type: 'done', durationMs: 1, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: null } })).toMatchObject({
      ok: false,
      error: { kind: 'done', runId: null, field: 'runId' },
    });
    expect(parseEvent(null)).toMatchObject({ ok: false, error: { kind: null, runId: null } });
  });
});

describe('sizes the page will not take', () => {
  it('refuses a text over 100,000 characters, a grid that does not match, oversized pictures', () => {
    const long = 'x'.repeat(100_001);
    expect(parseEvent({ type: 'print', runId: 1, level: 'log', value: { kind: 'text', text: long } })).toMatchObject({ ok: false, error: { field: 'value.text' } });
    const heatmap = { rows: 1, columns: 2, values: [0, 1], colors: 'sequential', min: 0, max: 1, center: 0.5, showValues: false };
    expect(parseEvent({ type: 'heatmap', runId: 1, name: 'h', heatmap: { ...heatmap, values: [0] } })).toMatchObject({ ok: false, error: { field: 'heatmap.values' } });
    expect(parseEvent({ type: 'heatmap', runId: 1, name: 'h', heatmap: { ...heatmap, rows: 1e6, columns: 1e6 } })).toMatchObject({ ok: false, error: { field: 'heatmap.rows' } });
    expect(parseEvent({ type: 'images', runId: 1, name: 'i', images: [{ width: 1000, height: 1000, channels: 1, pixels: [] }] })).toMatchObject({ ok: false, error: { field: 'images[0].width' } });
    const points = Array.from({ length: 2_001 }, (_, x) => ({ series: 's', x, y: 0 }));
    expect(parseEvent({ type: 'chart', runId: 1, chart: 'c', points })).toMatchObject({ ok: false, error: { field: 'points' } });
  });
});

describe('worker lifecycle messages and batches', () => {
  it('knows ready and retire apart from run events', () => {
    expect(parseWorkerMessage({ type: 'ready' })).toEqual({ ok: true, value: { type: 'ready' } });
    expect(parseWorkerMessage({ type: 'retire', reason: 'the run changed the tfjs backends' })).toEqual({ ok: true, value: { type: 'retire', reason: 'the run changed the tfjs backends' } });
    expect(parseEvent({ type: 'ready' })).toMatchObject({ ok: false });
    expect(parseWorkerMessage({ type: 'retire' })).toMatchObject({ ok: false, error: { kind: 'retire', field: 'reason' } });
  });

  it('keeps the messages before the first bad one and names it', () => {
    const done = { type: 'done', runId: 1, durationMs: 1, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: null } };
    expect(parseBatch([{ type: 'ready' }, { type: 'plot', runId: 1, plot: 'p', series: [{ name: 'x' }] }, done])).toEqual({
      messages: [{ type: 'ready' }],
      problem: { kind: 'plot', runId: 1, field: 'series[0].x', problem: 'expected a list' },
    });
    expect(parseBatch({ type: 'ready' })).toMatchObject({ messages: [], problem: { kind: null, problem: 'expected a list of at most 4096 messages' } });
  });
});

describe('stored settings (the same schemas the store restores with)', () => {
  it('accepts well-formed specs and values', () => {
    expect(isControlSpec({ kind: 'number', value: 0.1, options: [0.1, 1] })).toBe(true);
    expect(isControlSpec({ kind: 'choice', value: 'b', options: ['a', 'b'] })).toBe(true);
    expect(isControlSpec({ kind: 'matrix', value: [[1, 0], [0, 1]] })).toBe(true);
    expect(isControlValue(0.5)).toBe(true);
    expect(isControlValue('adam')).toBe(true);
    expect(isControlValue([[1, 2]])).toBe(true);
  });

  it.each([
    ['options an object', { kind: 'number', value: 0.1, options: {} }],
    ['options a string', { kind: 'number', value: 0.1, options: 'abc' }],
    ['a value outside its options', { kind: 'choice', value: 'c', options: ['a', 'b'] }],
    ['a ragged matrix', { kind: 'matrix', value: [[1, 2], [3]] }],
    ['an unknown kind', { kind: 'slider', value: 1 }],
  ])('refuses a spec with %s', (_label, spec) => {
    expect(isControlSpec(spec)).toBe(false);
  });

  it('refuses values no control holds', () => {
    expect(isControlValue({ evil: true })).toBe(false);
    expect(isControlValue([[1, 'x']])).toBe(false);
    expect(isControlValue(Infinity)).toBe(false);
  });
});
