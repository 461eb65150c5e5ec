declare module 'virtual:lessons' {
  import type { LessonBody, LessonMeta } from './types';
  /** Every published lesson, sorted by `order`. */
  export const lessons: readonly LessonMeta[];
  /** Loads one lesson's body (a lazy chunk per lesson). */
  export function loadLesson(slug: string): Promise<LessonBody>;
}

declare module 'virtual:pages' {
  import type { PageBody, PageMeta } from './types';
  /** Every published reference page (content/pages/*.md), sorted by `order`. */
  export const pages: readonly PageMeta[];
  /** Loads one page's body (a lazy chunk per page). */
  export function loadPage(slug: string): Promise<PageBody>;
}
