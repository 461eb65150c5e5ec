/**
 * The one typed protocol between the page and the code-running worker.
 * Requests go page → worker, events go worker → page. Both sides check the
 * shape of every message they receive (`parseRequest`, `parseEvent`) and
 * drop what does not fit, so a stray or malformed message cannot crash either.
 *
 * Stop is not a message: the page terminates the worker and starts a fresh
 * one, which is the only way to stop `while (true) {}`.
 */
import { controlSpecSchema, controlValueSchema } from './control-schema';

export type BackendName = 'webgpu' | 'webgl' | 'cpu';
/** `auto` = the best the browser offers: WebGPU, else WebGL, else CPU. */
export type BackendChoice = 'auto' | BackendName;

export const BACKEND_ORDER: readonly BackendName[] = ['webgpu', 'webgl', 'cpu'];

export interface RunRequest {
  readonly type: 'run';
  readonly runId: number;
  /** The user's TypeScript source, as typed in the editor. */
  readonly code: string;
  readonly backend: BackendChoice;
  /** Seeds the helper API's random generator (reproducible runs on the cpu backend). */
  readonly seed: number;
  /**
   * Shrinks epochs/data for tests only (1 = what users see). Examples read it
   * through the helper API; it never changes the code shown to users.
   */
  readonly scale: number;
  /** The values the student set for the example's controls (`lab.control`), by name. */
  readonly controls: Readonly<Record<string, ControlValue>>;
  /** The app's base URL (absolute, ends with '/'): `lab.url` resolves shipped files against it. */
  readonly baseUrl: string;
}

export type WorkerRequest = RunRequest;

/** A control's value: a number, a choice's name, or a matrix's rows. */
export type ControlValue = number | string | number[][];

/** What the page needs to draw a control (the spec of `lab.control`, checked and normalized). */
export type ControlSpec =
  | { readonly kind: 'number'; readonly value: number; readonly min?: number; readonly max?: number; readonly step?: number; readonly options?: readonly number[]; readonly log?: boolean }
  | { readonly kind: 'choice'; readonly value: string; readonly options: readonly string[] }
  | { readonly kind: 'matrix'; readonly value: readonly (readonly number[])[] };

/** A heat map, values row-major (`rows` × `columns`), top row first. */
export interface HeatmapData {
  readonly rows: number;
  readonly columns: number;
  readonly values: readonly number[];
  readonly colors: 'diverging' | 'sequential';
  readonly min: number;
  readonly max: number;
  /** For 'diverging': the value drawn white. */
  readonly center: number;
  readonly columnLabels?: readonly string[];
  readonly rowLabels?: readonly string[];
  readonly xTitle?: string;
  readonly yTitle?: string;
  readonly showValues: boolean;
  readonly extent?: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  readonly points?: { readonly x: readonly number[]; readonly y: readonly number[]; readonly label: readonly number[] };
}

/** One picture: `channels` values per pixel in [0, 1], row-major. */
export interface PictureData {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
  readonly pixels: readonly number[];
  readonly caption?: string;
  readonly tone?: 'good' | 'bad';
}

/** Limits that keep a hostile or runaway message from freezing the page. */
export const OUTPUT_LIMITS = {
  heatmapCells: 512 * 512,
  labels: 512,
  points: 20_000,
  images: 64,
  imagePixels: 256 * 256,
  downloadBytes: 64 * 1024 * 1024,
  nameLength: 200,
} as const;

export interface BackendInfo {
  readonly backend: BackendName;
  /** For WebGPU: the adapter's vendor/architecture, e.g. "google swiftshader". */
  readonly adapter?: string;
  /** Why the requested backend was not used, when it was not. */
  readonly fellBackFrom?: { readonly backend: BackendName; readonly reason: string };
}

/** A printed value, already formatted for display. */
export type PrintValue =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'tensor';
      readonly shape: readonly number[];
      readonly dtype: string;
      readonly text: string;
    }
  | {
      readonly kind: 'table';
      readonly columns: readonly string[];
      readonly rows: readonly (readonly (string | number)[])[];
    };

export interface ChartPoint {
  readonly series: string;
  readonly x: number;
  readonly y: number;
}

