import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/locale-store';
import type { Locale } from '../i18n/locales';

export type PartLoad<T> = { readonly state: 'loading' } | { readonly state: 'ready'; readonly value: T } | { readonly state: 'failed'; readonly message: string };

const LOADING = { state: 'loading' } as const;

/**
 * One lazily loaded part of a lesson (its examples, its exercises) in the
 * reader's language: `load(slug, locale)` is the part's loader from its
 * virtual module. A failed load (offline without a cache, say) becomes its
 * message. After a language switch the other edition stays until this one's
 * has loaded (no flash of "loading"); another lesson's never shows. Nothing
 * loads while `wanted` is false.
 */
export function useLessonPart<T>(load: (slug: string, locale: Locale) => Promise<T>, slug: string, wanted = true): PartLoad<T> {
  const locale = useLocale();
  const [loaded, setLoaded] = useState<{ slug: string; locale: Locale; result: PartLoad<T> }>({ slug, locale, result: LOADING });
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    load(slug, locale).then(
      (value) => current && setLoaded({ slug, locale, result: { state: 'ready', value } }),
      (error: unknown) => current && setLoaded({ slug, locale, result: { state: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [load, slug, locale, wanted]);
  return loaded.slug === slug && (loaded.locale === locale || loaded.result.state === 'ready') ? loaded.result : LOADING;
}
