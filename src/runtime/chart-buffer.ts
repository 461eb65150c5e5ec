/**
 * Batches live chart points so messaging never dominates training: points
 * for one chart are sent at most once per `intervalMs` (default 50 ms, i.e.
 * ≤ 20 messages a second per chart), the rest wait in a buffer. A timer sends
 * what is left when the code yields; `flush()` sends everything at the end.
 * A message carries at most OUTPUT_LIMITS.chartPoints points: a loop that
 * piles up more within one interval has them thinned evenly (a chart cannot
 * show more than a few thousand points across anyway).
 */
import { thinEvenly } from './clip';
import type { ChartPoint } from './protocol';
import { OUTPUT_LIMITS } from './protocol/limits';

export interface ChartBufferOptions {
  readonly send: (chart: string, points: readonly ChartPoint[]) => void;
  readonly intervalMs?: number;
  readonly now?: () => number;
}

export interface ChartBuffer {
  add(chart: string, point: ChartPoint): void;
  /** Sends every waiting point now (end of run, or before a final event). */
  flush(): void;
  /** Drops waiting points and timers (the run was stopped or failed). */
  cancel(): void;
}

export const CHART_INTERVAL_MS = 50;

export function createChartBuffer(options: ChartBufferOptions): ChartBuffer {
  const intervalMs = options.intervalMs ?? CHART_INTERVAL_MS;
  const now = options.now ?? (() => performance.now());
  const pending = new Map<string, ChartPoint[]>();
  const lastSent = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const sendChart = (chart: string): void => {
    const timer = timers.get(chart);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(chart);
    const points = pending.get(chart);
    if (!points || points.length === 0) return;
    pending.delete(chart);
    lastSent.set(chart, now());
    options.send(chart, thinEvenly(points, OUTPUT_LIMITS.chartPoints));
  };

  return {
    add(chart, point) {
      const list = pending.get(chart);
      if (list) list.push(point);
      else pending.set(chart, [point]);
      const since = now() - (lastSent.get(chart) ?? -Infinity);
      if (since >= intervalMs) {
        sendChart(chart);
      } else if (!timers.has(chart)) {
        timers.set(chart, setTimeout(() => sendChart(chart), intervalMs - since));
      }
    },
    flush() {
      for (const chart of [...pending.keys()]) sendChart(chart);
    },
    cancel() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      pending.clear();
    },
  };
}
