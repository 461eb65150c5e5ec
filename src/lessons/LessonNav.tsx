import { Link } from 'wouter';
import { t } from '../i18n';
import type { LessonSummary } from './types';

export function LessonNav({ previous, next }: { previous: LessonSummary | undefined; next: LessonSummary | undefined }) {
  return (
    <nav className="lesson-nav" aria-label={t('app.lessonNav')}>
      {previous ? (
        <Link href={`/lessons/${previous.slug}`} className="lesson-nav-prev" rel="prev">
          ← {t('app.previous', { title: previous.title })}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={`/lessons/${next.slug}`} className="lesson-nav-next" rel="next">
          {t('app.next', { title: next.title })} →
        </Link>
      )}
    </nav>
  );
}
