/**
 * A test-only way to make a pane fail, to check that its error boundary
 * holds: a browser test sets `window.__lmlForceThrow = ['worksheet']` (with
 * `page.evaluate` or an init script) and the named panes throw while they
 * render. Nothing in the app's UI or URL sets it, so a reader cannot trip it
 * by accident.
 */
export type FailingPane = 'lesson' | 'code' | 'output' | 'worksheet';

declare global {
  interface Window {
    __lmlForceThrow?: readonly string[];
  }
}

/** Rendered inside a pane's boundary: throws while the test hook names the pane. */
export function ForceThrowProbe({ pane }: { pane: FailingPane }): null {
  const names = typeof window === 'undefined' ? undefined : window.__lmlForceThrow;
  if (Array.isArray(names) && names.includes(pane)) throw new Error(`forced failure of the ${pane} panel (test hook)`);
  return null;
}
