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
import { clipText, thinEvenly } from './clip';
import { createFitCallback } from './fit-callbacks';
import { formatPrintedValue, formatTensorValues, tensorHeader } from '../format/printed-value';
import { createOutbox } from './outbox';
import { resolveControl } from './lab/controls';
import { downloadBytes, fetchShippedJson, fetchShippedText, shippedUrl } from './lab/files';
import { buildHeatmap } from './lab/heatmap';
import { buildImages } from './lab/images';
import { createCnn } from './lab/cnn';
import { createMlp } from './lab/mlp';
import { createTransformer } from './lab/transformer';
import { createFusedOps } from './lab/fused-ops';
import { createOptimizer } from './lab/optimizer';
import { createProgress } from './lab/progress';
import type { BackendName, ControlValue, PrintValue, WorkerEvent } from './protocol';
import { OUTPUT_LIMITS } from './protocol/limits';
import { createRandom, deriveSeed } from './random';
import { shown } from './lab/untrusted';

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
  /** The student's values for `lab.control`, by name. */
  readonly controls?: Readonly<Record<string, ControlValue>>;
  /** The app's base URL, for `lab.url` (default: this script's location). */
  readonly baseUrl?: string;
}

export interface LabHandle {
  readonly lab: Lab;
  /** The `console` the user's code sees: log/info/debug print, warn and error are marked. */
  readonly console: Pick<Console, 'log' | 'info' | 'debug' | 'warn' | 'error'>;
  readonly charts: ChartBuffer;
  /** Resolves when every print/plot/table is sent; rejects if reading a tensor failed. */
  readonly drain: () => Promise<void>;
  /** Training steps reported so far: batches seen by `lab.fitCallbacks`, calls of `lab.progress`. */
  readonly steps: () => number;
}

const isTensor = (tf: Tf, v: unknown): v is tfjs.Tensor => v instanceof tf.Tensor;

/** A name shown in the output (a chart, a plot, a file, a setting): refused at the user's call if empty or too long. */
function checkedName(value: unknown, what: string): string {
  const text = String(value);
  if (text.length === 0 || text.length > OUTPUT_LIMITS.nameLength) throw new RangeError(`${what}: the name must be 1–${OUTPUT_LIMITS.nameLength} characters`);
  return text;
}

/**
 * Reads a tensor's values without blocking (see outbox.ts for why never
 * `dataSync`). The read works on a kept clone — same data, own reference —
 * so the user may dispose the tensor (or leave a `tf.tidy`) right after
 * printing it.
 */
async function readTensor(tf: Tf, t: tfjs.Tensor): Promise<ArrayLike<number | string | boolean>> {
  const copy = tf.keep(t.clone());
  try {
    return (await copy.data());
  } finally {
    copy.dispose();
  }
}

function tensorValue(tf: Tf, t: tfjs.Tensor): PrintValue | Promise<PrintValue> {
  if (t.isDisposed) return { kind: 'text', text: `${tensorHeader(t.shape, t.dtype)} (disposed)` };
  const shape = [...t.shape];
  const dtype = t.dtype;
  return readTensor(tf, t).then((values) => ({ kind: 'tensor', shape, dtype, text: clipText(formatTensorValues({ shape, dtype, values })) }));
}

/** How many numbers a plot input holds, known without reading a tensor. */
function lengthOf(tf: Tf, values: unknown, what: string): number {
  if (isTensor(tf, values)) return values.size;
  if (values === null || typeof values !== 'object' || !('length' in values) || typeof values.length !== 'number') {
    throw new TypeError(`${what} must be an array of numbers or a tensor`);
  }
  return values.length;
}

/** Numbers from an array, a typed array or a tensor (flattened, read asynchronously). */
function toNumbers(tf: Tf, values: LabNumbers): number[] | Promise<number[]> {
  if (isTensor(tf, values)) {
    if (values.isDisposed) throw new Error('lab.plot: a tensor was disposed before it could be drawn');
    return readTensor(tf, values).then((v) => Array.from(v, Number));
  }
  return Array.from(values, Number);
}

