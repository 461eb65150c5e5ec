/**
 * Progress on the course index: each lesson's status (not started, in
 * progress, done, with exercises done of all) and a "continue where you left
 * off" link to the lesson (and heading) opened last; the course's exercises
 * done, with "Export hand-in" and a link to the instructor page (src/handin/).
 * Loaded when the browser is idle, after the
 * page's text is on screen (app/progress-loader.ts: one loader for the index
 * and the lessons).
 */
import { useMemo } from 'react';
import { exerciseIds } from 'virtual:exercises';
import { Link } from 'wouter';
import { HandinExport } from '../handin/HandinExport';
import { t } from '../i18n';
import { useLessons } from '../lessons/catalog';
import { exerciseKey, lastVisited, lessonStatus, useProgress } from '../store/progress';
import './exercises.css';

// The lesson's exercises come with the same chunk (one file list in the first load, app/progress-loader.ts).
export { default as ExercisesSection } from './ExercisesSection';
// So do "Export hand-in" (the storage menu's too) and the way to the instructor page (`#/instructor`, its own
// chunk, which imports nothing from this one: that would make this chunk's import in the first load longer).
export { HandinExport };
export const loadInstructorPage = () => import('../handin/InstructorPage');
// And the page a shared run's link opens (`#/run/…`, its own chunk).
export const loadSharedRunRoute = () => import('../share-run/SharedRunRoute');

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

/** Below the course index: exercises done in the whole course, "Export hand-in", and the instructor page's link. */
export function HandinLine() {
  const done = useProgress((s) => Object.entries(exerciseIds).reduce((n, [slug, ids]) => n + ids.filter((id) => s.exercises[exerciseKey(slug, id)]?.status === 'done').length, 0));
  const total = Object.values(exerciseIds).reduce((n, ids) => n + ids.length, 0);
  return (
    <div className="handin-line">
      <p>
        <span data-testid="course-done">{t('handin.summary', { done, total })}</span> <HandinExport />
      </p>
      <p>
        <Link href="/instructor">{t('handin.instructors')} →</Link>
      </p>
    </div>
  );
}
