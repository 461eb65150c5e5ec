/**
 * The one typed protocol between the page and the code-running worker.
 * Requests go page → worker, events go worker → page. Both sides check the
 * shape of every message they receive (`parseRequest`, `parseEvent`) and
 * drop what does not fit, so a stray or malformed message cannot crash either.
 *
 * Stop is not a message: the page terminates the worker and starts a fresh
 * one, which is the only way to stop `while (true) {}`.
 */

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
}

export type WorkerRequest = RunRequest;

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

export function parseRequest(data: unknown): WorkerRequest | null {
  if (!isObject(data) || data['type'] !== 'run') return null;
  const { runId, code, backend, seed, scale } = data;
  if (!isNumber(runId) || !isString(code) || !isNumber(seed) || !isNumber(scale)) return null;
  if (backend !== 'auto' && !isBackend(backend)) return null;
  return data as unknown as RunRequest;
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
