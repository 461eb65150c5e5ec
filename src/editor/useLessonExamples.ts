import { useEffect, useState } from 'react';
import { loadExamples } from 'virtual:examples';
import { useLocale } from '../i18n/locale-store';
import type { Locale } from '../i18n/locales';
import type { LessonExample } from '../lessons/types';

export type ExamplesLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly examples: readonly LessonExample[] }
  | { readonly state: 'failed'; readonly message: string };

/**
 * Loads a lesson's examples in the reader's language (their own lazy chunk);
 * a failed load (e.g. offline without cache) becomes a message. After a
 * language switch the examples on screen stay until the other edition's have
 * loaded (no flash of "loading").
 */
export function useLessonExamples(slug: string): ExamplesLoad {
  const locale = useLocale();
  const [load, setLoad] = useState<{ slug: string; locale: Locale; result: ExamplesLoad }>({ slug, locale, result: { state: 'loading' } });
  useEffect(() => {
    let current = true;
    loadExamples(slug, locale).then(
      (examples) => current && setLoad({ slug, locale, result: { state: 'ready', examples } }),
      (error: unknown) =>
        current && setLoad({ slug, locale, result: { state: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [slug, locale]);
  return load.slug === slug && (load.locale === locale || load.result.state === 'ready') ? load.result : { state: 'loading' };
}
