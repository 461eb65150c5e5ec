/**
 * Schemas for `lab.control` specs and values, wherever they come from: the
 * worker's `control` event, saved state, a backup file. A spec whose fields
 * have the wrong type (options an object, a matrix of strings) or whose
 * value is not one of its options is refused, so the settings panel never
 * meets a shape it cannot draw. zod/mini keeps the page's bundle small.
 */
import * as z from 'zod/mini';

/** Largest matrix control (rows and columns), as `lab.control` allows. */
export const MAX_MATRIX = 16;
export const MAX_OPTIONS = 100;
export const MAX_CHOICE_LENGTH = 1000;

/** zod 4 numbers are finite: NaN and ±Infinity fail. */
const finite = z.number();
const matrix = z
  .array(z.array(finite).check(z.minLength(1), z.maxLength(MAX_MATRIX)))
  .check(
    z.minLength(1),
    z.maxLength(MAX_MATRIX),
    z.refine((rows) => rows.every((row) => row.length === rows[0]?.length), 'matrix rows must all have the same length'),
  );

export const controlValueSchema = z.union([finite, z.string().check(z.maxLength(MAX_CHOICE_LENGTH)), matrix]);

const numberSpec = z
  .object({
    kind: z.literal('number'),
    value: finite,
    min: z.optional(finite),
    max: z.optional(finite),
    step: z.optional(finite.check(z.positive())),
    options: z.optional(z.array(finite).check(z.minLength(1), z.maxLength(MAX_OPTIONS))),
    log: z.optional(z.boolean()),
  })
  .check(
    z.refine((s) => s.min === undefined || s.max === undefined || s.min < s.max, 'min must be below max'),
    z.refine((s) => !s.log || (s.min !== undefined && s.min > 0 && s.max !== undefined), 'a log slider needs min and max above 0'),
    z.refine((s) => s.options === undefined || s.options.includes(s.value), 'the value must be one of the options'),
  );

const choiceSpec = z
  .object({
    kind: z.literal('choice'),
    value: z.string().check(z.maxLength(MAX_CHOICE_LENGTH)),
    options: z.array(z.string().check(z.maxLength(MAX_CHOICE_LENGTH))).check(z.minLength(1), z.maxLength(MAX_OPTIONS)),
  })
  .check(z.refine((s) => s.options.includes(s.value), 'the value must be one of the options'));

const matrixSpec = z.object({ kind: z.literal('matrix'), value: matrix });

export const controlSpecSchema = z.discriminatedUnion('kind', [numberSpec, choiceSpec, matrixSpec]);
