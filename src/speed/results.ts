/**
 * The speed lab's results and what follows from them, free of React and of
 * the runtime: a report (one device's measurements), the parity check
 * against the CPU backend, the crossover where a GPU backend starts to beat
 * the CPU, and the JSON file a class passes around to compare devices.
 */
import * as z from 'zod/mini';
import { err, ok, type Result } from '../result';
import { firstProblem } from '../runtime/protocol/kit';
import { BACKEND_ORDER, type BackendName } from '../runtime/protocol/backends';
import { isSpeedModelId, SPEED_MODELS, type SpeedModelId } from './models';

/**
 * How close a backend's loss after the same steps must be to the CPU
 * backend's: 0.1 % relative. Float32 arithmetic in a different order (GPU
 * reductions, fused kernels) moves the fifth or sixth digit; a backend that
 * computes in half precision, or wrongly, moves the second or third.
 */
export const PARITY_TOLERANCE = 1e-3;

export interface Measured {
  readonly kind: 'measured';
  readonly model: SpeedModelId;
  readonly backend: BackendName;
  /** The WebGPU adapter's name, when the backend is WebGPU. */
  readonly adapter: string | null;
  readonly params: number;
  /** Timed steps (after the first). */
  readonly steps: number;
  readonly firstStepMs: number;
  readonly stepsPerSecond: number;
  readonly loss: number;
  /** Tensor memory held after training (weights, optimizer state, batches). */
  readonly bytes: number;
  /** WebGPU only: compute dispatches and queue submits per training step. */
  readonly dispatchesPerStep: number | null;
  readonly submitsPerStep: number | null;
}

export interface NotMeasured {
  readonly kind: 'failed';
  readonly model: SpeedModelId;
  readonly backend: BackendName;
  /** Why: the backend is not offered here, the run failed, it was stopped. */
  readonly reason: string;
}

export type SpeedRow = Measured | NotMeasured;

export interface DeviceInfo {
  /** "Chrome 141", from the user agent. */
  readonly browser: string;
  readonly webgpuAdapter: string | null;
  /** The WebGPU adapter emulates a GPU in software (SwiftShader). */
  readonly webgpuSoftware: boolean;
  readonly webglRenderer: string | null;
}

export const REPORT_FORMAT = 'lml-speed-lab';
export const REPORT_VERSION = 1;

export interface SpeedReport {
  readonly format: typeof REPORT_FORMAT;
  readonly version: typeof REPORT_VERSION;
  /** ISO 8601. */
  readonly measuredAt: string;
  readonly device: DeviceInfo;
  readonly rows: readonly SpeedRow[];
}

export type Parity =
  | { readonly state: 'reference' }
  | { readonly state: 'match' | 'differs'; readonly relative: number }
  /** No CPU result for this model to compare with. */
  | { readonly state: 'unknown' };

export const findMeasured = (rows: readonly SpeedRow[], model: SpeedModelId, backend: BackendName): Measured | null =>
  rows.find((r): r is Measured => r.kind === 'measured' && r.model === model && r.backend === backend) ?? null;

/** |loss − loss_cpu| / |loss_cpu| for the same model and steps, against `PARITY_TOLERANCE`. */
export function parityOf(rows: readonly SpeedRow[], row: Measured): Parity {
  if (row.backend === 'cpu') return { state: 'reference' };
  const cpu = findMeasured(rows, row.model, 'cpu');
  if (!cpu || cpu.steps !== row.steps) return { state: 'unknown' };
  const relative = Math.abs(row.loss - cpu.loss) / Math.max(Math.abs(cpu.loss), 1e-12);
  return { state: Number.isFinite(relative) && relative <= PARITY_TOLERANCE ? 'match' : 'differs', relative };
}

export type Crossover =
  /** Faster than the CPU at every sweep size measured. */
  | { readonly kind: 'always' }
  /** Slower at every size measured, up to `params`. */
  | { readonly kind: 'never'; readonly params: number }
  /** Faster from this size on (and at every larger size measured). */
  | { readonly kind: 'from'; readonly params: number; readonly width: number };

/**
 * Where `backend` overtakes the CPU on the width sweep: the smallest width
 * from which it is faster at that width and every larger one. Null without
 * both backends measured at two or more widths.
 */
