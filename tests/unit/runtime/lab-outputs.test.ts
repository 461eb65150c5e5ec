/**
 * The lab helpers added for the course's examples — heat maps, images,
 * controls, shipped files, downloads, worksheet costs — run through the real
 * runner on the cpu backend, as the worker runs them.
 */
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../../src/runtime/protocol';
import { finalEvent, ofType, runCode } from './run-helpers';

describe('lab.heatmap', () => {
  it('sends rows or a tensor row-major, with the range, labels and points', async () => {
    const events = await runCode(`
      lab.heatmap('grid', { values: [[0, 0.5], [1, 0.25]], showValues: true, rowLabels: ['a', 'b'], columnLabels: ['x', 'y'] });
      const t = tf.tensor2d([[-1, 2, 3], [4, 5, 6]]);
      lab.heatmap('boundary', { values: t, colors: 'diverging', extent: { x: [-2, 2], y: [0, 1] }, points: { x: [0, 1], y: [0.5, 0.5], label: [0, 1] } });
      t.dispose();
    `);
    expect(finalEvent(events).type).toBe('done');
    const [grid, boundary] = ofType(events, 'heatmap');
    expect(grid?.heatmap).toMatchObject({ rows: 2, columns: 2, values: [0, 0.5, 1, 0.25], min: 0, max: 1, center: 0.5, showValues: true, rowLabels: ['a', 'b'] });
    expect(boundary?.heatmap).toMatchObject({ rows: 2, columns: 3, values: [-1, 2, 3, 4, 5, 6], min: -1, max: 6, center: 0, colors: 'diverging' });
    expect(boundary?.heatmap.points).toEqual({ x: [0, 1], y: [0.5, 0.5], label: [0, 1] });
    for (const e of ofType(events, 'heatmap')) expect(parseEvent(e).ok).toBe(true);
  });

  it('fails on the user line for ragged rows, wrong label counts and points without an extent', async () => {
    for (const [code, message] of [
      [`lab.heatmap('h', { values: [[1, 2], [3]] });`, 'row 2 has 1 values'],
      [`lab.heatmap('h', { values: [[1, 2]], columnLabels: ['a'] });`, 'columnLabels needs 2 labels'],
      [`lab.heatmap('h', { values: [[1]], points: { x: [0], y: [0], label: [0] } });`, 'points need an extent'],
    ] as const) {
      const end = finalEvent(await runCode(`\n${code}`));
      expect(end).toMatchObject({ type: 'error', phase: 'runtime', line: 2 });
      expect(end.type === 'error' ? end.message : '').toContain(message);
    }
  });
});

describe('lab.images', () => {
  it('sends grey and RGB pictures with values clipped to [0, 1], captions and tones', async () => {
    const events = await runCode(`
      const rgb = tf.ones([2, 2, 3]).mul(2);
      lab.images('samples', [{ pixels: [[0, 0.5], [1, -1]], caption: 'grey', tone: 'good' }, { pixels: rgb }]);
    `);
    expect(finalEvent(events).type).toBe('done');
    const [entry] = ofType(events, 'images');
    expect(entry?.images[0]).toEqual({ width: 2, height: 2, channels: 1, pixels: [0, 0.5, 1, 0], caption: 'grey', tone: 'good' });
    expect(entry?.images[1]).toMatchObject({ width: 2, height: 2, channels: 3 });
    expect(entry?.images[1]?.pixels.every((v) => v === 1)).toBe(true);
  });
});

describe('lab.control', () => {
  const code = `
    const lr = lab.control('learning rate', { value: 0.03, min: 0.001, max: 3, log: true });
    const act = lab.control('activation', { kind: 'choice', value: 'tanh', options: ['tanh', 'relu'] });
    const k = lab.control('kernel', { kind: 'matrix', value: [[0, 1], [1, 0]] });
    lab.print(lr, act, k[0][1]);
  `;
  const printed = async (controls: Record<string, number | string | number[][]>) =>
    ofType(await runCode(code, { controls }), 'print').map((e) => (e.value.kind === 'text' ? e.value.text : ''));

  it('returns the defaults, declares each control with its spec, and uses the values the page sends', async () => {
    const events = await runCode(code);
    expect(ofType(events, 'control').map((c) => [c.name, c.spec.kind, c.value])).toEqual([
      ['learning rate', 'number', 0.03],
      ['activation', 'choice', 'tanh'],
      ['kernel', 'matrix', [[0, 1], [1, 0]]],
    ]);
    expect(await printed({})).toEqual(['0.03 tanh 1']);
    expect(await printed({ 'learning rate': 1.5, activation: 'relu', kernel: [[0, 7], [1, 0]] })).toEqual(['1.5 relu 7']);
  });

  it('falls back to the default, with a warning, for a stored value that no longer fits', async () => {
    const lines = await printed({ 'learning rate': 99, activation: 'gelu', kernel: [[1, 2, 3]] });
    expect(lines.at(-1)).toBe('0.03 tanh 1');
    expect(lines.filter((l) => l.includes('no longer fits'))).toHaveLength(3);
  });

  it('rejects a bad spec on the user line', async () => {
    const end = finalEvent(await runCode(`\nlab.control('n', { value: 5, min: 0, max: 1 });`));
    expect(end).toMatchObject({ type: 'error', line: 2 });
    expect(end.type === 'error' ? end.message : '').toContain('outside [0, 1]');
  });
});

