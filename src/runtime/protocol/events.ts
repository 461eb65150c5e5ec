/**
 * Events, worker → page: everything a run reports, one schema per kind.
 * The page checks every field of every event it receives (`parseEvent`);
 * the types the rest of the app uses are inferred from these schemas.
 */
import * as z from 'zod/mini';
import { controlSpecSchema, controlValueSchema, valueFitsKind } from './controls';
import { anyNumber, backendName, count, finite, firstProblem, label, list, text, type Shape, type ShapeProblem } from './kit';
import { OUTPUT_LIMITS as L } from './limits';
import { chartPointsSchema, heatmapSchema, pictureSchema, plotSeriesSchema, printValueSchema } from './outputs';

const runId = count;
const name = label(L.nameLength);
const nonNegative = finite.check(z.gte(0));

export const backendInfoSchema = z.object({
  backend: backendName,
  /** For WebGPU: the adapter's vendor/architecture, e.g. "google swiftshader". */
  adapter: z.optional(text(L.shortText)),
  /** Why the requested backend was not used, when it was not. */
  /** `software`: Auto passed over it because it emulates a GPU on the CPU (slower than the CPU backend here). */
  fellBackFrom: z.optional(z.object({ backend: backendName, reason: text(L.shortText), software: z.optional(z.literal(true)) })),
});
export type BackendInfo = Shape<typeof backendInfoSchema>;

/**
 * After a WebGPU run: the GPU compute dispatches, queue submits and
 * read-backs to the CPU it made (runtime/gpu-counters.ts), and the training steps it reported through
 * `lab.fitCallbacks` (batches) or `lab.progress` (calls), so the page can
 * show the work per step. Absent for other backends.
 */
export const gpuWorkSchema = z.object({ dispatches: count, submits: count, readbacks: count, steps: count });
export const memorySchema = z.object({ numTensors: count, numBytes: count, numBytesInGPU: z.nullable(count), gpuWork: z.optional(gpuWorkSchema) });

const progressFields = {
  /** 1-based, as a person counts: "epoch 3 of 4". */
  epoch: z.int().check(z.gte(1)),
  epochs: z.int().check(z.gte(1)),
  /** Batches finished in this epoch; 0 when the batch count is unknown. */
  batch: count,
  batches: count,
  /**
   * Work finished and work in all, in one unit (batches, or epochs when the
   * batch count is unknown), counted from where this training started: a fit
   * resumed at `initialEpoch` 2 of 4 has 2 epochs of work. The bar draws
   * done / total; the time left is extrapolated from the same two numbers.
   */
  done: nonNegative,
  total: nonNegative,
  elapsedMs: nonNegative,
  /** Estimated time left, or null before the first unit of work is done. */
  etaMs: z.nullable(nonNegative),
};

export const errorPhase = z.enum(['compile', 'runtime', 'backend']);

export const workerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), runId, info: backendInfoSchema }),
  z.object({ type: z.literal('print'), runId, level: z.enum(['log', 'warn', 'error']), value: printValueSchema }),
  /** Points for a live chart; `chart` names it (e.g. "loss"), series are its lines. */
  z.object({ type: z.literal('chart'), runId, chart: name, points: chartPointsSchema }),
  /** Scatter/line data drawn as a whole (e.g. the fitted line), replacing the last one. */
  z.object({ type: z.literal('plot'), runId, plot: name, series: list(plotSeriesSchema, L.plotSeries) }),
  z
    .object({ type: z.literal('progress'), runId, ...progressFields })
    .check(
      z.refine((p) => p.done <= p.total, { error: 'must not exceed total', path: ['done'] }),
      z.refine((p) => p.epoch <= p.epochs, { error: 'must not exceed epochs', path: ['epoch'] }),
      z.refine((p) => p.batch <= p.batches || p.batches === 0, { error: 'must not exceed batches', path: ['batch'] }),
    ),
  z.object({
    type: z.literal('metrics'),
    runId,
    values: z.record(name, anyNumber).check(z.refine((v) => Object.keys(v).length <= L.metrics, `at most ${L.metrics} values`)),
  }),
  z.object({ type: z.literal('heatmap'), runId, name, heatmap: heatmapSchema }),
  z.object({ type: z.literal('images'), runId, name, images: list(pictureSchema, L.images) }),
  /** The code declared a control: the page shows it; `value` is what this run used. */
  z
    .object({ type: z.literal('control'), runId, name, spec: controlSpecSchema, value: controlValueSchema })
    .check(z.refine((c) => valueFitsKind(c.spec, c.value), { error: "must be of the spec's kind", path: ['value'] })),
  z.object({
    type: z.literal('download'),
    runId,
    filename: name,
    mimeType: text(L.shortText),
    bytes: z.custom<ArrayBuffer>((v) => v instanceof ArrayBuffer && v.byteLength <= L.downloadBytes, {
      error: `expected an ArrayBuffer of at most ${L.downloadBytes} bytes`,
    }),
  }),
  z.object({
    type: z.literal('worksheet-cost'),
    runId,
    costPer1000Calls: nonNegative,
    provenance: text(L.provenanceLength),
    /** Calls per second measured on this device, when the example offers it as the worksheet's throughput. */
    callsPerSecond: z.optional(finite.check(z.gt(0))),
  }),
  /** One check of an exercise's checker (runtime/checks.ts): its label per language, the verdict, what was found and expected. */
  z.object({
    type: z.literal('check'),
    runId,
    label: z.object({ en: name, zh: name }),
    passed: z.boolean(),
    got: z.optional(text(L.nameLength)),
    expected: z.optional(text(L.nameLength)),
  }),
  z.object({ type: z.literal('done'), runId, durationMs: nonNegative, memory: memorySchema }),
  z.object({
    type: z.literal('error'),
    runId,
    /** compile: the code does not parse; runtime: it threw; backend: the backend failed (device lost, missing kernel). */
    phase: errorPhase,
    message: text(L.textLength),
    /** 1-based line in the user's source, when known. */
    line: z.nullable(z.int().check(z.gte(1))),
    column: z.nullable(count),
    backend: z.nullable(backendName),
  }),
]);

export type WorkerEvent = Shape<typeof workerEventSchema>;
export type WorkerEventType = WorkerEvent['type'];
export type EventOf<T extends WorkerEventType> = Extract<WorkerEvent, { type: T }>;

/** Why a message from the worker was refused: its kind (when it names one), its run, and the field. */
export interface MessageProblem extends ShapeProblem {
  readonly kind: string | null;
  readonly runId: number | null;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: MessageProblem };

/** What a message says about itself before it is checked, for the error that names it. */
export function claimedKind(data: unknown): { kind: string | null; runId: number | null } {
  const d = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const kind = typeof d['type'] === 'string' ? d['type'].slice(0, 40) : null;
  const id = d['runId'];
  return { kind, runId: typeof id === 'number' && Number.isInteger(id) ? id : null };
}

/** Checks `data` field by field against its kind's schema. */
export function parseEvent(data: unknown): Parsed<WorkerEvent> {
  const result = workerEventSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: { ...claimedKind(data), ...firstProblem(result.error) } };
}