function tableCell(tf: Tf, v: unknown): string | number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return clipText(v, OUTPUT_LIMITS.cellLength);
  return clipText(formatPrintedValue(v, (x) => (isTensor(tf, x) ? tensorHeader(x.shape, x.dtype) : null), 1), OUTPUT_LIMITS.cellLength);
}

type TableValue = Extract<PrintValue, { kind: 'table' }>;

/**
 * A table inside the protocol's limits: at most OUTPUT_LIMITS.tableColumns
 * columns and tableRows rows, the last of them saying what was left out.
 * `rows` may hold only the first rows of `rowCount` (the rest never built).
 */
function fitTable(columns: readonly string[], rows: (string | number)[][], rowCount = rows.length): TableValue {
  const { tableRows, tableColumns, cellLength } = OUTPUT_LIMITS;
  const shownColumns = columns.slice(0, tableColumns).map((c) => clipText(c, cellLength));
  const hiddenColumns = columns.length - shownColumns.length;
  const fits = rowCount <= tableRows - (hiddenColumns > 0 ? 1 : 0);
  const shownRows = rows.slice(0, fits ? rowCount : tableRows - 1).map((row) => row.slice(0, tableColumns));
  const hiddenRows = rowCount - shownRows.length;
  if (hiddenRows > 0 || hiddenColumns > 0) {
    const parts = [hiddenRows > 0 ? `${hiddenRows.toLocaleString('en-US')} more row(s)` : '', hiddenColumns > 0 ? `${hiddenColumns} more column(s)` : ''];
    shownRows.push([`… ${parts.filter(Boolean).join(' and ')} not shown`, ...shownColumns.slice(1).map(() => '')]);
  }
  return { kind: 'table', columns: shownColumns, rows: shownRows };
}

/** Rows (array of objects) or columns (object of arrays or tensors) → one columns list and row arrays. */
export function tableFrom(tf: Tf, data: unknown): TableValue | Promise<TableValue> {
  if (Array.isArray(data)) {
    const rows = data as readonly Readonly<Record<string, unknown>>[];
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const built = rows.slice(0, OUTPUT_LIMITS.tableRows).map((row) => columns.map((c) => tableCell(tf, row[c] ?? '')));
    return fitTable(columns, built, rows.length);
  }
  if (data === null || typeof data !== 'object') throw new TypeError('lab.table needs an array of rows or an object of columns');
  const entries = Object.entries(data as Readonly<Record<string, ArrayLike<unknown>>>);
  const build = (byColumn: (readonly [string, ArrayLike<unknown>])[]): TableValue => {
    const length = byColumn.reduce((n, [, col]) => Math.max(n, col.length), 0);
    const rows = Array.from({ length: Math.min(length, OUTPUT_LIMITS.tableRows) }, (_, i) => byColumn.map(([, col]) => tableCell(tf, col[i] ?? '')));
    return fitTable(byColumn.map(([name]) => name), rows, length);
  };
  if (!entries.some(([, col]) => isTensor(tf, col))) return build(entries);
  return Promise.all(
    entries.map(async ([name, col]) => [name, isTensor(tf, col) ? await readTensor(tf, col) : col] as const),
  ).then(build);
}

