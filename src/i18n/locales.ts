/**
 * The languages the course speaks. `en` is the source language (every
 * dictionary and lesson is written in it first); `zh` is Simplified Chinese
 * (简体中文), shown with the language tag `zh-CN`.
 *
 * Pure: no DOM, no store. The app shell (src/i18n/locale-store.ts) and the
 * build (src/lessons/pipeline) both use it.
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags for `<html lang>`, `Intl` formatters and `lang` attributes. */
export const LANGUAGE_TAGS: Readonly<Record<Locale, string>> = { en: 'en', zh: 'zh-CN' };

/** Each language named in itself, as the language switch shows it (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', zh: '简体中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The course language for a browser's preferred languages (`navigator.languages`,
 * most preferred first): the first that is English (`en`, `en-GB`…) or any
 * Chinese (`zh`, `zh-CN`, `zh-TW`, `zh-Hans`… all read Simplified Chinese here);
 * English when none is.
 */
export function matchLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return DEFAULT_LOCALE;
}

/**
 * Splits a hash route into its language prefix and the rest:
 * `/zh/lessons/x` → { locale: 'zh', path: '/lessons/x' }; `/lessons/x` (a
 * link made before languages existed) → { locale: null, path: '/lessons/x' }.
 */
export function splitLocalePath(path: string): { locale: Locale | null; path: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(path);
  if (match && isLocale(match[1])) return { locale: match[1], path: match[2] || '/' };
  return { locale: null, path: path || '/' };
}

/** `/lessons/x` in `zh` → `/zh/lessons/x`; the course index is `/zh/`. */
export function localePath(locale: Locale, path: string): string {
  const rest = path.startsWith('/') ? path : `/${path}`;
  return `/${locale}${rest}`;
}
