/**
 * Building blocks of the protocol's schemas (zod/mini: the small build, the
 * one browser code may import), and the one way a failed check is described.
 *
 * Numbers: `z.number()` refuses NaN and ±Infinity. Measured values (a loss
 * that diverged, a chart's y) may legitimately be NaN or infinite, so they
 * use `anyNumber`; positions, sizes and counts use `finite` or `count`.
 */
import * as z from 'zod/mini';
import { BACKEND_CHOICES, BACKEND_ORDER } from './backends';

// Issue messages in English ("expected number, received string"): zod/mini
// ships without a locale and would say only "Invalid input".
z.config(z.locales.en());

export const finite = z.number();
export const backendName = z.enum(BACKEND_ORDER);
export const backendChoice = z.enum(BACKEND_CHOICES);
export const count = z.int().check(z.gte(0));
/** Any JavaScript number, NaN and ±Infinity included. */
export const anyNumber = z.custom<number>((v) => typeof v === 'number', { error: 'expected a number' });

export const text = (max: number) => z.string().check(z.maxLength(max));
/** A name shown in the output (a chart, a file, a control): 1 to `max` characters. */
export const label = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** A problem inside one item of a list: the path below the item, and why. */
export interface ItemProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * A list of at most `max` items checked with one plain loop instead of one
 * schema call per item: a heat map carries up to 262,144 values and a chart
 * message up to 10,000 points, and the page checks them on its main thread
 * (zod objects cost ~7 µs a point; this loop, a few nanoseconds). The first
 * bad item is reported with its index, e.g. `points[12].x`.
 */
export function checkedList<T>(max: number, checkItem: (item: unknown) => ItemProblem | null) {
  return z.custom<T[]>((v) => Array.isArray(v), { error: 'expected a list' }).check(
    z.superRefine((items: T[], ctx) => {
      if (items.length > max) {
        ctx.addIssue({ code: 'custom', message: `expected at most ${max} items, got ${items.length}`, input: items });
        return;
      }
      for (let i = 0; i < items.length; i++) {
        const problem = checkItem(items[i]);
        if (problem) {
          ctx.addIssue({ code: 'custom', message: problem.message, path: [i, ...problem.path], input: items });
          return;
        }
      }
    }),
  );
}

const notANumber: ItemProblem = { path: [], message: 'expected a number' };
const notFinite: ItemProblem = { path: [], message: 'expected a finite number' };

/** A list of at most `max` numbers (finite ones only, if `finiteOnly`). */
export const numberList = (max: number, finiteOnly: boolean) =>
  checkedList<number>(max, (x) => (typeof x !== 'number' ? notANumber : finiteOnly && !Number.isFinite(x) ? notFinite : null));

export const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/**
 * The types the page and the worker share are read-only views of what the
 * schemas accept: `DeepReadonly<z.output<…>>`. Functions and ArrayBuffers
 * are left as they are (mapping over their members would hide them).
 */
export type DeepReadonly<T> = T extends ArrayBuffer | ((...args: never[]) => unknown)
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type Shape<S extends z.ZodMiniType> = DeepReadonly<z.output<S>>;

/** Where a check failed, as a reader writes it: `series[0].x`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export interface ShapeProblem {
  /** The field that failed, e.g. `series[0].x`; '' for the message as a whole. */
  readonly field: string;
  readonly problem: string;
}

/** The first issue of a failed parse, as a field and a short reason. */
export function firstProblem(error: z.core.$ZodError): ShapeProblem {
  const issue = error.issues[0];
  if (!issue) return { field: '', problem: 'does not have the expected shape' };
  // A union reports one failure per branch; the deepest one says most.
  const nested = issue.code === 'invalid_union' ? deepestUnionIssue(issue) : null;
  const chosen = nested ?? issue;
  return { field: fieldPath(chosen.path), problem: chosen.message };
}

function deepestUnionIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue | null {
  if (issue.code !== 'invalid_union') return null;
  let best: z.core.$ZodIssue | null = null;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      const full = { ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue;
      if (!best || full.path.length > best.path.length) best = full;
    }
  }
  return best;
}
