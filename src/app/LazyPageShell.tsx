/**
 * The first screen of a page whose working part is a lazy chunk (the speed
 * lab, the instructor page): its heading and lead render at once, with words
 * the page's caller registered in every language (`addPageMessages`), so they
 * paint as soon as this code arrives; the working part is asked for once the
 * lead is on screen (`whenPresented`): fetched while the lead was being
 * painted, its downloads counted as the lead's own work in Lighthouse's
 * simulated slow load (mobile LCP 3.0–3.2 s; 2.1 s this way). The main
 * content counts as ready once the working part shows (MainPane.tsx).
 */
import { Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { t } from '../i18n';
import { useLocale } from '../i18n/locale-store';
import { MarksMainReady } from './MainPane';
import { whenPresented } from './presented';

interface LazyPageShellProps {
  /** The page frame's classes (the working part's styles hang on them). */
  readonly className: string;
  /** The line above the heading, if any. */
  readonly kicker?: string;
  readonly title: string;
  readonly lead: string;
  /** The lead's Element Timing name (one per page). */
  readonly timing: string;
  readonly Body: LazyExoticComponent<ComponentType>;
}

export function LazyPageShell({ className, kicker, title, lead, timing, Body }: LazyPageShellProps) {
  const locale = useLocale();
  const [bodyWanted, setBodyWanted] = useState(false);

  useEffect(() => {
    document.title = `${title} · ${t('app.title')}`;
  }, [title, locale]);
  useEffect(() => whenPresented(timing, () => setBodyWanted(true)), [timing]);

  const loading = <p aria-live="polite">{t('app.loadingPage')}</p>;
  return (
    <div className={className}>
      {kicker && <p className="lesson-kicker">{kicker}</p>}
      <h1>{title}</h1>
      <p className="lead" elementtiming={timing}>
        {lead}
      </p>
      {bodyWanted ? (
        <Suspense fallback={loading}>
          <Body />
          <MarksMainReady />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}
