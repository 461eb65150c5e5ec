// Relative `import` declarations are not allowed inside an ambient module
// (TS2439, hidden by skipLibCheck: every lesson field read as an error type),
// so the types are named through `import()` type queries.
declare module 'virtual:lessons' {
  /** Every published lesson, sorted by `order`, in English (bundled with the app; tables of contents come with each lesson's text). */
  export const lessons: readonly import('./types').LessonSummary[];
  /** The same list in `locale` (a small lazy chunk for a language other than English). */
  export function loadLessonIndex(locale: import('../i18n/locales').Locale): Promise<readonly import('./types').LessonSummary[]>;
  /** Loads one lesson's text and table of contents in `locale` (a lazy chunk per lesson and language). */
  export function loadLesson(slug: string, locale?: import('../i18n/locales').Locale): Promise<import('./types').LessonText>;
}

declare module 'virtual:examples' {
  /** Loads one lesson's runnable examples in `locale` (a lazy chunk; this module too is the code pane's only). */
  export function loadExamples(slug: string, locale?: import('../i18n/locales').Locale): Promise<readonly import('./types').LessonExample[]>;
}

declare module 'virtual:exercises' {
  /** Every published lesson's exercise ids, by lesson slug (the same in every language). */
  export const exerciseIds: Readonly<Record<string, readonly string[]>>;
  /** Every published lesson with its exercises and their kinds, in course order (hand-ins name them). */
  export const courseLessons: readonly import('../handin/format').HandinCourseLesson[];
  /** A short hash of every published lesson's exercise ids and kinds (pipeline/course-version.ts): the course version hand-ins name. */
  export const courseVersion: string;
  /** The exercises content/course.json requires, as `<lesson>/<exercise-id>`. */
  export const requiredExercises: readonly string[];
  /** Loads one lesson's exercises in `locale` (a lazy chunk, asked for when the reader nears the end of the text). */
  export function loadExercises(slug: string, locale?: import('../i18n/locales').Locale): Promise<readonly import('../exercises/types').BuiltExercise[]>;
}

declare module 'virtual:pages' {
  /** Every published reference page (content/pages/*.md), sorted by `order`, in English. */
  export const pages: readonly import('./types').PageMeta[];
  /** The same list in `locale`. */
  export function loadPageIndex(locale: import('../i18n/locales').Locale): Promise<readonly import('./types').PageMeta[]>;
  /** Loads one page's body in `locale` (a lazy chunk per page and language). */
  export function loadPage(slug: string, locale?: import('../i18n/locales').Locale): Promise<import('./types').PageBody>;
}
