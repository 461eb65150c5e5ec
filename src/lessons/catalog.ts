/**
 * The course index and reference pages in the reader's language. English is
 * bundled with the app; another language's index is a small lazy chunk,
 * loaded with its dictionary before the app switches to it (registered with
 * `prepareLocaleWith`), so `useLessons()` and `usePages()` always have it.
 */
import { lessons as englishLessons, loadLessonIndex } from 'virtual:lessons';
import { loadPageIndex, pages as englishPages } from 'virtual:pages';
import { prepareLocaleWith, useLocale } from '../i18n/locale-store';
import type { Locale } from '../i18n/locales';
import type { LessonSummary, PageMeta } from './types';

const lessonIndexes: Partial<Record<Locale, readonly LessonSummary[]>> = { en: englishLessons };
const pageIndexes: Partial<Record<Locale, readonly PageMeta[]>> = { en: englishPages };

prepareLocaleWith(async (locale) => {
  const [lessons, pages] = await Promise.all([lessonIndexes[locale] ?? loadLessonIndex(locale), pageIndexes[locale] ?? loadPageIndex(locale)]);
  lessonIndexes[locale] = lessons;
  pageIndexes[locale] = pages;
});

export function lessonsIn(locale: Locale): readonly LessonSummary[] {
  return lessonIndexes[locale] ?? englishLessons;
}

export function pagesIn(locale: Locale): readonly PageMeta[] {
  return pageIndexes[locale] ?? englishPages;
}

/** Every published lesson, in the reader's language. */
export function useLessons(): readonly LessonSummary[] {
  return lessonsIn(useLocale());
}

/** Every published reference page, in the reader's language. */
export function usePages(): readonly PageMeta[] {
  return pagesIn(useLocale());
}
