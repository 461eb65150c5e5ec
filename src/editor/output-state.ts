/**
 * What the output view shows, built from the worker's events by a pure
 * reducer (no React, no DOM), so it is unit-tested with exact values.
 *
 * Events arrive in bursts (a `chart` and a `progress` event per batch);
 * the view applies them in batches once per animation frame with
 * `applyEvents`, so the page never re-renders once per message.
 */
import type { BackendInfo, BackendName, ControlSpec, ControlValue, HeatmapData, PictureData, PrintValue, WorkerEvent } from '../runtime/protocol';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'stopped';

export interface PrintLine {
  readonly id: number;
  readonly level: 'log' | 'warn' | 'error';
  readonly value: PrintValue;
}

export interface SeriesData {
  readonly name: string;
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/** A live chart (e.g. "loss"): its series grow point by point. */
export interface ChartData {
  readonly name: string;
  readonly series: readonly SeriesData[];
}

/** A plot drawn as a whole (e.g. data points and the fitted line). */
export interface PlotData {
  readonly name: string;
  readonly series: readonly (SeriesData & { readonly style: 'points' | 'line' })[];
}

export interface Progress {
  readonly epoch: number;
  readonly epochs: number;
  readonly batch: number;
  readonly batches: number;
  readonly elapsedMs: number;
  readonly etaMs: number | null;
}

export interface RunFailure {
  readonly phase: 'compile' | 'runtime' | 'backend';
  readonly message: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly backend: BackendName | null;
}

export interface RunSummary {
  readonly durationMs: number;
  readonly numTensors: number;
  readonly numBytes: number;
  readonly numBytesInGPU: number | null;
}

export interface HeatmapEntry {
  readonly name: string;
  readonly heatmap: HeatmapData;
}

export interface ImagesEntry {
  readonly name: string;
  readonly images: readonly PictureData[];
}

/** A setting the run declared with `lab.control`, and the value it used. */
export interface DeclaredControl {
  readonly name: string;
  readonly spec: ControlSpec;
  readonly value: ControlValue;
}

export interface DownloadEntry {
  readonly id: number;
  readonly filename: string;
  readonly mimeType: string;
  readonly bytes: ArrayBuffer;
}

export interface WorksheetCostOffer {
  readonly costPer1000Calls: number;
  readonly provenance: string;
  /** Calls per second measured on this device, when the example offers it as the worksheet's throughput. */
  readonly callsPerSecond?: number;
}

export interface OutputState {
  readonly runId: number | null;
  readonly status: RunStatus;
  readonly info: BackendInfo | null;
  readonly prints: readonly PrintLine[];
  readonly charts: readonly ChartData[];
  readonly plots: readonly PlotData[];
  readonly progress: Progress | null;
  readonly metrics: Readonly<Record<string, number>>;
  readonly summary: RunSummary | null;
  readonly failure: RunFailure | null;
  /** Printed lines dropped because of MAX_PRINTS (the oldest go first). */
  readonly droppedPrints: number;
  readonly heatmaps: readonly HeatmapEntry[];
  readonly images: readonly ImagesEntry[];
  /** In the order the code declared them. */
  readonly controls: readonly DeclaredControl[];
  readonly downloads: readonly DownloadEntry[];
  /** The last cost the run offered to the worksheet. */
  readonly worksheetCost: WorksheetCostOffer | null;
}

/** A runaway `print` in a loop must not grow the page without bound. */
export const MAX_PRINTS = 500;

export const EMPTY_OUTPUT: OutputState = {
  runId: null,
  status: 'idle',
  info: null,
  prints: [],
  charts: [],
  plots: [],
  progress: null,
  metrics: {},
  summary: null,
  failure: null,
  droppedPrints: 0,
  heatmaps: [],
  images: [],
  controls: [],
  downloads: [],
  worksheetCost: null,
};

/** A fresh output for a run that is starting. */
export function startRun(runId: number): OutputState {
  return { ...EMPTY_OUTPUT, runId, status: 'running' };
}

function addChartPoints(charts: readonly ChartData[], event: Extract<WorkerEvent, { type: 'chart' }>): ChartData[] {
  const next = [...charts];
  let index = next.findIndex((c) => c.name === event.chart);
  if (index < 0) {
    next.push({ name: event.chart, series: [] });
    index = next.length - 1;
  }
  const chart = next[index] as ChartData;
  const series = chart.series.map((s) => ({ name: s.name, x: [...s.x], y: [...s.y] }));
  for (const point of event.points) {
    let target = series.find((s) => s.name === point.series);
    if (!target) {
      target = { name: point.series, x: [], y: [] };
      series.push(target);
    }
    target.x.push(point.x);
    target.y.push(point.y);
  }
  next[index] = { name: chart.name, series };
  return next;
}

function replacePlot(plots: readonly PlotData[], event: Extract<WorkerEvent, { type: 'plot' }>): PlotData[] {
  const plot: PlotData = {
    name: event.plot,
    series: event.series.map((s) => ({ name: s.name, x: [...s.x], y: [...s.y], style: s.style })),
  };
  const index = plots.findIndex((p) => p.name === event.plot);
  return index < 0 ? [...plots, plot] : plots.map((p, i) => (i === index ? plot : p));
}

/** Replaces the entry with the same name (drawn in place), or adds it at the end. */
function replaceNamed<T extends { readonly name: string }>(list: readonly T[], entry: T): T[] {
  const index = list.findIndex((e) => e.name === entry.name);
  return index < 0 ? [...list, entry] : list.map((e, i) => (i === index ? entry : e));
}

let nextPrintId = 1;

/** Applies one event; events of another run (a stopped one) are ignored. */
export function applyEvent(state: OutputState, event: WorkerEvent): OutputState {
  if (state.runId === null || event.runId !== state.runId) return state;
  switch (event.type) {
    case 'started':
      return { ...state, info: event.info };
    case 'print': {
      const prints = [...state.prints, { id: nextPrintId++, level: event.level, value: event.value }];
      const overflow = Math.max(0, prints.length - MAX_PRINTS);
      return {
        ...state,
        prints: overflow > 0 ? prints.slice(overflow) : prints,
        droppedPrints: state.droppedPrints + overflow,
      };
    }
    case 'chart':
      return { ...state, charts: addChartPoints(state.charts, event) };
    case 'plot':
      return { ...state, plots: replacePlot(state.plots, event) };
    case 'progress':
      return { ...state, progress: { ...event } };
    case 'metrics':
      return { ...state, metrics: { ...state.metrics, ...event.values } };
    case 'heatmap':
      return { ...state, heatmaps: replaceNamed(state.heatmaps, { name: event.name, heatmap: event.heatmap }) };
    case 'images':
      return { ...state, images: replaceNamed(state.images, { name: event.name, images: event.images }) };
    case 'control':
      return { ...state, controls: replaceNamed(state.controls, { name: event.name, spec: event.spec, value: event.value }) };
    case 'download':
      return { ...state, downloads: [...state.downloads, { id: nextPrintId++, filename: event.filename, mimeType: event.mimeType, bytes: event.bytes }] };
    case 'worksheet-cost':
      return {
        ...state,
        worksheetCost: { costPer1000Calls: event.costPer1000Calls, provenance: event.provenance, ...(event.callsPerSecond === undefined ? {} : { callsPerSecond: event.callsPerSecond }) },
      };
    case 'done':
      return {
        ...state,
        status: 'done',
        summary: { durationMs: event.durationMs, ...event.memory },
      };
    case 'error':
      return {
        ...state,
        status: 'error',
        failure: {
          phase: event.phase,
          message: event.message,
          line: event.line,
          column: event.column,
          backend: event.backend,
        },
      };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

export function applyEvents(state: OutputState, events: readonly WorkerEvent[]): OutputState {
  return events.reduce(applyEvent, state);
}

/**
 * The run's promise settled: make the final status agree with it (a
 * `stopped` run sends no event; an error may come only through the outcome
 * when the worker died).
 */
export function finishRun(
  state: OutputState,
  outcome:
    | { kind: 'done'; durationMs: number; memory: { numTensors: number; numBytes: number; numBytesInGPU: number | null } }
    | { kind: 'error'; phase: RunFailure['phase']; message: string; line: number | null; column: number | null; backend: BackendName | null }
    | { kind: 'stopped' },
): OutputState {
  switch (outcome.kind) {
    case 'done':
      return { ...state, status: 'done', summary: { durationMs: outcome.durationMs, ...outcome.memory } };
    case 'error':
      return {
        ...state,
        status: 'error',
        failure: {
          phase: outcome.phase,
          message: outcome.message,
          line: outcome.line,
          column: outcome.column,
          backend: outcome.backend,
        },
      };
    case 'stopped':
      return { ...state, status: 'stopped' };
    default: {
      const unknown: never = outcome;
      return unknown;
    }
  }
}
