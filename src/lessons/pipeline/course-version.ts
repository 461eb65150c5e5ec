/**
 * The course's version as hand-ins name it (`course.version`, src/handin/):
 * a short hash of every published lesson's exercise ids and kinds, computed
 * at build time. Two builds with the same exercises have the same version,
 * whatever the order of lessons and exercises, their text or the required
 * list (a hand-in is matched by its `<lesson>/<exercise>` keys); adding, removing,
 * renaming or changing the kind of an exercise, or publishing or hiding a
 * lesson that has exercises, gives another. The instructor page compares it
 * with the version a hand-in names, so one made for another course is shown
 * with a warning rather than silently merged.
 */
import { createHash } from 'node:crypto';

export interface CourseShapeLesson {
  readonly slug: string;
  readonly exercises: readonly { readonly id: string; readonly kind: string }[];
}

/** Length of the version in hex digits (40 bits: enough to tell course builds apart, short enough to read out). */
export const COURSE_VERSION_LENGTH = 10;

export function courseVersion(lessons: readonly CourseShapeLesson[]): string {
  const keys = lessons.flatMap((lesson) => lesson.exercises.map((e) => `${lesson.slug}/${e.id}:${e.kind}`));
  // Code-unit order, not the locale's: the same on every machine.
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(keys)).digest('hex').slice(0, COURSE_VERSION_LENGTH);
}
