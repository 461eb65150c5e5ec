/**
 * How the run history is stored (`lml.runs`, format 1): one item per kept
 * run and one per distinct code text, each checked on its own schema (a
 * damaged item is kept aside, never the whole history lost).
 *
 *   { "version": 1, "state": {
 *       "runs": { "<lesson>/<example>/<id>": { "at": 1764…, "value": {
 *           "n": 3, "at": 1764…, "codeHash": "<16 hex>", "backend": "cpu", "seed": 42,
 *           "settings": { "learning rate": 0.1 }, "metrics": { "loss": 0.31, "acc": null },
 *           "durationMs": 812,
 *           "curves": [{ "chart": "loss", "series": "loss", "x": [1, 2, …], "y": [0.9, 0.5, …] }] } } },
 *       "code": { "<16 hex>": { "at": …, "value": "<the code the run ran>" } } } }
 *
 * A run's code is stored once per hash, however many runs ran it, and goes
 * when no kept run uses it. `null` in `metrics` and in a curve's `y` is a
 * value that was not finite (a loss that diverged to NaN).
 *
 * The storage budget (held by runs.ts whenever a run is added or storage is
 * read): per example the last 20 finished runs, each with at most 8 curves
 * of at most 200 points (thinned evenly, values to 5 significant digits) and
 * 32 metrics; and the whole history, code texts included, at most 500,000
 * characters of JSON (about a tenth of what browsers give a site's
 * localStorage). A run that would take the history past it drops the oldest
 * runs first, of any example. Deleted runs leave a tombstone of about 80
 * characters for 90 days, so other tabs learn of the deletion (sync/).
 */
import * as z from 'zod/mini';
import { BACKEND_ORDER, controlValueSchema, OUTPUT_LIMITS, type BackendName, type ControlValue } from '../runtime/protocol';
import { schemaCheck, type CollectionSchema, type DocSchema } from './sync/doc';

export const RUNS_VERSION = 1;
/** Finished runs kept per example (`<lesson>/<example>`). */
export const MAX_RUNS_PER_EXAMPLE = 20;
/** Points kept per curve (a series of a live chart). */
export const MAX_CURVE_POINTS = 200;
/** Curves kept per run (the first ones the run drew). */
export const MAX_CURVES = 8;
/** Final metrics kept per run. */
export const MAX_METRICS = 32;
/** Settings kept per run (as many as an example may declare). */
export const MAX_SETTINGS = 64;
/** The whole history, as stored JSON (code texts included), in characters. */
export const RUNS_BUDGET_CHARS = 500_000;
/** Longest code text kept (the editor's own limit). */
export const MAX_RUN_CODE = 1_000_000;

export interface Curve {
  readonly chart: string;
  readonly series: string;
  readonly x: readonly number[];
  /** null: not finite (NaN, Infinity). */
  readonly y: readonly (number | null)[];
}

/** One finished run as stored (its id is the last part of its key). */
export interface StoredRun {
  /** The run's number in its example's history: 1, 2, 3… (starts again after Clear history). */
  readonly n: number;
  /** When it finished (ms). */
  readonly at: number;
  readonly codeHash: string;
  readonly backend: BackendName;
  readonly seed: number;
  /** The values the run's settings (`lab.control`) had, under their English names (control-aliases.ts). */
  readonly settings: Readonly<Record<string, ControlValue>>;
  /** Final metrics (`lab.metrics`, fitCallbacks); null: not finite. */
  readonly metrics: Readonly<Record<string, number | null>>;
  readonly curves: readonly Curve[];
  readonly durationMs: number;
}

/** `<lessonSlug>/<exampleId>/<runId>`. */
export const RUN_KEY = /^([\w.-]{1,120}\/[\w.-]{1,120})\/([a-z0-9]{1,24})$/;
export const CODE_HASH = /^[0-9a-f]{16}$/;

const name = z.string().check(z.minLength(1), z.maxLength(OUTPUT_LIMITS.nameLength));
const stamp = z.number().check(z.gte(0));
const finiteOrNull = z.nullable(z.number());

const curveSchema = z
  .object({
    chart: name,
    series: name,
    x: z.array(z.number()).check(z.maxLength(MAX_CURVE_POINTS)),
    y: z.array(finiteOrNull).check(z.maxLength(MAX_CURVE_POINTS)),
  })
  .check(z.refine((c) => c.x.length === c.y.length, { error: 'x and y must be the same length', path: ['y'] }));

const countMax = (max: number) => z.refine((r: unknown) => Object.keys(r as object).length <= max, `has more than ${max} entries`);

export const storedRunSchema = z.object({
  n: z.int().check(z.gte(1), z.lte(1e9)),
  at: stamp,
  codeHash: z.string().check(z.regex(CODE_HASH)),
  backend: z.enum(BACKEND_ORDER),
  seed: z.number(),
  settings: z.record(name, controlValueSchema).check(countMax(MAX_SETTINGS)),
  metrics: z.record(name, finiteOrNull).check(countMax(MAX_METRICS)),
  curves: z.array(curveSchema).check(z.maxLength(MAX_CURVES)),
  durationMs: stamp,
});

const codeSchema = z.string().check(z.maxLength(MAX_RUN_CODE));

const collections: Record<string, CollectionSchema> = {
  runs: { validKey: (key) => RUN_KEY.test(key), check: schemaCheck(storedRunSchema) },
  code: { validKey: (key) => CODE_HASH.test(key), check: schemaCheck(codeSchema) },
};

export const runsDocSchema: DocSchema = {
  version: RUNS_VERSION,
  collections,
  // Format 1 is the first: there is nothing older to upgrade.
  upgrade: () => null,
};
