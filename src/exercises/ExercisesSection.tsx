/**
 * The exercises at the end of a lesson: loaded (a chunk per lesson and
 * language) when the reader nears the end of the text, each one a card with
 * its answer, hints, solution and reset. Progress is saved as the student
 * works (store/progress.ts).
 */
import { useEffect, useState } from 'react';
import { loadExercises } from 'virtual:exercises';
import { t } from '../i18n';
import { useLocale } from '../i18n/locale-store';
import { ExerciseCard } from './ExerciseCard';
import type { BuiltExercise } from './types';
import './exercises.css';

type Load = { readonly state: 'loading' } | { readonly state: 'ready'; readonly exercises: readonly BuiltExercise[] } | { readonly state: 'failed'; readonly message: string };

export default function ExercisesSection({ slug, hasCodePane }: { readonly slug: string; readonly hasCodePane: boolean }) {
  const locale = useLocale();
  const [load, setLoad] = useState<{ key: string; result: Load }>({ key: '', result: { state: 'loading' } });
  const key = `${locale}/${slug}`;
  useEffect(() => {
    let current = true;
    loadExercises(slug, locale).then(
      (exercises) => current && setLoad({ key, result: { state: 'ready', exercises } }),
      (error: unknown) => current && setLoad({ key, result: { state: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [slug, locale, key]);
  // After a language switch the other edition's cards stay until this one's have loaded.
  const result = load.key === key || load.result.state === 'ready' ? load.result : { state: 'loading' as const };
  if (result.state === 'ready' && result.exercises.length === 0) return null;
  return (
    <section className="exercises" aria-labelledby="exercises-heading" data-testid="exercises">
      <h2 id="exercises-heading">{t('exercise.heading')}</h2>
      <p className="exercises-intro">{t('exercise.intro')}</p>
      {result.state === 'loading' && <p aria-live="polite">{t('exercise.loading')}</p>}
      {result.state === 'failed' && (
        <p role="alert" className="notice notice-error">
          {t('exercise.loadFailed', { message: result.message })}
        </p>
      )}
      {result.state === 'ready' && (
        <ol className="exercise-list">
          {result.exercises.map((exercise, index) => (
            <li key={exercise.id}>
              <ExerciseCard lessonSlug={slug} exercise={exercise} number={index + 1} hasCodePane={hasCodePane} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
