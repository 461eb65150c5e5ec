/**
 * A reference page (content/pages/<slug>.md) at `#/<slug>[/<heading-id>]`:
 * rendered by the lesson pipeline, shown with its table of contents, with no
 * code pane (MainPane: its own error boundary). Unknown slugs get the not-found message.
 *
 * `#/instructor` (a reserved page slug, pipeline/pages.ts) is the instructor
 * page of hand-ins (src/handin/), lazy: dispatched here rather than by a route
 * in the first load's router (app/App.tsx), which would weigh on every first
 * lesson. `#/speed-lab` (src/speed/), the backends measured on this device,
 * is dispatched the same way. The heading and lead of both are part of this
 * chunk (InstructorShell, SpeedLabShell: app/LazyPageShell.tsx), their
 * working parts lazy.
 */
import { useEffect } from 'react';
import { Link } from 'wouter';
import { MainPane } from '../app/MainPane';
import { NotFound } from '../app/NotFound';
import { t } from '../i18n';
import { InstructorShell } from '../handin/InstructorShell';
import { SpeedLabShell } from '../speed/SpeedLabShell';
import { LessonArticle } from './LessonArticle';
import { TableOfContents } from './TableOfContents';
import { usePageBody } from './useLessonBody';
import { usePages } from './catalog';
import { useLocale } from '../i18n/locale-store';

export function ReferencePage({ slug, heading }: { slug: string; heading: string | null }) {
  if (slug === 'instructor' || slug === 'speed-lab') {
    return <MainPane marksReady={false}>{slug === 'instructor' ? <InstructorShell /> : <SpeedLabShell />}</MainPane>;
  }
  return <ContentPage slug={slug} heading={heading} />;
}

function ContentPage({ slug, heading }: { slug: string; heading: string | null }) {
  const meta = usePages().find((page) => page.slug === slug);
  const locale = useLocale();
  const load = usePageBody(slug);

  useEffect(() => {
    if (meta) document.title = `${meta.title} · ${t('app.title')}`;
  }, [meta]);

  if (!meta) return <NotFound message={t('app.pageNotFound', { slug })} />;

  return (
    <MainPane>
      <article className="article-frame" aria-labelledby="page-title" lang={meta.translated ? undefined : 'en'}>
        {!meta.translated && (
          <p className="notice notice-untranslated" lang="zh-CN" data-testid="untranslated">
            {t('app.untranslatedPage')}
          </p>
        )}
        <p className="lesson-kicker">{t('app.reference')}</p>
        <h1 id="page-title">{meta.title}</h1>
        <p className="lead">{meta.summary}</p>
        <TableOfContents base={`/${slug}`} toc={meta.toc} />
        {load.state === 'loading' && <p aria-live="polite">{t('app.loadingPage')}</p>}
        {load.state === 'failed' && (
          <div role="alert" className="notice notice-error">
            <p>{load.offline ? t('app.pageLoadFailedOffline') : t('app.pageLoadFailed', { message: load.message })}</p>
            <button type="button" onClick={load.retry}>
              {t('app.lessonRetry')}
            </button>
          </div>
        )}
        {load.state === 'ready' && <LessonArticle page={slug} html={load.body.html} heading={heading} hasDiagrams={meta.hasDiagrams} locale={locale} />}
        <p>
          <Link href="/">{t('app.backToIndex')}</Link>
        </p>
      </article>
    </MainPane>
  );
}
