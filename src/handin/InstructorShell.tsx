/**
 * `#/instructor`'s first screen: dispatched by lessons/ReferencePage.tsx and
 * part of its chunk, its heading and lead come with their own words in both
 * languages; the working part (InstructorPage.tsx: the pickers, the table,
 * the checks) follows, through the progress chunk as before, once the lead is
 * on screen (app/LazyPageShell.tsx).
 */
import { lazy } from 'react';
import { LazyPageShell } from '../app/LazyPageShell';
import { loadProgress } from '../app/progress-loader';
import { addPageMessages, t } from '../i18n';
import { handinHead as enHandinHead } from '../i18n/en/handinHead';
import { useLocale } from '../i18n/locale-store';
import { handinHead as zhHandinHead } from '../i18n/zh/handinHead';

addPageMessages({ en: enHandinHead, zh: zhHandinHead });

const InstructorPage = lazy(() => loadProgress().then((m) => m.loadInstructorPage()));

export function InstructorShell() {
  useLocale(); // re-renders on a language switch
  return <LazyPageShell className="article-frame handin-page" title={t('handin.title')} lead={t('handin.intro')} timing="instructor-lead" Body={InstructorPage} />;
}