export type WorkerEvent =
  | { readonly type: 'started'; readonly runId: number; readonly info: BackendInfo }
  | {
      readonly type: 'print';
      readonly runId: number;
      readonly level: 'log' | 'warn' | 'error';
      readonly value: PrintValue;
    }
  | {
      /** Points for a live chart; `chart` names it (e.g. "loss"), series are its lines. */
      readonly type: 'chart';
      readonly runId: number;
      readonly chart: string;
      readonly points: readonly ChartPoint[];
    }
  | {
      /** Scatter/line data drawn as a whole (e.g. the fitted line), replacing the last one. */
      readonly type: 'plot';
      readonly runId: number;
      readonly plot: string;
      readonly series: readonly {
        readonly name: string;
        readonly x: readonly number[];
        readonly y: readonly number[];
        readonly style: 'points' | 'line';
      }[];
    }
  | {
      readonly type: 'progress';
      readonly runId: number;
      readonly epoch: number;
      readonly epochs: number;
      readonly batch: number;
      readonly batches: number;
      readonly elapsedMs: number;
      /** Estimated time left, or null before the first batch finishes. */
      readonly etaMs: number | null;
    }
  | { readonly type: 'metrics'; readonly runId: number; readonly values: Readonly<Record<string, number>> }
  | { readonly type: 'heatmap'; readonly runId: number; readonly name: string; readonly heatmap: HeatmapData }
  | { readonly type: 'images'; readonly runId: number; readonly name: string; readonly images: readonly PictureData[] }
  | {
      /** The code declared a control: the page shows it; `value` is what this run used. */
      readonly type: 'control';
      readonly runId: number;
      readonly name: string;
      readonly spec: ControlSpec;
      readonly value: ControlValue;
    }
  | { readonly type: 'download'; readonly runId: number; readonly filename: string; readonly mimeType: string; readonly bytes: ArrayBuffer }
  | { readonly type: 'worksheet-cost'; readonly runId: number; readonly costPer1000Calls: number; readonly provenance: string; readonly callsPerSecond?: number }
  | {
      readonly type: 'done';
      readonly runId: number;
      readonly durationMs: number;
      readonly memory: { readonly numTensors: number; readonly numBytes: number; readonly numBytesInGPU: number | null };
    }
  | {
      readonly type: 'error';
      readonly runId: number;
      /** compile: the code does not parse; runtime: it threw; backend: the backend failed (device lost, missing kernel). */
      readonly phase: 'compile' | 'runtime' | 'backend';
      readonly message: string;
      /** 1-based line in the user's source, when known. */
      readonly line: number | null;
      readonly column: number | null;
      readonly backend: BackendName | null;
    };

export type WorkerEventType = WorkerEvent['type'];

// ---- shape checks -------------------------------------------------------

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isBackend = (v: unknown): v is BackendName => v === 'webgpu' || v === 'webgl' || v === 'cpu';
const isNumberOrNull = (v: unknown): boolean => v === null || isNumber(v);

/** A finite number, a bounded string, or a rectangular matrix of finite numbers (control-schema.ts). */
export function isControlValue(v: unknown): v is ControlValue {
  return controlValueSchema.safeParse(v).success;
}

export function parseRequest(data: unknown): WorkerRequest | null {
  if (!isObject(data) || data['type'] !== 'run') return null;
  const { runId, code, backend, seed, scale, controls, baseUrl } = data;
  if (!isNumber(runId) || !isString(code) || !isNumber(seed) || !isNumber(scale) || !isString(baseUrl)) return null;
  if (backend !== 'auto' && !isBackend(backend)) return null;
  if (!isObject(controls) || !Object.values(controls).every(isControlValue)) return null;
  return data as unknown as RunRequest;
}

const isNumberArray = (v: unknown, max: number): v is number[] => Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'number');
const isStringArray = (v: unknown, max: number): boolean => v === undefined || (Array.isArray(v) && v.length <= max && v.every(isString));
const isName = (v: unknown): v is string => isString(v) && v.length <= OUTPUT_LIMITS.nameLength;

function isHeatmap(h: unknown): h is HeatmapData {
  if (!isObject(h)) return false;
  const { rows, columns, values, colors, min, max, center, points } = h;
  if (!isNumber(rows) || !isNumber(columns) || rows < 1 || columns < 1 || rows * columns > OUTPUT_LIMITS.heatmapCells) return false;
  if (!isNumberArray(values, OUTPUT_LIMITS.heatmapCells) || values.length !== rows * columns) return false;
  if ((colors !== 'diverging' && colors !== 'sequential') || !isNumber(min) || !isNumber(max) || !isNumber(center)) return false;
  if (!isStringArray(h['columnLabels'], OUTPUT_LIMITS.labels) || !isStringArray(h['rowLabels'], OUTPUT_LIMITS.labels)) return false;
  if (points === undefined) return true;
  return isObject(points) && ['x', 'y', 'label'].every((k) => isNumberArray(points[k], OUTPUT_LIMITS.points));
}

