/**
 * One student's hand-in on the instructor page: when it was made and for
 * which course version, then, lesson by lesson, each exercise they touched
 * (status, tries, hints, a solution seen before solving, their last answer,
 * their code, when it was done), the exercises of another course version
 * apart, and the lessons they opened.
 */
import { useEffect, useRef } from 'react';
import { courseLessons, courseVersion } from 'virtual:exercises';
import { formatDate } from '../format/date';
import { languageTag, t } from '../i18n';
import type { ExerciseKind, HandinExercise } from './format';
import type { StudentRow } from './table';

const dateText = (ms: number | string): string => formatDate(ms, languageTag(), true);

function Exercise({ label, kind, saved }: { readonly label: string; readonly kind: ExerciseKind | undefined; readonly saved: HandinExercise }) {
  const { answer } = saved;
  const parts = [
    t(saved.status === 'done' ? 'exercise.status.done' : 'exercise.status.in-progress'),
    t('handin.tries', { tries: saved.tries, hints: saved.hints }),
    ...(saved.solutionShown ? [t('handin.solutionSeen')] : []),
    ...(answer !== undefined && kind !== 'code' ? [t('handin.answer', { answer: kind === 'choice' ? t('handin.option', { n: Number(answer) + 1 }) : answer })] : []),
    ...(saved.doneAt !== undefined ? [t('handin.doneAt', { date: dateText(saved.doneAt) })] : []),
    ...(kind === 'code' && saved.code === undefined ? [t('handin.starter')] : []),
  ];
  return (
    <li className={saved.solutionShown ? 'is-solution-seen' : undefined}>
      <strong>{label}</strong> {parts.join(' · ')}
      {saved.code !== undefined && (
        <details>
          <summary>{t('handin.code')}</summary>
          <pre>
            <code>{saved.code}</code>
          </pre>
        </details>
      )}
    </li>
  );
}

export function StudentHandin({ row, lessonLabel, onClose }: { readonly row: StudentRow; readonly lessonLabel: (slug: string) => string; readonly onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  const { handin } = row;
  const lessons = courseLessons
    .map((lesson) => ({ lesson, touched: lesson.exercises.flatMap((e, i) => (handin.exercises[`${lesson.slug}/${e.id}`] ? [{ e, i }] : [])) }))
    .filter((l) => l.touched.length > 0);
  const visits = Object.entries(handin.lessons).sort((a, b) => a[1].visitedAt - b[1].visitedAt);
  return (
    <section className="handin-student" aria-labelledby="handin-student" data-testid="handin-student">
      <div className="handin-student-head">
        <h2 id="handin-student" ref={heading} tabIndex={-1}>
          {handin.student}
        </h2>
        <button type="button" className="text-button" onClick={onClose}>
          {t('handin.close')}
        </button>
      </div>
      <p>{t('handin.meta', { file: row.id, date: dateText(handin.exportedAt), version: handin.course.version })}</p>
      {row.otherVersion && <p className="notice handin-warn">{t('handin.otherVersion', { student: handin.student, file: row.id, version: handin.course.version, ours: courseVersion })}</p>}
      {lessons.length === 0 && row.extra.length === 0 && <p>{t('handin.nothing')}</p>}
      {lessons.map(({ lesson, touched }) => (
        <div key={lesson.slug}>
          <h3>{lessonLabel(lesson.slug)}</h3>
          <ul>
            {touched.map(({ e, i }) => {
              const saved = handin.exercises[`${lesson.slug}/${e.id}`];
              return saved && <Exercise key={e.id} label={`${i + 1}. ${e.id}`} kind={e.kind} saved={saved} />;
            })}
          </ul>
        </div>
      ))}
      {row.extra.length > 0 && (
        <div data-testid="handin-extra">
          <h3>{t('handin.col.other')}</h3>
          <ul>
            {row.extra.map((key) => {
              const saved = handin.exercises[key];
              const [slug = '', id = ''] = key.split('/');
              const kind = handin.course.lessons.find((l) => l.slug === slug)?.exercises.find((e) => e.id === id)?.kind;
              return saved && <Exercise key={key} label={key} kind={kind} saved={saved} />;
            })}
          </ul>
        </div>
      )}
      {visits.length > 0 && <p>{t('handin.visited', { lessons: visits.map(([slug, v]) => `${lessonLabel(slug)} (${dateText(v.visitedAt)})`).join(', ') })}</p>}
    </section>
  );
}
