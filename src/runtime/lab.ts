// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient `Lab` API must be in every program that checks this file
/// <reference path="./lab-api.d.ts" />
/**
 * `createLab`: the `lab` object one run of user code receives. Every helper
 * turns into protocol events through `emit`; tensors are read here (the page
 * never sees tfjs). Chart points go through a ChartBuffer so a tight loop of
 * `lab.chart` calls costs a message per 50 ms, not per point.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { createChartBuffer, type ChartBuffer } from './chart-buffer';
import { createFitCallback } from './fit-callbacks';
import { formatTensorValues, formatValue, tensorHeader } from './format';
import type { BackendName, PrintValue, WorkerEvent } from './protocol';
import { createRandom, deriveSeed } from './random';

type Tf = typeof tfjs;
/** An event before the runner stamps the run's id on it. */
export type LabEvent = WorkerEvent extends infer E ? (E extends { runId: number } ? Omit<E, 'runId'> : never) : never;

export interface LabContext {
  readonly tf: Tf;
  readonly seed: number;
  readonly scale: number;
  readonly backend: BackendName;
  readonly emit: (event: LabEvent) => void;
  readonly now?: () => number;
}

export interface LabHandle {
  readonly lab: Lab;
  /** The `console` the user's code sees: log/info/debug print, warn and error are marked. */
  readonly console: Pick<Console, 'log' | 'info' | 'debug' | 'warn' | 'error'>;
  readonly charts: ChartBuffer;
}

const isTensor = (tf: Tf, v: unknown): v is tfjs.Tensor => v instanceof tf.Tensor;

/** Reads a tensor for display; a disposed tensor says so instead of throwing. */
function tensorValue(t: tfjs.Tensor): PrintValue {
  if (t.isDisposed) return { kind: 'text', text: `${tensorHeader(t.shape, t.dtype)} (disposed)` };
  const values = t.dataSync() as ArrayLike<number | string | boolean>;
  return { kind: 'tensor', shape: [...t.shape], dtype: t.dtype, text: formatTensorValues({ shape: t.shape, dtype: t.dtype, values }) };
}

/** Numbers from an array, a typed array or a tensor (flattened). */
function toNumbers(tf: Tf, values: LabNumbers, what: string): number[] {
  if (isTensor(tf, values)) return Array.from(values.dataSync() as ArrayLike<number>);
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    throw new TypeError(`${what} must be an array of numbers or a tensor`);
  }
  return Array.from(values, Number);
}

function tableCell(tf: Tf, v: unknown): string | number {
  if (typeof v === 'number' || typeof v === 'string') return v;
  return formatValue(v, (x) => (isTensor(tf, x) ? tensorHeader(x.shape, x.dtype) : null), 1);
}

/** Rows (array of objects) or columns (object of arrays) → one columns list and row arrays. */
export function tableFrom(tf: Tf, data: LabTableData): Extract<PrintValue, { kind: 'table' }> {
  if (Array.isArray(data)) {
    const rows = data as readonly Readonly<Record<string, unknown>>[];
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    return { kind: 'table', columns, rows: rows.map((row) => columns.map((c) => tableCell(tf, row[c] ?? ''))) };
  }
  if (data === null || typeof data !== 'object') throw new TypeError('lab.table needs an array of rows or an object of columns');
  const byColumn = Object.entries(data as Readonly<Record<string, ArrayLike<unknown>>>).map(
    ([name, col]) => [name, isTensor(tf, col) ? Array.from(col.dataSync()) : Array.from(col)] as const,
  );
  const length = byColumn.reduce((n, [, col]) => Math.max(n, col.length), 0);
  return {
    kind: 'table',
    columns: byColumn.map(([name]) => name),
    rows: Array.from({ length }, (_, i) => byColumn.map(([, col]) => tableCell(tf, col[i] ?? ''))),
  };
}

export function createLab(ctx: LabContext): LabHandle {
  const { tf, emit } = ctx;
  const now = ctx.now ?? (() => performance.now());
  const charts = createChartBuffer({ send: (chart, points) => emit({ type: 'chart', chart, points }), now });
  let streams = 0;

  const describeTensor = (v: unknown): string | null => (isTensor(tf, v) ? tensorHeader(v.shape, v.dtype) : null);
  /** Consecutive non-tensor values share one line; each tensor gets its own block. */
  const print = (level: 'log' | 'warn' | 'error', values: readonly unknown[]): void => {
    let words: string[] = [];
    const sendWords = (): void => {
      if (words.length > 0) emit({ type: 'print', level, value: { kind: 'text', text: words.join(' ') } });
      words = [];
    };
    for (const value of values) {
      if (isTensor(tf, value)) {
        sendWords();
        emit({ type: 'print', level, value: tensorValue(value) });
      } else {
        words.push(formatValue(value, describeTensor));
      }
    }
    sendWords();
    if (values.length === 0) emit({ type: 'print', level, value: { kind: 'text', text: '' } });
  };

  const metrics = (values: Readonly<Record<string, number>>): void => {
    const clean = Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === 'number'));
    emit({ type: 'metrics', values: clean });
  };

  const lab: Lab = {
    print: (...values) => print('log', values),
    warn: (...values) => print('warn', values),
    table: (data) => emit({ type: 'print', level: 'log', value: tableFrom(tf, data) }),
    plot(name, series) {
      const list = (Array.isArray(series) ? series : [series]) as readonly LabPlotSeries[];
      emit({
        type: 'plot',
        plot: String(name),
        series: list.map((s, i) => {
          const label = s.name || `series ${i + 1}`;
          const x = toNumbers(tf, s.x, `lab.plot('${name}'): ${label}.x`);
          const y = toNumbers(tf, s.y, `lab.plot('${name}'): ${label}.y`);
          if (x.length !== y.length) {
            throw new RangeError(`lab.plot('${name}'): ${label} has ${x.length} x values but ${y.length} y values`);
          }
          return { name: label, x, y, style: s.style ?? 'line' };
        }),
      });
    },
    chart(name, series, x, y) {
      if (!Number.isFinite(x)) throw new RangeError(`lab.chart('${name}'): x must be a finite number, got ${x}`);
      charts.add(String(name), { series: String(series), x, y: Number(y) });
    },
    fitCallbacks: (options) =>
      createFitCallback(
        {
          tf,
          charts,
          now,
          progress: (p) => emit({ type: 'progress', ...p }),
          metrics,
        },
        options,
      ),
    metrics,
    random: (seed) => createRandom(seed ?? deriveSeed(ctx.seed, streams++)),
    seed: ctx.seed,
    scale: ctx.scale,
    backend: ctx.backend,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
    nextFrame: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };

  const userConsole = {
    log: (...v: unknown[]) => print('log', v),
    info: (...v: unknown[]) => print('log', v),
    debug: (...v: unknown[]) => print('log', v),
    warn: (...v: unknown[]) => print('warn', v),
    error: (...v: unknown[]) => print('error', v),
  };
  return { lab, console: userConsole, charts };
}
