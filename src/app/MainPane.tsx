/**
 * The main pane of a page without code (course index, shared scenario,
 * preset link, not-found): tells the shell there is no code pane (before the
 * first paint, since the layout depends on it) and that the main content is
 * on screen (the worksheet may load now), and guards its content with an
 * error boundary.
 */
import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import { PaneBoundary } from './ErrorBoundaries';
import { useLayout } from './layout-store';

export function MainPane({ children }: { children: ReactNode }) {
  const setHasCodePane = useLayout((s) => s.setHasCodePane);
  const markMainReady = useLayout((s) => s.markMainReady);
  useLayoutEffect(() => setHasCodePane(false), [setHasCodePane]);
  useEffect(markMainReady, [markMainReady]);
  return (
    <main className="pane pane-lesson" id="main" tabIndex={-1}>
      <PaneBoundary pane="lesson" onError={markMainReady}>
        {children}
      </PaneBoundary>
    </main>
  );
}
