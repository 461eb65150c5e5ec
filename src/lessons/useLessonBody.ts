import { useCallback, useEffect, useState } from 'react';
import { loadLesson } from 'virtual:lessons';
import { loadPage } from 'virtual:pages';
import { prepareLocaleWith, useLocale } from '../i18n/locale-store';
import type { Locale } from '../i18n/locales';
import type { LessonText, PageBody } from './types';

export type BodyLoad<B> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly body: B }
  /** `offline`: the browser said it had no network when the load failed. */
  | { readonly state: 'failed'; readonly message: string; readonly offline: boolean };

export type LessonLoad = BodyLoad<LessonText>;

/**
 * Loads one lazy chunk by slug, in the reader's language (a switch loads the
 * other edition; until it arrives, the one on screen stays). A failed load (offline before the offline copy
 * took over, a server error) becomes a message with `retry`, never a silent
 * half page: `retry` loads the chunk again (a failed module fetch is fetched
 * again by a new `import()` in current browsers).
 */
/** The page on screen: a language switch fetches its other edition before it switches, so the page turns over at once. */
let onScreen: { slug: string; load: (slug: string, locale: Locale) => Promise<unknown> } | null = null;
prepareLocaleWith(async (locale) => {
  // A failed fetch is not fatal here: the page shows its own retry message after the switch.
  if (onScreen) await onScreen.load(onScreen.slug, locale).catch(() => undefined);
});

function useLazyBody<B>(slug: string, load: (slug: string, locale: Locale) => Promise<B>): BodyLoad<B> & { retry: () => void } {
  const locale = useLocale();
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ slug: string; locale: Locale; attempt: number; result: BodyLoad<B> }>({ slug, locale, attempt, result: { state: 'loading' } });
  useEffect(() => {
    onScreen = { slug, load };
    return () => {
      if (onScreen?.slug === slug && onScreen.load === load) onScreen = null;
    };
  }, [slug, load]);
  useEffect(() => {
    let current = true;
    load(slug, locale).then(
      (body) => current && setLoaded({ slug, locale, attempt, result: { state: 'ready', body } }),
      (error: unknown) =>
        current &&
        setLoaded({
          slug,
          locale,
          attempt,
          result: { state: 'failed', message: error instanceof Error ? error.message : String(error), offline: !navigator.onLine },
        }),
    );
    return () => {
      current = false;
    };
  }, [slug, locale, attempt, load]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // The same lesson in the other language keeps showing until its edition has loaded (no flash, no lost scroll).
  const result: BodyLoad<B> = loaded.slug === slug && loaded.attempt === attempt && (loaded.locale === locale || loaded.result.state === 'ready') ? loaded.result : { state: 'loading' };
  return { ...result, retry };
}

/** A lesson's text (its examples load with the code pane). */
export function useLessonBody(slug: string): LessonLoad & { retry: () => void } {
  return useLazyBody(slug, loadLesson);
}

/** A reference page's body (HTML). */
export function usePageBody(slug: string): BodyLoad<PageBody> & { retry: () => void } {
  return useLazyBody(slug, loadPage);
}
