import { lazy, Suspense, useEffect, useLayoutEffect } from 'react';
import { Link } from 'wouter';
import { PaneBoundary } from '../app/ErrorBoundaries';
import { useLayoutMode } from '../app/layout-mode';
import { useLayout } from '../app/layout-store';
import { NotFound } from '../app/NotFound';
import { LessonCodeSplitter } from '../app/PaneSplitters';
import { useWantedOnce } from '../app/useWantedOnce';
import { whenIdle } from '../app/idle';
import { t, withFeatureMessages } from '../i18n';
import { ExercisesSlot } from './ExercisesSlot';
import { LessonArticle } from './LessonArticle';
import { LessonNav } from './LessonNav';
import { ReferenceLinks } from './ReferenceLinks';
import { TableOfContents } from './TableOfContents';
import { useLessonBody } from './useLessonBody';
import { useLessons } from './catalog';
import { useLocale } from '../i18n/locale-store';

const CodePane = lazy(() => withFeatureMessages(import('../editor/CodePane')));

export function LessonPage({ slug, heading }: { slug: string; heading: string | null }) {
  const lessons = useLessons();
  const locale = useLocale();
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  const meta = index >= 0 ? lessons[index] : undefined;
  const load = useLessonBody(slug);
  const setHasCodePane = useLayout((s) => s.setHasCodePane);
  const activePane = useLayout((s) => s.activePane);
  const markMainReady = useLayout((s) => s.markMainReady);
  const hasExamples = (meta?.examples.length ?? 0) > 0;
  const mode = useLayoutMode(hasExamples);
  // The code pane's code loads once the text is on screen, if the pane can be seen (not behind a tab).
  const codeVisible = mode !== 'tabs' || activePane === 'editor';
  const codeWanted = useWantedOnce(codeVisible, mode === 'tabs', load.state === 'ready');

  // Before the first paint: the shell's layout (columns or drawer) depends on it.
  useLayoutEffect(() => {
    setHasCodePane(hasExamples);
  }, [hasExamples, setHasCodePane]);
  useEffect(() => {
    if (meta) document.title = `${meta.title} · ${t('app.title')}`;
  }, [meta]);
  // Progress: the lesson was opened (its status, "continue where you left off"); saved when the browser is idle,
  // by the progress store alone: the progress views' chunk (its styles, its words) would cost the lesson's first seconds.
  useEffect(() => {
    if (load.state !== 'ready') return;
    return whenIdle(() => {
      void import('../store/progress').then((m) => m.useProgress.getState().visit(slug, heading));
    });
  }, [load.state, slug, heading]);
  // A lesson that could not load is as ready as it gets: what waits for the text (worksheet, offline copy) may start.
  useEffect(() => {
    if (load.state === 'failed') markMainReady();
  }, [load.state, markMainReady]);

  if (!meta) return <NotFound message={t('app.lessonNotFound', { slug })} />;

  return (
    <>
      <main className="pane pane-lesson" id="main" tabIndex={-1}>
        {/* A failed lesson still lets the worksheet, which waits for the text, come in. */}
        <PaneBoundary pane="lesson" onError={markMainReady}>
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
            {load.state === 'ready' && <TableOfContents base={`/lessons/${slug}`} toc={load.body.toc} />}
            {load.state === 'loading' && <p aria-live="polite">{t('app.loadingLesson')}</p>}
            {load.state === 'failed' && (
              <div role="alert" className="notice notice-error" data-testid="lesson-load-failed">
                <p>{load.offline ? t('app.lessonLoadFailedOffline') : t('app.lessonLoadFailed', { message: load.message })}</p>
                <button type="button" onClick={load.retry}>
                  {t('app.lessonRetry')}
                </button>
              </div>
            )}
            {load.state === 'ready' && <LessonArticle page={slug} html={load.body.html} heading={heading} hasDiagrams={meta.hasDiagrams} locale={locale} />}
            {load.state === 'ready' && <ExercisesSlot slug={slug} hasCodePane={hasExamples} />}
            {/* Below the text, once it is there: nothing on screen moves when the text comes in. */}
            {load.state !== 'loading' && (
              <>
                <LessonNav previous={lessons[index - 1]} next={lessons[index + 1]} />
                <p>
                  <Link href="/">{t('app.backToIndex')}</Link>
                </p>
              </>
            )}
          </article>
        </PaneBoundary>
      </main>
      {hasExamples && (
        <section id="code-pane" className="pane pane-code" aria-label={t('app.pane.editor')}>
          {mode !== 'tabs' && <LessonCodeSplitter />}
          <div className="pane-body">
            <PaneBoundary pane="code">
              {codeWanted && (
                <Suspense fallback={<p className="pane-loading">{t('app.pane.editor')}…</p>}>
                  <CodePane key={slug} lessonSlug={slug} />
                </Suspense>
              )}
            </PaneBoundary>
          </div>
        </section>
      )}
    </>
  );
}
