import { afterEach, describe, expect, it, vi } from 'vitest';
import { alignSeries, sampleIndices } from '../../src/editor/align-series';
import { progressFraction } from '../../src/editor/ProgressBar';
import { parseTestScale } from '../../src/editor/test-scale';
import { createDebouncedSave } from '../../src/editor/useDebouncedSave';
import { codeKey, restoreEditor, useEditorStore } from '../../src/store/editor';

describe('alignSeries', () => {
  it('shares rows for equal x across series and fills gaps with null', () => {
    expect(
      alignSeries([
        { x: [2, 1], y: [20, 10] },
        { x: [2, 3], y: [200, 300] },
      ]),
    ).toEqual([
      [1, 2, 3],
      [10, 20, null],
      [null, 200, 300],
    ]);
  });

  it('keeps two points of one series at the same x as two rows', () => {
    expect(alignSeries([{ x: [5, 5], y: [1, 2] }])).toEqual([
      [5, 5],
      [1, 2],
    ]);
  });

  it('one increasing line (a live chart) comes back as it is, the same as the general merge would give', () => {
    const line = { x: [0, 1, 1.5, 2], y: [3, Number.NaN, 4, 5] };
    expect(alignSeries([line])).toEqual([
      [0, 1, 1.5, 2],
      [3, null, 4, 5],
    ]);
    // The general path (two series) puts the same line in the same rows.
    expect(alignSeries([line, { x: [], y: [] }]).slice(0, 2)).toEqual(alignSeries([line]));
  });

  it('turns non-finite y into gaps and drops non-finite x', () => {
    expect(alignSeries([{ x: [1, 2, Number.NaN], y: [Number.POSITIVE_INFINITY, 3, 4] }])).toEqual([
      [1, 2],
      [null, 3],
    ]);
  });
});

describe('sampleIndices', () => {
  it('keeps everything when short, else first, last and even steps', () => {
    expect(sampleIndices(3, 5)).toEqual([0, 1, 2]);
    expect(sampleIndices(11, 3)).toEqual([0, 5, 10]);
    expect(sampleIndices(0, 3)).toEqual([]);
    expect(sampleIndices(7, 1)).toEqual([6]);
  });
});

describe('progressFraction', () => {
  it('draws the event’s done / total, whatever the epoch and batch say', () => {
    const base = { epoch: 3, epochs: 4, batch: 2, batches: 5, elapsedMs: 0, etaMs: null };
    expect(progressFraction({ ...base, done: 0, total: 10 })).toBe(0);
    expect(progressFraction({ ...base, done: 5, total: 10 })).toBe(0.5);
    expect(progressFraction({ ...base, done: 10, total: 10 })).toBe(1);
    // Nothing to do yet: an empty bar, not a division by zero.
    expect(progressFraction({ ...base, done: 0, total: 0 })).toBe(0);
  });
});

describe('parseTestScale', () => {
  it('accepts (0, 1] and falls back to 1 otherwise', () => {
    expect(parseTestScale('0.1')).toBe(0.1);
    expect(parseTestScale('1')).toBe(1);
    expect(parseTestScale(null)).toBe(1);
    expect(parseTestScale('0')).toBe(1);
    expect(parseTestScale('2')).toBe(1);
    expect(parseTestScale('abc')).toBe(1);
  });
});

describe('editor store', () => {
  afterEach(() => {
    vi.useRealTimers();
    useEditorStore.setState({ codes: {}, backend: 'auto' });
  });

  it('restores field by field, dropping only what is malformed', () => {
    const none = { controlValues: {}, controlSpecs: {} };
    expect(restoreEditor(null)).toEqual({ codes: {}, backend: 'auto', ...none });
    expect(restoreEditor({ codes: { 'a/b': 'x', 'a/c': 42 }, backend: 'webgl' })).toEqual({
      codes: { 'a/b': 'x' },
      backend: 'webgl',
      ...none,
    });
    expect(restoreEditor({ codes: ['x'], backend: 'tpu' })).toEqual({ codes: {}, backend: 'auto', ...none });
  });

  it('saves after the debounce, stores nothing for the original, and flushes at once', () => {
    vi.useFakeTimers();
    const key = codeKey('lesson', 'example');
    const save = createDebouncedSave(key, 'original', 400);
    save.schedule('edited 1');
    save.schedule('edited 2');
    expect(useEditorStore.getState().codes[key]).toBeUndefined();
    vi.advanceTimersByTime(400);
    expect(useEditorStore.getState().codes[key]).toBe('edited 2');

    save.schedule('original');
    save.flush();
    expect(key in useEditorStore.getState().codes).toBe(false);

    save.schedule('lost');
    save.cancel();
    vi.advanceTimersByTime(1000);
    expect(key in useEditorStore.getState().codes).toBe(false);
  });
});
