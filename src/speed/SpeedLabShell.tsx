/**
 * `#/speed-lab` (issue 14): which backend trains the course's models fastest
 * on this device. Dispatched by lessons/ReferencePage.tsx and part of its
 * chunk: the heading and lead carry their own words in both languages
 * (`addPageMessages`), so the first screen paints as soon as this chunk
 * arrives; the working part (SpeedLabBody.tsx: the runner, the table, the
 * chart, the report's checks) follows with the feature dictionaries, asked
 * for once the lead is on screen (`whenPresented`, app/presented.ts).
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { whenPresented } from '../app/presented';
import { MarksMainReady } from '../app/MainPane';
import { addPageMessages, t, withFeatureMessages } from '../i18n';
import { speedHead as enSpeedHead } from '../i18n/en/speedHead';
import { useLocale } from '../i18n/locale-store';
import { speedHead as zhSpeedHead } from '../i18n/zh/speedHead';
import { LAB_STEPS } from './models';

addPageMessages({ en: enSpeedHead, zh: zhSpeedHead });

/** The lead's Element Timing name: the working part is asked for once the lead is on screen. */
const LEAD_TIMING = 'speed-lab-lead';
const SpeedLabBody = lazy(() => withFeatureMessages(import('./SpeedLabBody')));

export function SpeedLabShell() {
  const locale = useLocale();
  const [bodyWanted, setBodyWanted] = useState(false);

  useEffect(() => {
    document.title = `${t('speed.title')} · ${t('app.title')}`;
  }, [locale]);
  useEffect(() => whenPresented(LEAD_TIMING, () => setBodyWanted(true)), []);

  return (
    <div className="article-frame speed-lab">
      <p className="lesson-kicker">{t('app.reference')}</p>
      <h1>{t('speed.title')}</h1>
      <p className="lead" elementtiming={LEAD_TIMING}>
        {t('speed.lead', { steps: LAB_STEPS })}
      </p>
      {bodyWanted ? (
        <Suspense fallback={<p aria-live="polite">{t('app.loadingPage')}</p>}>
          <SpeedLabBody />
          <MarksMainReady />
        </Suspense>
      ) : (
        <p aria-live="polite">{t('app.loadingPage')}</p>
      )}
    </div>
  );
}
