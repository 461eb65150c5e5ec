/**
 * The hand-in file: what a student sends their instructor (Export hand-in,
 * export.ts), read back by the instructor page (InstructorPage.tsx). No
 * server: the student downloads it and hands it in however the class hands
 * in files.
 *
 *   { "format": "lml-handin", "version": 1,
 *     "student": "Ada Lovelace", "exportedAt": "2026-12-04T09:30:00.000Z",
 *     "course": { "version": "3f9a1c0b2e",
 *                 "lessons": [{ "slug": "losses-and-softmax", "exercises": [{ "id": "softmax-by-hand", "kind": "number" }, …] }, …] },
 *     "exercises": { "losses-and-softmax/softmax-by-hand": {
 *         "status": "done", "tries": 2, "hints": 1, "solutionShown": false,
 *         "answer": "0.844", "doneAt": 1764…, "code": "…" } },
 *     "lessons": { "losses-and-softmax": { "visitedAt": 1764…, "heading": "softmax" } } }
 *
 * `exercises` holds every exercise the student touched, as saved in
 * `lml.progress` (store/progress-doc.ts); a code exercise also carries the
 * student's code (`code`; absent: the starter, never edited), and one whose
 * code was edited but never checked appears as tried with no tries.
 * `answer` is the last answer: the number typed, the option chosen (its
 * index from 0), or `code:<hash>` of the code checked. Times are ms since
 * 1970. `course.version` is the build's course version
 * (lessons/pipeline/course-version.ts): a hand-in made for another version
 * is read, never silently merged (table.ts).
 *
 * Reading one is parse.ts's work (the export needs none of its schema); a
 * code exercise's code is at most the editor's 1,000,000 characters
 * (store/editor-doc.ts MAX_CODE).
 * Pure: no React, store or DOM.
 */
import type { ExerciseProgress, LessonVisit } from '../store/progress-doc';

export const HANDIN_FORMAT = 'lml-handin';
export const HANDIN_VERSION = 1;
/** Longest student name (characters); parse.ts reads no longer one. */
export const MAX_STUDENT_NAME = 100;

export type ExerciseKind = 'number' | 'choice' | 'code';

/** One exercise as a hand-in carries it: its saved progress, and the code of a code exercise. */
export type HandinExercise = ExerciseProgress & { readonly code?: string };

export interface HandinCourseLesson {
  readonly slug: string;
  readonly exercises: readonly { readonly id: string; readonly kind: ExerciseKind }[];
}

/** A course as the instructor page compares hand-ins with it (course.ts: this build's). */
export interface Course {
  readonly version: string;
  readonly lessons: readonly HandinCourseLesson[];
  /** `<lesson>/<exercise-id>` each. */
  readonly required: readonly string[];
}

export interface Handin {
  readonly format: typeof HANDIN_FORMAT;
  readonly version: typeof HANDIN_VERSION;
  readonly student: string;
  readonly exportedAt: string;
  readonly course: { readonly version: string; readonly lessons: readonly HandinCourseLesson[] };
  readonly exercises: Readonly<Record<string, HandinExercise>>;
  readonly lessons: Readonly<Record<string, LessonVisit>>;
}

/** What a hand-in is made of, as the app holds it (export.ts gathers it from the stores). */
export interface HandinInputs {
  readonly student: string;
  readonly now: Date;
  readonly course: { readonly version: string; readonly lessons: readonly HandinCourseLesson[] };
  readonly progress: Readonly<Record<string, ExerciseProgress>>;
  readonly visits: Readonly<Record<string, LessonVisit>>;
  /** Edited code by `<lesson>/<exercise-id>` (code exercises only; absent: the starter). */
  readonly code: Readonly<Record<string, string>>;
}

/** The hand-in: every exercise with progress or edited code, with its code (keys sorted, so two exports of the same work are the same file but for the date). */
export function makeHandin({ student, now, course, progress, visits, code }: HandinInputs): Handin {
  const keys = [...new Set([...Object.keys(progress), ...Object.keys(code)])].sort();
  const exercises: Record<string, HandinExercise> = {};
  for (const key of keys) {
    const saved = progress[key] ?? { status: 'tried', tries: 0, hints: 0, solutionShown: false };
    const edited = code[key];
    exercises[key] = edited === undefined ? saved : { ...saved, code: edited };
  }
  return { format: HANDIN_FORMAT, version: HANDIN_VERSION, student: student.trim(), exportedAt: now.toISOString(), course, exercises, lessons: visits };
}

/** `<name>-handin-<yyyy-mm-dd>.json`: the name's letters and digits (any script) joined by dashes. */
export function handinFileName(student: string, now: Date): string {
  const stem = student.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'student';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-handin-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
