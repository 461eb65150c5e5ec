declare module 'virtual:lessons' {
  import type { LessonBody, LessonMeta } from './types';
  /** Every published lesson, sorted by `order`. */
  export const lessons: readonly LessonMeta[];
  /** Loads one lesson's body (a lazy chunk per lesson). */
  export function loadLesson(slug: string): Promise<LessonBody>;
}