function isImage(i: unknown): i is PictureData {
  if (!isObject(i)) return false;
  const { width, height, channels, pixels } = i;
  return (
    isNumber(width) && isNumber(height) && width >= 1 && height >= 1 && width * height <= OUTPUT_LIMITS.imagePixels &&
    (channels === 1 || channels === 3) &&
    isNumberArray(pixels, OUTPUT_LIMITS.imagePixels * 3) && pixels.length === width * height * channels
  );
}

/** Every field of the spec has its type and the value fits it (control-schema.ts). */
export function isControlSpec(s: unknown): s is ControlSpec {
  return controlSpecSchema.safeParse(s).success;
}

function isPrintValue(v: unknown): v is PrintValue {
  if (!isObject(v)) return false;
  switch (v['kind']) {
    case 'text':
      return isString(v['text']);
    case 'tensor':
      return Array.isArray(v['shape']) && isString(v['dtype']) && isString(v['text']);
    case 'table':
      return Array.isArray(v['columns']) && Array.isArray(v['rows']);
    default:
      return false;
  }
}

const isPoint = (p: unknown): boolean =>
  isObject(p) && isString(p['series']) && isNumber(p['x']) && typeof p['y'] === 'number';

/** Returns the event if `data` has the shape of one, else null. */
export function parseEvent(data: unknown): WorkerEvent | null {
  if (!isObject(data) || !isNumber(data['runId'])) return null;
  const d = data;
  switch (d['type']) {
    case 'started':
      return isObject(d['info']) && isBackend(d['info']['backend']) ? (d as unknown as WorkerEvent) : null;
    case 'print':
      return (d['level'] === 'log' || d['level'] === 'warn' || d['level'] === 'error') && isPrintValue(d['value'])
        ? (d as unknown as WorkerEvent)
        : null;
    case 'chart':
      return isString(d['chart']) && Array.isArray(d['points']) && d['points'].every(isPoint)
        ? (d as unknown as WorkerEvent)
        : null;
    case 'plot':
      return isString(d['plot']) && Array.isArray(d['series']) ? (d as unknown as WorkerEvent) : null;
    case 'progress':
      return ['epoch', 'epochs', 'batch', 'batches', 'elapsedMs'].every((k) => isNumber(d[k])) &&
        isNumberOrNull(d['etaMs'])
        ? (d as unknown as WorkerEvent)
        : null;
    case 'metrics':
      return isObject(d['values']) ? (d as unknown as WorkerEvent) : null;
    case 'heatmap':
      return isName(d['name']) && isHeatmap(d['heatmap']) ? (d as unknown as WorkerEvent) : null;
    case 'images':
      return isName(d['name']) && Array.isArray(d['images']) && d['images'].length <= OUTPUT_LIMITS.images && d['images'].every(isImage)
        ? (d as unknown as WorkerEvent)
        : null;
    case 'control':
      return isName(d['name']) && isControlSpec(d['spec']) && isControlValue(d['value']) ? (d as unknown as WorkerEvent) : null;
    case 'download':
      return isName(d['filename']) && isString(d['mimeType']) && d['bytes'] instanceof ArrayBuffer && d['bytes'].byteLength <= OUTPUT_LIMITS.downloadBytes
        ? (d as unknown as WorkerEvent)
        : null;
    case 'worksheet-cost':
      return isNumber(d['costPer1000Calls']) &&
        Number.isFinite(d['costPer1000Calls']) &&
        d['costPer1000Calls'] >= 0 &&
        isString(d['provenance']) &&
        (d['callsPerSecond'] === undefined || (isNumber(d['callsPerSecond']) && Number.isFinite(d['callsPerSecond']) && d['callsPerSecond'] > 0))
        ? (d as unknown as WorkerEvent)
        : null;
    case 'done':
      return isNumber(d['durationMs']) && isObject(d['memory']) ? (d as unknown as WorkerEvent) : null;
    case 'error':
      return (d['phase'] === 'compile' || d['phase'] === 'runtime' || d['phase'] === 'backend') &&
        isString(d['message']) &&
        isNumberOrNull(d['line']) &&
        isNumberOrNull(d['column'])
        ? (d as unknown as WorkerEvent)
        : null;
    default:
      return null;
  }
}

// ---- worker lifecycle (not part of WorkerEvent: no run owns it) ---------

/** The worker's first message: its module (tfjs included) has loaded. */
export interface WorkerReady {
  readonly type: 'ready';
}

export type WorkerMessage = WorkerEvent | WorkerReady;

/** Like `parseEvent`, also accepting the worker's `ready` message. */
export function parseWorkerMessage(data: unknown): WorkerMessage | null {
  if (isObject(data) && data['type'] === 'ready') return { type: 'ready' };
  return parseEvent(data);
}