export function crossoverOf(rows: readonly SpeedRow[], backend: BackendName): Crossover | null {
  const pairs = SPEED_MODELS.filter((m) => m.sweep)
    .map((m) => ({ model: m, gpu: findMeasured(rows, m.id, backend), cpu: findMeasured(rows, m.id, 'cpu') }))
    .filter((p): p is { model: (typeof p)['model']; gpu: Measured; cpu: Measured } => p.gpu !== null && p.cpu !== null);
  if (pairs.length < 2) return null;
  let from = pairs.length;
  while (from > 0 && (pairs[from - 1]?.gpu.stepsPerSecond ?? 0) > (pairs[from - 1]?.cpu.stepsPerSecond ?? Infinity)) from--;
  if (from === 0) return { kind: 'always' };
  const first = pairs[from];
  if (!first) return { kind: 'never', params: pairs[pairs.length - 1]?.model.params ?? 0 };
  return { kind: 'from', params: first.model.params, width: first.model.width ?? 0 };
}

/** The backends with at least one measurement, in the fallback order. */
export function measuredBackends(rows: readonly SpeedRow[]): BackendName[] {
  return BACKEND_ORDER.filter((b) => rows.some((r) => r.kind === 'measured' && r.backend === b));
}

// --- The exported file -------------------------------------------------------

const nonNegative = z.number().check(z.gte(0));
const shortText = z.string().check(z.maxLength(300));
const modelId = z.custom<SpeedModelId>(isSpeedModelId, { error: 'expected one of the speed lab’s models' });
const backend = z.enum(BACKEND_ORDER);

const rowSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('measured'),
    model: modelId,
    backend,
    adapter: z.nullable(shortText),
    params: z.int().check(z.gte(0)),
    steps: z.int().check(z.gte(1)),
    firstStepMs: nonNegative,
    stepsPerSecond: nonNegative,
    // A diverged loss is a result too.
    loss: z.custom<number>((v) => typeof v === 'number', { error: 'expected a number' }),
    bytes: nonNegative,
    dispatchesPerStep: z.nullable(nonNegative),
    submitsPerStep: z.nullable(nonNegative),
  }),
  z.object({ kind: z.literal('failed'), model: modelId, backend, reason: z.string().check(z.maxLength(2000)) }),
]);

const reportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  measuredAt: z.string().check(z.maxLength(40)),
  device: z.object({
    browser: shortText,
    webgpuAdapter: z.nullable(shortText),
    webgpuSoftware: z.boolean(),
    webglRenderer: z.nullable(shortText),
  }),
  rows: z.array(rowSchema).check(z.maxLength(200)),
});

/** Why a file is not a report: not JSON, JSON of another kind, or a report with a bad field (named, with zod's English problem). */
export type ReportProblem = { readonly kind: 'notJson' } | { readonly kind: 'notReport' } | { readonly kind: 'field'; readonly field: string; readonly problem: string };

/** Checks a parsed JSON value field by field. */
export function parseReport(value: unknown): Result<SpeedReport, ReportProblem> {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof value !== 'object' || value === null || format !== REPORT_FORMAT) return err({ kind: 'notReport' });
  const result = reportSchema.safeParse(value);
  if (result.success) return ok(result.data as SpeedReport);
  const { field, problem } = firstProblem(result.error);
  return err({ kind: 'field', field, problem });
}

/** Reads an exported file's text: JSON, then the report's shape. */
export function readReportFile(text: string): Result<SpeedReport, ReportProblem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return err({ kind: 'notJson' });
  }
  return parseReport(value);
}

/** "Chrome 141" from a user agent string (Edge, Firefox and Safari named as such), else the first word. */
export function browserName(userAgent: string): string {
  const patterns: readonly [string, RegExp][] = [
    ['Edge', /Edg\/(\d+)/],
    ['Firefox', /Firefox\/(\d+)/],
    ['Chrome', /Chrom(?:e|ium)\/(\d+)/],
    ['Safari', /Version\/(\d+)[\d.]* Safari/],
  ];
  for (const [name, pattern] of patterns) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1] ?? ''}`.trim();
  }
  return userAgent.split(' ')[0]?.slice(0, 40) ?? 'unknown';
}
