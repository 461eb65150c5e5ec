/**
 * The main pane of a page without code (course index, shared scenario,
 * preset link, not-found): tells the shell there is no code pane (before the
 * first paint, since the layout depends on it) and that the main content is
 * on screen (the worksheet and the offline copy may load now), and guards its
 * content with an error boundary.
 *
 * `LazyMainPane` holds a page whose code loads on demand: it marks the main
 * content ready only once that page is on screen. Marking it while the pane
 * is still empty sent the worksheet's and the offline copy's downloads ahead
 * of the page's own code on a slow network.
 */
import { Suspense, useEffect, useLayoutEffect, type ReactNode } from 'react';
import { PaneBoundary } from './ErrorBoundaries';
import { useLayout } from './layout-store';

export function MainPane({ children, marksReady = true }: { children: ReactNode; marksReady?: boolean }) {
  const setHasCodePane = useLayout((s) => s.setHasCodePane);
  const markMainReady = useLayout((s) => s.markMainReady);
  useLayoutEffect(() => setHasCodePane(false), [setHasCodePane]);
  useEffect(() => {
    if (marksReady) markMainReady();
  }, [marksReady, markMainReady]);
  return (
    <main className="pane pane-lesson" id="main" tabIndex={-1}>
      <PaneBoundary pane="lesson" onError={markMainReady}>
        {children}
      </PaneBoundary>
    </main>
  );
}

/** Rendered beside a lazy page inside its Suspense boundary, so its effect runs when the page is revealed. */
export function MarksMainReady() {
  const markMainReady = useLayout((s) => s.markMainReady);
  useEffect(markMainReady, [markMainReady]);
  return null;
}

export function LazyMainPane({ children }: { children: ReactNode }) {
  return (
    <MainPane marksReady={false}>
      <Suspense fallback={null}>
        {children}
        <MarksMainReady />
      </Suspense>
    </MainPane>
  );
}
