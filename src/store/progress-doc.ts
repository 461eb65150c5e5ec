/**
 * How progress is stored (`lml.progress`, format 1): one item per exercise
 * the student touched and one per lesson they opened, each checked on its
 * own schema (a damaged item is kept aside, never the whole record lost).
 *
 *   { "version": 1, "state": {
 *       "exercises": { "<lesson>/<exercise>": { "at": 1764…, "value": {
 *           "status": "done", "tries": 2, "hints": 1, "solutionShown": false,
 *           "answer": "0.844", "doneAt": 1764… } } },
 *       "lessons":   { "<lesson>": { "at": …, "value": { "visitedAt": 1764…, "heading": "softmax" } } } } }
 *
 * `answer` is the student's last answer as text (a number typed, the option
 * chosen, or the hash of the code checked); code itself stays in `lml.editor`.
 */
import * as z from 'zod/mini';
import { schemaCheck, type CollectionSchema, type DocSchema } from './sync/doc';

export const PROGRESS_VERSION = 1;

/** `<lessonSlug>/<exerciseId>`. */
const EXERCISE_KEY = /^[a-z0-9][a-z0-9-]{0,119}\/[a-z0-9][a-z0-9-]{0,119}$/;
const LESSON_KEY = /^[a-z0-9][a-z0-9-]{0,119}$/;

const stamp = z.number().check(z.gte(0));
const small = z.int().check(z.gte(0), z.lte(1_000_000));

export const exerciseProgressSchema = z.object({
  /** tried: answered (or checked) at least once, not right yet; done: answered right. */
  status: z.enum(['tried', 'done']),
  tries: small,
  /** How many hints were shown. */
  hints: small,
  /** The worked solution was shown before the exercise was done (recorded as such, also in hand-ins). */
  solutionShown: z.boolean(),
  answer: z.optional(z.string().check(z.maxLength(200))),
  doneAt: z.optional(stamp),
});
export type ExerciseProgress = z.infer<typeof exerciseProgressSchema>;

export const lessonVisitSchema = z.object({
  visitedAt: stamp,
  /** The heading last scrolled to, for "continue where you left off". */
  heading: z.optional(z.string().check(z.maxLength(200))),
});
export type LessonVisit = z.infer<typeof lessonVisitSchema>;

const collections: Record<string, CollectionSchema> = {
  exercises: { validKey: (key) => EXERCISE_KEY.test(key), check: schemaCheck(exerciseProgressSchema) },
  lessons: { validKey: (key) => LESSON_KEY.test(key), check: schemaCheck(lessonVisitSchema) },
};

export const progressDocSchema: DocSchema = {
  version: PROGRESS_VERSION,
  collections,
  // Format 1 is the first: there is nothing older to upgrade.
  upgrade: () => null,
};
