import { lazy, Suspense, useEffect } from 'react';
import { Link } from 'wouter';
import { useLayout } from '../app/layout-store';
import { NotFound } from '../app/NotFound';
import { t } from '../i18n';
import { LessonArticle } from './LessonArticle';
import { LessonNav } from './LessonNav';
import { ReferenceLinks } from './ReferenceLinks';
import { TableOfContents } from './TableOfContents';
import { useLessonBody } from './useLessonBody';
import { useLessons } from './catalog';
import { useLocale } from '../i18n/locale-store';

const CodePane = lazy(() => import('../editor/CodePane'));

export function LessonPage({ slug, heading }: { slug: string; heading: string | null }) {
  const lessons = useLessons();
  const locale = useLocale();
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  const meta = index >= 0 ? lessons[index] : undefined;
  const load = useLessonBody(slug);
  const setHasCodePane = useLayout((s) => s.setHasCodePane);
  const hasExamples = (meta?.examples.length ?? 0) > 0;

  useEffect(() => {
    setHasCodePane(hasExamples);
    if (meta) document.title = `${meta.title} · ${t('app.title')}`;
  }, [hasExamples, meta, setHasCodePane]);

  if (!meta) return <NotFound message={t('app.lessonNotFound', { slug })} />;

  return (
    <>
      <main className="pane pane-lesson" id="main" tabIndex={-1}>
        <article className="article-frame" aria-labelledby="lesson-title" lang={meta.translated ? undefined : 'en'}>
          {!meta.translated && (
            <p className="notice notice-untranslated" lang={locale === 'en' ? 'en' : 'zh-CN'} data-testid="untranslated">
              {t('app.untranslated')}
            </p>
          )}
          <p className="lesson-kicker">
            {index + 1} / {lessons.length}
          </p>
          <h1 id="lesson-title">{meta.title}</h1>
          <p className="lead">{meta.summary}</p>
          <ReferenceLinks />
          <TableOfContents base={`/lessons/${slug}`} toc={meta.toc} />
          {load.state === 'loading' && <p aria-live="polite">{t('app.loadingLesson')}</p>}
          {load.state === 'failed' && (
            <div role="alert" className="notice notice-error" data-testid="lesson-load-failed">
              <p>{load.offline ? t('app.lessonLoadFailedOffline') : t('app.lessonLoadFailed', { message: load.message })}</p>
              <button type="button" onClick={load.retry}>
                {t('app.lessonRetry')}
              </button>
            </div>
          )}
          {load.state === 'ready' && <LessonArticle html={load.body.html} heading={heading} hasDiagrams={meta.hasDiagrams} locale={locale} />}
          <LessonNav previous={lessons[index - 1]} next={lessons[index + 1]} />
          <p>
            <Link href="/">{t('app.backToIndex')}</Link>
          </p>
        </article>
      </main>
      {hasExamples && (
        <section className="pane pane-code" aria-label={t('app.pane.editor')}>
          {load.state === 'ready' && (
            <Suspense fallback={<p className="pane-loading">{t('app.pane.editor')}…</p>}>
              <CodePane lessonSlug={slug} examples={load.body.examples} />
            </Suspense>
          )}
        </section>
      )}
    </>
  );
}
