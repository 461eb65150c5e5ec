import { useEffect } from 'react';
import { Link } from 'wouter';
import { t } from '../i18n';
import { useLocale } from '../i18n/locale-store';
import { useLessons } from '../lessons/catalog';
import { ReferenceLinks } from '../lessons/ReferenceLinks';
import { MainPane } from './MainPane';

export function CourseIndex() {
  const lessons = useLessons();
  const locale = useLocale();
  useEffect(() => {
    document.title = t('app.title');
  }, [locale]);
  return (
    <MainPane>
      <div className="article-frame">
        <h1>{t('app.courseIndexHeading')}</h1>
        <p className="lead">{t('app.tagline')}</p>
        <ol className="course-list">
          {lessons.map((lesson) => (
            <li key={lesson.slug}>
              <Link href={`/lessons/${lesson.slug}`} className="course-link">
                <span className="course-title">{lesson.title}</span>
              </Link>
              <p className="course-summary">{lesson.summary}</p>
            </li>
          ))}
        </ol>
        <ReferenceLinks />
      </div>
    </MainPane>
  );
}
