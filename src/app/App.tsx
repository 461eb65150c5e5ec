/**
 * Routes (in the URL hash, so any static host at any sub-path works):
 *   #/                              course index
 *   #/lessons/<slug>[/<heading-id>] a lesson, optionally scrolled to a heading
 *   #/share/<payload>               a shared worksheet scenario
 *   #/worksheet/preset/<id>         a worksheet preset
 *   #/<page>[/<heading-id>]         a reference page (content/pages/<page>.md), e.g. #/notation
 */
import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CourseIndex } from './CourseIndex';
import { LessonPage } from '../lessons/LessonPage';
import { ReferencePage } from '../lessons/ReferencePage';
import { Shell } from './Shell';
import { NotFound } from './NotFound';

const SharedScenarioRoute = lazy(() => import('../worksheet/SharedScenarioRoute'));
const PresetRoute = lazy(() => import('../worksheet/PresetRoute'));

export function App() {
  return (
    <Router hook={useHashLocation}>
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
              <main className="pane pane-lesson" id="main">
                <Suspense fallback={null}>
                  <SharedScenarioRoute payload={params.payload} />
                </Suspense>
              </main>
            )}
          </Route>
          <Route path="/worksheet/preset/:id">
            {(params) => (
              <main className="pane pane-lesson" id="main">
                <Suspense fallback={null}>
                  <PresetRoute presetId={params.id} />
                </Suspense>
              </main>
            )}
          </Route>
          <Route path="/:page/:heading?">
            {(params) => <ReferencePage slug={params.page} heading={params.heading ?? null} />}
          </Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </Shell>
    </Router>
  );
}
