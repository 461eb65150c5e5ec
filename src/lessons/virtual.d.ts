declare module 'virtual:lessons' {
  import type { Locale } from '../i18n/locales';
  import type { LessonBody, LessonMeta } from './types';
  /** Every published lesson, sorted by `order`, in English (bundled with the app). */
  export const lessons: readonly LessonMeta[];
  /** The same list in `locale` (a small lazy chunk for a language other than English). */
  export function loadLessonIndex(locale: Locale): Promise<readonly LessonMeta[]>;
  /** Loads one lesson's body in `locale` (a lazy chunk per lesson and language). */
  export function loadLesson(slug: string, locale?: Locale): Promise<LessonBody>;
}

declare module 'virtual:pages' {
  import type { Locale } from '../i18n/locales';
  import type { PageBody, PageMeta } from './types';
  /** Every published reference page (content/pages/*.md), sorted by `order`, in English. */
  export const pages: readonly PageMeta[];
  /** The same list in `locale`. */
  export function loadPageIndex(locale: Locale): Promise<readonly PageMeta[]>;
  /** Loads one page's body in `locale` (a lazy chunk per page and language). */
  export function loadPage(slug: string, locale?: Locale): Promise<PageBody>;
}
