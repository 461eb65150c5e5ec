/**
 * Progress on the course index: each lesson's status (not started, in
 * progress, done, with exercises done of all) and a "continue where you left
 * off" link to the lesson (and heading) opened last; and noting a lesson
 * opened. Loaded when the browser is idle, after the page's text is on
 * screen (app/progress-loader.ts: one loader for the index and the lessons).
 */
import { useMemo } from 'react';
import { exerciseIds } from 'virtual:exercises';
import { Link } from 'wouter';
import { t } from '../i18n';
import { useLessons } from '../lessons/catalog';
import { exerciseKey, lastVisited, lessonStatus, useProgress } from '../store/progress';
import './exercises.css';

// The lesson's exercises come with the same chunk (one file list in the first load, app/progress-loader.ts).
export { default as ExercisesSection } from './ExercisesSection';

export function LessonProgress({ slug }: { readonly slug: string }) {
  const ids = exerciseIds[slug] ?? [];
  const status = useProgress((s) => lessonStatus(slug, ids, s));
  const done = useProgress((s) => ids.filter((id) => s.exercises[exerciseKey(slug, id)]?.status === 'done').length);
  return (
    <span className="course-progress-inner" data-testid={`progress-${slug}`}>
      <span className={`lesson-progress status-${status}`}>{t(`exercise.status.${status}`)}</span>
      {ids.length > 0 && <span className="progress-count">{t('exercise.progress.count', { done, total: ids.length })}</span>}
    </span>
  );
}

/** Notes that a lesson was opened (and at which heading), for its status and "continue where you left off". */
export function recordVisit(lessonSlug: string, heading: string | null): void {
  useProgress.getState().visit(lessonSlug, heading);
}

export function ContinueLink() {
  const visits = useProgress((s) => s.lessons);
  const last = useMemo(() => lastVisited({ lessons: visits }), [visits]);
  const lessons = useLessons();
  const lesson = last && lessons.find((l) => l.slug === last.slug);
  if (!last || !lesson) return null;
  return (
    <Link className="continue-link" href={`/lessons/${last.slug}${last.heading ? `/${last.heading}` : ''}`} data-testid="continue">
      {t('exercise.continue', { title: lesson.title })} →
    </Link>
  );
}
