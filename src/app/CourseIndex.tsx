import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { t } from '../i18n';
import { useLocale } from '../i18n/locale-store';
import { useLessons } from '../lessons/catalog';
import { ReferenceLinks } from '../lessons/ReferenceLinks';
import { whenIdleAfter } from './idle';
import { MainPane } from './MainPane';
import { loadProgress } from './progress-loader';

// Progress (saved work, its store and words) comes after the index is on screen.
const LessonProgress = lazy(() => loadProgress().then((m) => ({ default: m.LessonProgress })));
const ContinueLink = lazy(() => loadProgress().then((m) => ({ default: m.ContinueLink })));
const HandinLine = lazy(() => loadProgress().then((m) => ({ default: m.HandinLine })));

export function CourseIndex() {
  const lessons = useLessons();
  const locale = useLocale();
  const [showProgress, setShowProgress] = useState(false);
  useEffect(() => {
    document.title = t('app.title');
  }, [locale]);
  useEffect(() => whenIdleAfter(1000, () => setShowProgress(true)), []);
  return (
    <MainPane>
      <div className="article-frame">
        <h1>{t('app.courseIndexHeading')}</h1>
        <p className="lead">{t('app.tagline')}</p>
        {/* Its line is kept from the start, so the link (which comes when the browser is idle) moves nothing. */}
        <p className="continue-line">
          {showProgress && (
            <Suspense fallback={null}>
              <ContinueLink />
            </Suspense>
          )}
        </p>
        <ol className="course-list">
          {lessons.map((lesson) => (
            <li key={lesson.slug}>
              <Link href={`/lessons/${lesson.slug}`} className="course-link">
                <span className="course-title">{lesson.title}</span>
              </Link>
              <p className="course-summary">{lesson.summary}</p>
              <p className="course-progress-line">
                {showProgress && (
                  <Suspense fallback={null}>
                    <LessonProgress slug={lesson.slug} />
                  </Suspense>
                )}
              </p>
            </li>
          ))}
        </ol>
        <ReferenceLinks />
        {/* Last on the page: nothing below it moves when it comes. */}
        {showProgress && (
          <Suspense fallback={null}>
            <HandinLine />
          </Suspense>
        )}
      </div>
    </MainPane>
  );
}
