/**
 * What the output view shows, built from the worker's events by a pure
 * reducer (no React, no DOM), so it is unit-tested with exact values.
 *
 * Events arrive in bursts (a `chart` and a `progress` event per batch);
 * the view applies them in batches once per animation frame with
 * `applyEvents`, so the page never re-renders once per message.
 */
import { thinEvenly } from '../runtime/clip';
import type { BackendInfo, EventOf, PrintValue, RunDone, RunError, RunOutcome, WorkerEvent } from '../runtime/protocol';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'stopped';

export interface PrintLine {
  readonly id: number;
  readonly level: EventOf<'print'>['level'];
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
  readonly series: EventOf<'plot'>['series'];
}

// The view's types are the protocol's, less the envelope: one declaration each.
export type Progress = Omit<EventOf<'progress'>, 'type' | 'runId'>;
export type RunFailure = Omit<RunError, 'kind'>;
export type RunSummary = Pick<RunDone, 'durationMs'> & RunDone['memory'];
export type HeatmapEntry = Pick<EventOf<'heatmap'>, 'name' | 'heatmap'>;
export type ImagesEntry = Pick<EventOf<'images'>, 'name' | 'images'>;
/** A setting the run declared with `lab.control`, and the value it used. */
export type DeclaredControl = Pick<EventOf<'control'>, 'name' | 'spec' | 'value'>;
export type DownloadEntry = { readonly id: number } & Pick<EventOf<'download'>, 'filename' | 'mimeType' | 'bytes'>;
/** `callsPerSecond`: measured on this device, when the example offers it as the worksheet's throughput. */
/** One check of an exercise's checker: its label per language, the verdict, what was found and expected. */
export type CheckResult = Omit<EventOf<'check'>, 'type' | 'runId'>;
/** At most this many checks are kept from one run (a checker makes a handful). */
export const MAX_CHECKS = 100;
export type WorksheetCostOffer = Pick<EventOf<'worksheet-cost'>, 'costPer1000Calls' | 'provenance' | 'callsPerSecond'>;

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
  /** Printed lines dropped because of MAX_PRINTS or MAX_PRINT_CHARACTERS (the oldest go first). */
  readonly droppedPrints: number;
  /** Outputs not shown because their kind already had MAX_PER_KIND (counted per event). */
  readonly hiddenOutputs: number;
  readonly heatmaps: readonly HeatmapEntry[];
  readonly images: readonly ImagesEntry[];
  /** In the order the code declared them. */
  readonly controls: readonly DeclaredControl[];
  readonly downloads: readonly DownloadEntry[];
  /** The last cost the run offered to the worksheet. */
  readonly worksheetCost: WorksheetCostOffer | null;
  /** An exercise check's results, in the order the checker made them (empty for ordinary runs). */
  readonly checks: readonly CheckResult[];
}

/** A runaway `print` in a loop must not grow the page without bound: the last 500 lines… */
export const MAX_PRINTS = 500;
/** …and at most this many characters in all (500 lines of 100,000 characters would stall the page). */
export const MAX_PRINT_CHARACTERS = 1_000_000;
/**
 * Charts, plots, heat maps, picture strips, settings and downloads kept per
 * kind (and lines per chart): a loop that names a new one each time must not
 * mount thousands of charts. The rest are counted in `hiddenOutputs`.
 */
export const MAX_PER_KIND = 32;
/**
 * Points kept per live-chart line; past it, the line is thinned to half,
 * evenly (a chart fed forever stays drawable: every frame re-aligns and
 * redraws the whole line). 8,000 is several points per pixel of the widest
 * chart, and more than a per-batch loss of 100 epochs × 50 batches.
 */
export const MAX_CHART_POINTS = 8_000;

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
  hiddenOutputs: 0,
  heatmaps: [],
  images: [],
  controls: [],
  downloads: [],
  worksheetCost: null,
  checks: [],
};

/** A fresh output for a run that is starting. */
export function startRun(runId: number): OutputState {
  return { ...EMPTY_OUTPUT, runId, status: 'running' };
}

function addChartPoints(charts: readonly ChartData[], event: EventOf<'chart'>): ChartData[] | null {
  const next = [...charts];
  let index = next.findIndex((c) => c.name === event.chart);
  if (index < 0) {
    if (next.length >= MAX_PER_KIND) return null;
    next.push({ name: event.chart, series: [] });
    index = next.length - 1;
  }
  const chart = next[index] as ChartData;
  const series = chart.series.map((s) => ({ name: s.name, x: [...s.x], y: [...s.y] }));
  for (const point of event.points) {
    let target = series.find((s) => s.name === point.series);
    if (!target) {
      if (series.length >= MAX_PER_KIND) continue;
      target = { name: point.series, x: [], y: [] };
      series.push(target);
    }
    target.x.push(point.x);
    target.y.push(point.y);
  }
  for (const line of series) {
    if (line.x.length > MAX_CHART_POINTS) {
      line.x = thinEvenly(line.x, MAX_CHART_POINTS / 2);
      line.y = thinEvenly(line.y, MAX_CHART_POINTS / 2);
    }
  }
  next[index] = { name: chart.name, series };
  return next;
}

