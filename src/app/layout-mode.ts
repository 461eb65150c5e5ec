/**
 * Which layout the window gets. The widths are the ones layout.css uses
 * (CSS decides the geometry, so the first paint is already right; this hook
 * tells the components how to behave: what the header's worksheet button
 * does, which panes are worth rendering).
 *
 *  - `columns`: lesson | code | worksheet side by side, splitters between
 *    them (from 1280 px; from 900 px on pages without a code pane);
 *  - `drawer`: lesson | code side by side, the worksheet slides in from the
 *    right when the header's button asks for it (900–1279 px with code);
 *  - `tabs`: one pane at a time, chosen with the tabs under the header (below 900 px).
 */
import { useSyncExternalStore } from 'react';

export type LayoutMode = 'tabs' | 'drawer' | 'columns';

/** Below this width the panes become tabs. */
export const TABS_BELOW_PX = 900;
/** From this width lesson, code and worksheet all fit side by side. */
export const THREE_COLUMNS_FROM_PX = 1280;

export function layoutModeFor(width: number, hasCodePane: boolean): LayoutMode {
  if (width < TABS_BELOW_PX) return 'tabs';
  if (hasCodePane && width < THREE_COLUMNS_FROM_PX) return 'drawer';
  return 'columns';
}

// No matchMedia outside a browser (unit tests), whatever the DOM types say.
const queries = () =>
  [`(min-width: ${TABS_BELOW_PX}px)`, `(min-width: ${THREE_COLUMNS_FROM_PX}px)`].map((q) =>
    (globalThis as { matchMedia?: typeof matchMedia }).matchMedia?.(q),
  );

function subscribe(onChange: () => void): () => void {
  const lists = queries();
  for (const list of lists) list?.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list?.removeEventListener('change', onChange);
  };
}

/** 0: narrow, 1: medium, 2: wide: a small value, so React re-renders only when a threshold is crossed. */
function band(): 0 | 1 | 2 {
  const [medium, wide] = queries();
  return wide?.matches ? 2 : medium?.matches ? 1 : 0;
}

export function useLayoutMode(hasCodePane: boolean): LayoutMode {
  const current = useSyncExternalStore(subscribe, band, () => 2 as const);
  const width = [0, TABS_BELOW_PX, THREE_COLUMNS_FROM_PX][current] ?? THREE_COLUMNS_FROM_PX;
  return layoutModeFor(width, hasCodePane);
}
