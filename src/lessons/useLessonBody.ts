import { useCallback, useEffect, useState } from 'react';
import { loadLesson } from 'virtual:lessons';
import { loadPage } from 'virtual:pages';
import type { LessonBody, PageBody } from './types';

export type BodyLoad<B> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly body: B }
  /** `offline`: the browser said it had no network when the load failed. */
  | { readonly state: 'failed'; readonly message: string; readonly offline: boolean };

export type LessonLoad = BodyLoad<LessonBody>;

/**
 * Loads one lazy chunk by slug. A failed load (offline before the offline copy
 * took over, a server error) becomes a message with `retry`, never a silent
 * half page: `retry` loads the chunk again (a failed module fetch is fetched
 * again by a new `import()` in current browsers).
 */
function useLazyBody<B>(slug: string, load: (slug: string) => Promise<B>): BodyLoad<B> & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ slug: string; attempt: number; result: BodyLoad<B> }>({ slug, attempt, result: { state: 'loading' } });
  useEffect(() => {
    let current = true;
    load(slug).then(
      (body) => current && setLoaded({ slug, attempt, result: { state: 'ready', body } }),
      (error: unknown) =>
        current &&
        setLoaded({
          slug,
          attempt,
          result: { state: 'failed', message: error instanceof Error ? error.message : String(error), offline: !navigator.onLine },
        }),
    );
    return () => {
      current = false;
    };
  }, [slug, attempt, load]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const result: BodyLoad<B> = loaded.slug === slug && loaded.attempt === attempt ? loaded.result : { state: 'loading' };
  return { ...result, retry };
}

/** A lesson's body (HTML and examples). */
export function useLessonBody(slug: string): LessonLoad & { retry: () => void } {
  return useLazyBody(slug, loadLesson);
}

/** A reference page's body (HTML). */
export function usePageBody(slug: string): BodyLoad<PageBody> & { retry: () => void } {
  return useLazyBody(slug, loadPage);
}