describe('shipped files, downloads and worksheet costs', () => {
  it('resolves lab.url under the site and refuses other origins', async () => {
    const base = 'https://example.org/courses/lab/';
    const events = await runCode(`lab.print(lab.url('data/x.json'));`, { baseUrl: base });
    expect(ofType(events, 'print')[0]?.value).toEqual({ kind: 'text', text: 'https://example.org/courses/lab/data/x.json' });
    for (const path of ['https://cdn.example.com/x.json', '//cdn.example.com/x.json', '../../x.json']) {
      const end = finalEvent(await runCode(`lab.url(${JSON.stringify(path)});`, { baseUrl: base }));
      expect(end.type, path).toBe('error');
    }
  });

  it('fetches a shipped file, and names the path when it is missing', async () => {
    const ok = await runCode(`const icons = await lab.fetchText('favicon.svg'); lab.print(icons.includes('<svg'));`);
    expect(ofType(ok, 'print')[0]?.value).toEqual({ kind: 'text', text: 'true' });
    const missing = finalEvent(await runCode(`await lab.fetchJSON('data/no-such-file.json');`));
    expect(missing.type === 'error' ? missing.message : '').toMatch(/Could not load "data\/no-such-file.json".*404/);
  });

  it('offers downloads as bytes and a worksheet cost as a number', async () => {
    const events = await runCode(`
      lab.download('notes.txt', 'héllo');
      lab.download('weights.bin', new Float32Array([1, 2]));
      lab.offerWorksheetCost({ costPer1000Calls: 0.0123, provenance: '2 ms per call on cpu × $0.10/h' });
    `);
    const [text, bin] = ofType(events, 'download');
    expect(new TextDecoder().decode(text?.bytes)).toBe('héllo');
    expect(text?.mimeType).toBe('text/plain');
    expect(Array.from(new Float32Array(bin?.bytes ?? new ArrayBuffer(0)))).toEqual([1, 2]);
    expect(ofType(events, 'worksheet-cost')[0]).toMatchObject({ costPer1000Calls: 0.0123, provenance: '2 ms per call on cpu × $0.10/h' });
    const bad = finalEvent(await runCode(`lab.offerWorksheetCost({ costPer1000Calls: NaN, provenance: '' });`));
    expect(bad.type).toBe('error');
    // An optional measured throughput travels with it; a non-positive one is refused.
    const withRate = await runCode(`lab.offerWorksheetCost({ costPer1000Calls: 0.5, provenance: 'p', callsPerSecond: 120 });`);
    expect(ofType(withRate, 'worksheet-cost')[0]).toMatchObject({ costPer1000Calls: 0.5, callsPerSecond: 120 });
    const badRate = finalEvent(await runCode(`lab.offerWorksheetCost({ costPer1000Calls: 0.5, provenance: 'p', callsPerSecond: 0 });`));
    expect(badRate.type).toBe('error');
  });
});

describe('lab.progress', () => {
  it('reports a hand-written loop: every epoch end, with a time-left estimate, as valid protocol events', async () => {
    const events = await runCode(`
      const epochs = 3, batches = 4;
      for (let e = 0; e < epochs; e++) {
        for (let b = 0; b < batches; b++) {
          await lab.sleep(1);
          lab.progress({ epoch: e + 1, epochs, batch: b + 1, batches });
        }
      }
    `);
    expect(finalEvent(events).type).toBe('done');
    const progress = ofType(events, 'progress');
    for (const p of progress) expect(parseEvent(p).ok).toBe(true);
    const epochEnds = progress.filter((p) => p.batch === p.batches);
    expect(epochEnds.map((p) => p.epoch)).toEqual([1, 2, 3]);
    expect(progress.at(-1)).toMatchObject({ epoch: 3, epochs: 3, batch: 4, batches: 4, etaMs: 0 });
    expect(progress.at(-1)?.elapsedMs).toBeGreaterThan(0);
    // Mid-run the estimate is positive: work is left.
    expect(epochEnds[0]?.etaMs).toBeGreaterThan(0);
  });

  it('sends at most one update per 50 ms between epoch ends', async () => {
    const events = await runCode(`
      for (let b = 1; b <= 1000; b++) lab.progress({ epoch: 1, epochs: 1, batch: b, batches: 1000 });
    `);
    const progress = ofType(events, 'progress');
    expect(progress.length).toBeLessThan(10);
    expect(progress.at(-1)).toMatchObject({ batch: 1000, batches: 1000 });
  });

  it('counts whole epochs when no batches are given, and names a bad argument', async () => {
    const events = await runCode(`for (let e = 1; e <= 5; e++) lab.progress({ epoch: e, epochs: 5 });`);
    expect(ofType(events, 'progress').map((p) => [p.epoch, p.batch, p.batches])).toEqual([1, 2, 3, 4, 5].map((e) => [e, 0, 0]));
    const end = finalEvent(await runCode(`\nlab.progress({ epoch: 0, epochs: 5 });`));
    expect(end).toMatchObject({ type: 'error', line: 2 });
    expect(end.type === 'error' ? end.message : '').toContain('lab.progress: epoch must be a whole number ≥ 1');
  });
});
