import { useCallback, useEffect, useState } from 'react';
import { loadLesson } from 'virtual:lessons';
import type { LessonBody } from './types';

export type LessonLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly body: LessonBody }
  /** `offline`: the browser said it had no network when the load failed. */
  | { readonly state: 'failed'; readonly message: string; readonly offline: boolean };

/**
 * Loads a lesson's lazy chunk. A failed load (offline before the offline copy
 * took over, a server error) becomes a message with `retry`, never a silent
 * half page: `retry` loads the chunk again (a failed module fetch is fetched
 * again by a new `import()` in current browsers).
 */
export function useLessonBody(slug: string): LessonLoad & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<{ slug: string; attempt: number; result: LessonLoad }>({ slug, attempt, result: { state: 'loading' } });
  useEffect(() => {
    let current = true;
    loadLesson(slug).then(
      (body) => current && setLoad({ slug, attempt, result: { state: 'ready', body } }),
      (error: unknown) =>
        current &&
        setLoad({
          slug,
          attempt,
          result: { state: 'failed', message: error instanceof Error ? error.message : String(error), offline: !navigator.onLine },
        }),
    );
    return () => {
      current = false;
    };
  }, [slug, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const result: LessonLoad = load.slug === slug && load.attempt === attempt ? load.result : { state: 'loading' };
  return { ...result, retry };
}
