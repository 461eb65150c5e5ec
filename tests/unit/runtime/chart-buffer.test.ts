/** The chart throttle on a fake clock: at most one message per interval per chart. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChartBuffer } from '../../../src/runtime/chart-buffer';
import type { ChartPoint } from '../../../src/runtime/protocol';

afterEach(() => {
  vi.useRealTimers();
});

describe('createChartBuffer', () => {
  it('sends the first point at once, holds the rest until the interval passes', () => {
    vi.useFakeTimers();
    let clock = 0;
    const sent: [string, number[]][] = [];
    const buffer = createChartBuffer({ send: (chart, points: readonly ChartPoint[]) => sent.push([chart, points.map((p) => p.x)]), now: () => clock, intervalMs: 50 });
    buffer.add('loss', { series: 'loss', x: 1, y: 1 });
    buffer.add('loss', { series: 'loss', x: 2, y: 1 });
    buffer.add('acc', { series: 'acc', x: 1, y: 1 });
    expect(sent).toEqual([['loss', [1]], ['acc', [1]]]);
    clock = 30;
    buffer.add('loss', { series: 'loss', x: 3, y: 1 });
    expect(sent).toHaveLength(2);
    clock = 50;
    vi.advanceTimersByTime(50);
    expect(sent).toEqual([['loss', [1]], ['acc', [1]], ['loss', [2, 3]]]);
    buffer.add('loss', { series: 'loss', x: 4, y: 1 });
    buffer.flush();
    expect(sent.at(-1)).toEqual(['loss', [4]]);
  });

  it('cancel drops waiting points', () => {
    vi.useFakeTimers();
    const sent: unknown[] = [];
    const buffer = createChartBuffer({ send: (chart) => sent.push(chart), now: () => 0 });
    buffer.add('a', { series: 's', x: 1, y: 1 });
    buffer.add('a', { series: 's', x: 2, y: 1 });
    buffer.cancel();
    vi.advanceTimersByTime(1000);
    buffer.flush();
    expect(sent).toEqual(['a']);
  });
});