/** Replaces the entry with the same name (drawn in place), or adds it at the end; null when the kind is full. */
function replaceNamed<T extends { readonly name: string }>(list: readonly T[], entry: T): T[] | null {
  const index = list.findIndex((e) => e.name === entry.name);
  if (index < 0) return list.length < MAX_PER_KIND ? [...list, entry] : null;
  return list.map((e, i) => (i === index ? entry : e));
}

/** `state` with `key` set to `list`, or with one more hidden output when the list was full. */
function withList<K extends 'charts' | 'plots' | 'heatmaps' | 'images' | 'controls' | 'downloads'>(
  state: OutputState,
  key: K,
  list: OutputState[K] | null,
): OutputState {
  return list === null ? { ...state, hiddenOutputs: state.hiddenOutputs + 1 } : { ...state, [key]: list };
}

let nextPrintId = 1;

function printedCharacters(value: PrintValue): number {
  switch (value.kind) {
    case 'text':
    case 'tensor':
      return value.text.length;
    case 'table':
      return value.rows.reduce((n, row) => n + row.reduce<number>((m, cell) => m + String(cell).length, 0), 0);
  }
}

/** How many of the oldest lines to drop so that at most MAX_PRINTS lines and MAX_PRINT_CHARACTERS remain (the newest line always stays). */
function printsOverBudget(prints: readonly PrintLine[]): number {
  let drop = Math.max(0, prints.length - MAX_PRINTS);
  let characters = 0;
  for (let i = prints.length - 1; i >= drop; i--) {
    characters += printedCharacters((prints[i] as PrintLine).value);
    if (characters > MAX_PRINT_CHARACTERS && i < prints.length - 1) {
      drop = i + 1;
      break;
    }
  }
  return drop;
}

/** Applies one event; events of another run (a stopped one) are ignored. */
export function applyEvent(state: OutputState, event: WorkerEvent): OutputState {
  if (state.runId === null || event.runId !== state.runId) return state;
  switch (event.type) {
    case 'started':
      return { ...state, info: event.info };
    case 'print': {
      const prints = [...state.prints, { id: nextPrintId++, level: event.level, value: event.value }];
      const overflow = printsOverBudget(prints);
      return {
        ...state,
        prints: overflow > 0 ? prints.slice(overflow) : prints,
        droppedPrints: state.droppedPrints + overflow,
      };
    }
    case 'chart':
      return withList(state, 'charts', addChartPoints(state.charts, event));
    case 'plot':
      return withList(state, 'plots', replaceNamed(state.plots, { name: event.plot, series: event.series }));
    case 'progress':
      return { ...state, progress: { epoch: event.epoch, epochs: event.epochs, batch: event.batch, batches: event.batches, done: event.done, total: event.total, elapsedMs: event.elapsedMs, etaMs: event.etaMs } };
    case 'metrics':
      return { ...state, metrics: { ...state.metrics, ...event.values } };
    case 'heatmap':
      return withList(state, 'heatmaps', replaceNamed(state.heatmaps, { name: event.name, heatmap: event.heatmap }));
    case 'images':
      return withList(state, 'images', replaceNamed(state.images, { name: event.name, images: event.images }));
    case 'control':
      return withList(state, 'controls', replaceNamed(state.controls, { name: event.name, spec: event.spec, value: event.value }));
    case 'download':
      return withList(
        state,
        'downloads',
        state.downloads.length < MAX_PER_KIND
          ? [...state.downloads, { id: nextPrintId++, filename: event.filename, mimeType: event.mimeType, bytes: event.bytes }]
          : null,
      );
    case 'worksheet-cost':
      return {
        ...state,
        worksheetCost: { costPer1000Calls: event.costPer1000Calls, provenance: event.provenance, ...(event.callsPerSecond === undefined ? {} : { callsPerSecond: event.callsPerSecond }) },
      };
    case 'check': {
      if (state.checks.length >= MAX_CHECKS) return state;
      const { type: _type, runId: _runId, ...check } = event;
      return { ...state, checks: [...state.checks, check] };
    }
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
export function finishRun(state: OutputState, outcome: RunOutcome): OutputState {
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
