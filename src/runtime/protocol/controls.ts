/**
 * `lab.control` on the wire and in storage: a setting's spec (what the page
 * draws) and its value, wherever they come from: the worker's `control`
 * event, a run request's values, saved state (src/store/editor.ts,
 * editor-doc.ts) and a backup file. A spec whose fields have the wrong type
 * (options an object, a matrix of strings), whose range is impossible or
 * whose value is not one of its options is refused, so the settings panel
 * never meets a shape it cannot draw.
 */
import * as z from 'zod/mini';
import { finite, list, text, type Shape } from './kit';
import { CHOICE_LENGTH_MAX, MATRIX_MAX, OPTIONS_MAX } from './limits';

const matrixRows = list(list(finite, MATRIX_MAX).check(z.minLength(1)), MATRIX_MAX).check(
  z.minLength(1),
  z.refine((rows) => rows.every((row) => row.length === rows[0]?.length), 'rows must all be the same length'),
);

const choiceText = text(CHOICE_LENGTH_MAX);

export const controlValueSchema = z.union([finite, choiceText, matrixRows]);

const numberSpec = z
  .object({
    kind: z.literal('number'),
    value: finite,
    min: z.optional(finite),
    max: z.optional(finite),
    step: z.optional(finite.check(z.positive())),
    options: z.optional(list(finite, OPTIONS_MAX).check(z.minLength(1))),
    log: z.optional(z.boolean()),
  })
  .check(
    z.refine((s) => s.min === undefined || s.max === undefined || s.min < s.max, { error: 'min must be below max', path: ['min'] }),
    z.refine((s) => !s.log || (s.min !== undefined && s.min > 0 && s.max !== undefined), { error: 'a log slider needs min and max above 0', path: ['log'] }),
    z.refine((s) => s.options === undefined || s.options.includes(s.value), { error: 'must be one of the options', path: ['value'] }),
  );

const choiceSpec = z
  .object({ kind: z.literal('choice'), value: choiceText, options: list(choiceText, OPTIONS_MAX).check(z.minLength(1)) })
  .check(z.refine((s) => s.options.includes(s.value), { error: 'must be one of the options', path: ['value'] }));

const matrixSpec = z.object({ kind: z.literal('matrix'), value: matrixRows });

export const controlSpecSchema = z.discriminatedUnion('kind', [numberSpec, choiceSpec, matrixSpec]);

/** A control's value: a finite number, a choice's name, or a rectangular matrix's rows. */
export type ControlValue = Shape<typeof controlValueSchema>;
/** What the page needs to draw a control (the spec of `lab.control`, checked and normalized). */
export type ControlSpec = Shape<typeof controlSpecSchema>;

export const controlValuesSchema = z.record(z.string(), controlValueSchema);

export function isControlValue(v: unknown): v is ControlValue {
  return controlValueSchema.safeParse(v).success;
}

export function isControlSpec(s: unknown): s is ControlSpec {
  return controlSpecSchema.safeParse(s).success;
}

/**
 * Whether a value has the kind its spec draws (a number for a slider, a
 * name for a choice, rows for a matrix). A value of another kind would
 * reach the page's control as something it cannot draw.
 */
export function valueFitsKind(spec: ControlSpec, value: ControlValue): boolean {
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number';
    case 'choice':
      return typeof value === 'string';
    case 'matrix':
      return Array.isArray(value);
  }
}
