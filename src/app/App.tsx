/**
 * Routes (in the URL hash, so any static host at any sub-path works), each
 * under the language it is read in (`#/en/…`, `#/zh/…`, see locale-route.ts):
 *   #/                              course index
 *   #/lessons/<slug>[/<heading-id>] a lesson, optionally scrolled to a heading
 *   #/share/<payload>               a shared worksheet scenario
 *   #/run/<payload>                 a shared run of an example (code, settings, seed)
 *   #/worksheet/preset/<id>         a worksheet preset
 *   #/instructor                    hand-ins read by an instructor (src/handin/; dispatched by the reference-page route)
 *   #/<page>[/<heading-id>]         a reference page (content/pages/<page>.md), e.g. #/notation
 *
 * `#/instructor` has no route here: the reference pages' lazy chunk (lessons/ReferencePage.tsx)
 * sends it to its page, which keeps its route out of the first load (a route here cost
 * 25 bytes of the first lesson's 100 KiB of JavaScript).
 */
import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { withFeatureMessages } from '../i18n';
import { useHashLocation } from 'wouter/use-hash-location';
import { CourseIndex } from './CourseIndex';
import { LessonPage } from '../lessons/LessonPage';
import { Shell } from './Shell';
import { LazyMainPane, MainPane } from './MainPane';
import { NotFound } from './NotFound';
import { useLocaleRoute } from './locale-route';
import { useLocale } from '../i18n/locale-store';
import { useDocumentLanguage } from './document-language';
import { loadProgress } from './progress-loader';

const SharedScenarioRoute = lazy(() => withFeatureMessages(import('../worksheet/SharedScenarioRoute')));
// Reference pages (glossary, notation) are not what a first visit opens: their code loads with them.
const ReferencePage = lazy(() => import('../lessons/ReferencePage').then((m) => ({ default: m.ReferencePage })));
const PresetRoute = lazy(() => withFeatureMessages(import('../worksheet/PresetRoute')));
const SharedRunRoute = lazy(() => loadProgress().then((m) => m.loadSharedRunRoute()));

/** The routes under the language's base. Rendered again whole when the language changes (the locale is state here). */
export function App() {
  const base = useLocaleRoute();
  // Read so that a language switch re-renders the tree: every `t()` below reads the new language.
  useLocale();
  useDocumentLanguage();
  return (
    <Router hook={useHashLocation} base={base}>
      <Shell>
        <Switch>
          <Route path="/">
            <CourseIndex />
          </Route>
          <Route path="/lessons/:slug/:heading?">
            {(params) => <LessonPage slug={params.slug} heading={params.heading ?? null} />}
          </Route>
          <Route path="/share/:payload">
            {(params) => (
              <LazyMainPane>
                <SharedScenarioRoute payload={params.payload} />
              </LazyMainPane>
            )}
          </Route>
          <Route path="/run/:payload">
            {(params) => (
              <LazyMainPane>
                <SharedRunRoute payload={params.payload} />
              </LazyMainPane>
            )}
          </Route>
          <Route path="/worksheet/preset/:id">
            {(params) => (
              <LazyMainPane>
                <PresetRoute presetId={params.id} />
              </LazyMainPane>
            )}
          </Route>
          <Route path="/:page/:heading?">
            {(params) => (
              // While its code loads, an empty main pane already sets the page's layout (no code pane), so nothing shifts when the page arrives.
              <Suspense fallback={<MainPane marksReady={false}>{null}</MainPane>}>
                <ReferencePage slug={params.page} heading={params.heading ?? null} />
              </Suspense>
            )}
          </Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </Shell>
    </Router>
  );
}
