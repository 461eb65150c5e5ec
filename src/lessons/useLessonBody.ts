import { useEffect, useState } from 'react';
import { loadLesson } from 'virtual:lessons';
import type { LessonBody } from './types';

export type LessonLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly body: LessonBody }
  | { readonly state: 'failed'; readonly message: string };

/** Loads a lesson's lazy chunk; a failed load (e.g. offline without cache) becomes a message. */
export function useLessonBody(slug: string): LessonLoad {
  const [load, setLoad] = useState<{ slug: string; result: LessonLoad }>({ slug, result: { state: 'loading' } });
  useEffect(() => {
    let current = true;
    loadLesson(slug).then(
      (body) => current && setLoad({ slug, result: { state: 'ready', body } }),
      (error: unknown) =>
        current && setLoad({ slug, result: { state: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [slug]);
  return load.slug === slug ? load.result : { state: 'loading' };
}
