/**
 * `#/speed-lab` (issue 14): which backend trains the course's models fastest
 * on this device. Dispatched by lessons/ReferencePage.tsx and part of its
 * chunk: the heading and lead come with their own words in both languages,
 * the working part (SpeedLabBody.tsx: the runner, the table, the chart, the
 * report's checks) follows with the feature dictionaries (app/LazyPageShell.tsx).
 */
import { lazy } from 'react';
import { LazyPageShell } from '../app/LazyPageShell';
import { addPageMessages, t, withFeatureMessages } from '../i18n';
import { speedHead as enSpeedHead } from '../i18n/en/speedHead';
import { useLocale } from '../i18n/locale-store';
import { speedHead as zhSpeedHead } from '../i18n/zh/speedHead';
import { LAB_STEPS } from './models';

addPageMessages({ en: enSpeedHead, zh: zhSpeedHead });

const SpeedLabBody = lazy(() => withFeatureMessages(import('./SpeedLabBody')));

export function SpeedLabShell() {
  useLocale(); // re-renders on a language switch
  return (
    <LazyPageShell
      className="article-frame speed-lab"
      kicker={t('app.reference')}
      title={t('speed.title')}
      lead={t('speed.lead', { steps: LAB_STEPS })}
      timing="speed-lab-lead"
      Body={SpeedLabBody}
    />
  );
}