export function createLab(ctx: LabContext): LabHandle {
  const { tf, emit } = ctx;
  const now = ctx.now ?? (() => performance.now());
  const charts = createChartBuffer({ send: (chart, points) => emit({ type: 'chart', chart, points }), now });
  const outbox = createOutbox<LabEvent>(emit);
  const printEvent = (level: 'log' | 'warn' | 'error', value: PrintValue): LabEvent => ({ type: 'print', level, value });
  let streams = 0;
  let steps = 0;
  const step = () => {
    steps++;
  };
  const progress = createProgress({ now, send: (p) => emit({ type: 'progress', ...p }) });

  const describeTensor = (v: unknown): string | null => (isTensor(tf, v) ? tensorHeader(v.shape, v.dtype) : null);
  /** Consecutive non-tensor values share one line; each tensor gets its own block. */
  const print = (level: 'log' | 'warn' | 'error', values: readonly unknown[]): void => {
    const parts: (LabEvent | Promise<LabEvent>)[] = [];
    let words: string[] = [];
    const endLine = (): void => {
      if (words.length > 0) parts.push(printEvent(level, { kind: 'text', text: clipText(words.join(' ')) }));
      words = [];
    };
    for (const value of values) {
      if (isTensor(tf, value)) {
        endLine();
        const shown = tensorValue(tf, value);
        parts.push(shown instanceof Promise ? shown.then((v) => printEvent(level, v)) : printEvent(level, shown));
      } else {
        words.push(formatPrintedValue(value, describeTensor));
      }
    }
    endLine();
    if (values.length === 0) parts.push(printEvent(level, { kind: 'text', text: '' }));
    outbox.send(parts);
  };

  // No `location` outside a browser (unit tests run in Node), whatever the DOM types say.
  const baseUrl = ctx.baseUrl ?? (globalThis as { location?: { href: string } }).location?.href ?? 'http://localhost/';
  const declared = new Set<string>();
  const name = checkedName;

  const metrics = (values: Readonly<Record<string, number>>): void => {
    const clean = Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === 'number'));
    const names = Object.keys(clean);
    if (names.length > OUTPUT_LIMITS.metrics) throw new RangeError(`lab.metrics: at most ${OUTPUT_LIMITS.metrics} values, got ${names.length}`);
    for (const key of names) checkedName(key, 'lab.metrics');
    emit({ type: 'metrics', values: clean });
  };

  const lab: Lab = {
    print: (...values) => print('log', values),
    warn: (...values) => print('warn', values),
    table(data) {
      const table = tableFrom(tf, data);
      outbox.send([table instanceof Promise ? table.then((v) => printEvent('log', v)) : printEvent('log', table)]);
    },
    plot(name, series) {
      const list = (Array.isArray(series) ? series : [series]) as readonly LabPlotSeries[];
      if (list.length > OUTPUT_LIMITS.plotSeries) throw new RangeError(`lab.plot('${name}'): at most ${OUTPUT_LIMITS.plotSeries} series, got ${list.length}`);
      // Lengths are checked now, so a mistake fails on the user's line; tensors are read after.
      const checked = list.map((s, i) => {
        const label = s.name || `series ${i + 1}`;
        const xLength = lengthOf(tf, s.x, `lab.plot('${name}'): ${label}.x`);
        const yLength = lengthOf(tf, s.y, `lab.plot('${name}'): ${label}.y`);
        if (xLength !== yLength) {
          throw new RangeError(`lab.plot('${name}'): ${label} has ${xLength} x values but ${yLength} y values`);
        }
        return { name: label, x: toNumbers(tf, s.x), y: toNumbers(tf, s.y), style: s.style ?? ('line' as const) };
      });
      const plotName = checkedName(name, 'lab.plot');
      const event = (resolved: { name: string; x: number[]; y: number[]; style: 'points' | 'line' }[]): LabEvent => ({
        type: 'plot',
        plot: plotName,
        series: resolved.map((s) => ({
          ...s,
          name: clipText(s.name, OUTPUT_LIMITS.nameLength),
          x: thinEvenly(s.x, OUTPUT_LIMITS.plotPoints),
          y: thinEvenly(s.y, OUTPUT_LIMITS.plotPoints),
        })),
      });
      const longest = Math.max(0, ...list.map((s) => lengthOf(tf, s.x, 'x')));
      if (longest > OUTPUT_LIMITS.plotPoints) {
        print('warn', [`lab.plot('${plotName}'): ${longest.toLocaleString('en-US')} points per line are drawn as ${OUTPUT_LIMITS.plotPoints.toLocaleString('en-US')}, evenly spaced.`]);
      }
      const needsRead = checked.some((s) => s.x instanceof Promise || s.y instanceof Promise);
      if (!needsRead) {
        outbox.send([event(checked as { name: string; x: number[]; y: number[]; style: 'points' | 'line' }[])]);
        return;
      }
      outbox.send([
        Promise.all(checked.map(async (s) => ({ ...s, x: await s.x, y: await s.y }))).then(event),
      ]);
    },
    chart(name, series, x: unknown, y: unknown) {
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new RangeError(`lab.chart('${name}'): x must be a finite number, got ${String(x)}`);
      charts.add(checkedName(name, 'lab.chart'), { series: checkedName(series, `lab.chart('${name}'): the series`), x, y: Number(y) });
    },
    fitCallbacks: (options) =>
      createFitCallback(
        {
          tf,
          charts,
          now,
          progress: (p) => emit({ type: 'progress', ...p }),
          metrics,
          step,
        },
        options,
      ),
    progress: (input) => {
      progress(input);
      step();
    },
    metrics,
    mlp: (options) => createMlp(tf, options, ctx.seed),
    cnn: (options) => createCnn(tf, options, ctx.seed),
    transformer: (options) => createTransformer(tf, options, ctx.seed),
    optimizer: (options) => createOptimizer(tf, options),
    ...createFusedOps(tf),
    random: (seed) => createRandom(seed ?? deriveSeed(ctx.seed, streams++)),
    seed: ctx.seed,
    scale: ctx.scale,
    backend: ctx.backend,
    heatmap(title, options) {
      const heatmap = buildHeatmap(tf, options);
      const event = (h: Awaited<typeof heatmap>): LabEvent => ({ type: 'heatmap', name: name(title, 'lab.heatmap'), heatmap: h });
      outbox.send([heatmap instanceof Promise ? heatmap.then(event) : event(heatmap)]);
    },
    images(title, list) {
      const images = buildImages(tf, list);
      const event = (i: Awaited<typeof images>): LabEvent => ({ type: 'images', name: name(title, 'lab.images'), images: i });
      outbox.send([images instanceof Promise ? images.then(event) : event(images)]);
    },
    control(title, spec) {
      const key = name(title, 'lab.control');
      if (declared.has(key)) throw new RangeError(`lab.control('${key}') is declared twice; give each setting its own name`);
      declared.add(key);
      const resolved = resolveControl(key, spec, ctx.controls?.[key]);
      emit({ type: 'control', name: key, spec: resolved.spec, value: resolved.value });
      if (resolved.warning) print('warn', [resolved.warning]);
      return resolved.value as never;
    },
    url: (path) => shippedUrl(baseUrl, path),
    fetchJSON: async <T,>(path: string) => (await fetchShippedJson(baseUrl, path)) as T,
    fetchText: (path) => fetchShippedText(baseUrl, path),
    download(filename, data, mimeType: unknown) {
      const bytes = downloadBytes(data);
      if (bytes.byteLength > OUTPUT_LIMITS.downloadBytes) throw new RangeError(`lab.download: ${bytes.byteLength} bytes is more than ${OUTPUT_LIMITS.downloadBytes}`);
      const type = mimeType ?? (typeof data === 'string' ? 'text/plain' : 'application/octet-stream');
      outbox.send([{ type: 'download', filename: name(filename, 'lab.download'), mimeType: clipText(shown(type), OUTPUT_LIMITS.shortText), bytes }]);
    },
    offerWorksheetCost(cost: unknown) {
      const fields: Readonly<Record<string, unknown>> = typeof cost === 'object' && cost !== null ? (cost as Record<string, unknown>) : {};
      const value = Number(fields['costPer1000Calls']);
      if (!Number.isFinite(value) || value < 0) throw new RangeError(`lab.offerWorksheetCost: costPer1000Calls must be a finite number ≥ 0, got ${String(fields['costPer1000Calls'])}`);
      const perSecond = fields['callsPerSecond'] === undefined ? undefined : Number(fields['callsPerSecond']);
      if (perSecond !== undefined && (!Number.isFinite(perSecond) || perSecond <= 0)) throw new RangeError(`lab.offerWorksheetCost: callsPerSecond must be a finite number > 0, got ${String(fields['callsPerSecond'])}`);
      const provenance = clipText(shown(fields['provenance'] ?? ''), OUTPUT_LIMITS.provenanceLength);
      outbox.send([{ type: 'worksheet-cost', costPer1000Calls: value, provenance, ...(perSecond === undefined ? {} : { callsPerSecond: perSecond }) }]);
    },
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
  return { lab, console: userConsole, charts, drain: () => outbox.drain(), steps: () => steps };
}
