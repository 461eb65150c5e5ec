import { useEffect } from 'react';
import { Link } from 'wouter';
import { lessons } from 'virtual:lessons';
import { t } from '../i18n';
import { ReferenceLinks } from '../lessons/ReferenceLinks';
import { useLayout } from './layout-store';

export function CourseIndex() {
  const setHasCodePane = useLayout((s) => s.setHasCodePane);
  const markMainReady = useLayout((s) => s.markMainReady);
  useEffect(markMainReady, [markMainReady]);
  useEffect(() => {
    setHasCodePane(false);
    document.title = t('app.title');
  }, [setHasCodePane]);
  return (
    <main className="pane pane-lesson" id="main" tabIndex={-1}>
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
    </main>
  );
}
