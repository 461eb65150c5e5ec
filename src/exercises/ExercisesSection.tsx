/**
 * The exercises at the end of a lesson: loaded (a chunk per lesson and
 * language) when the reader nears the end of the text, each one a card with
 * its answer, hints, solution and reset. Progress is saved as the student
 * works (store/progress.ts).
 */
import { loadExercises } from 'virtual:exercises';
import { t } from '../i18n';
import { useLessonPart } from '../lessons/useLessonPart';
import { ExerciseCard } from './ExerciseCard';
import './exercises.css';

export default function ExercisesSection({ slug, hasCodePane }: { readonly slug: string; readonly hasCodePane: boolean }) {
  const result = useLessonPart(loadExercises, slug);
  if (result.state === 'ready' && result.value.length === 0) return null;
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
          {result.value.map((exercise, index) => (
            <li key={exercise.id}>
              <ExerciseCard lessonSlug={slug} exercise={exercise} number={index + 1} hasCodePane={hasCodePane} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
