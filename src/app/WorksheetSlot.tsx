/**
 * Where the worksheet lives in the workspace: a column (wide screens), a
 * drawer over the code pane (medium screens) or a tab (narrow screens).
 * The `<aside>` stays at the same place in the React tree in every layout,
 * so resizing the window never remounts the worksheet: its open sections,
 * half-typed fields and scroll position survive.
 *
 * The worksheet's code is loaded only when it is visible: once the lesson
 * text has shown and the browser is idle when it is a column, at once when
 * the reader opens its drawer or tab. After that it stays mounted.
 */
import { lazy, Suspense, useEffect, useRef, type KeyboardEvent } from 'react';
import { t, withFeatureMessages } from '../i18n';
import { useSettings } from '../store/settings';
import { WORKSHEET_TOGGLE_ID } from './AppHeader';
import { PaneBoundary } from './ErrorBoundaries';
import type { LayoutMode } from './layout-mode';
import { useLayout } from './layout-store';
import { WorksheetSplitter } from './PaneSplitters';
import { useWantedOnce } from './useWantedOnce';

const WorksheetPanel = lazy(() => withFeatureMessages(import('../worksheet/WorksheetPanel')));

export function WorksheetSlot({ mode }: { mode: LayoutMode }) {
  const worksheetOpen = useSettings((s) => s.worksheetOpen);
  const drawerOpen = useLayout((s) => s.drawerOpen);
  const setDrawerOpen = useLayout((s) => s.setDrawerOpen);
  const activePane = useLayout((s) => s.activePane);
  const visible = mode === 'columns' ? worksheetOpen : mode === 'drawer' ? drawerOpen : activePane === 'worksheet';
  // Opened by the reader (drawer, tab, or the header's button): no waiting.
  const mainReady = useLayout((s) => s.mainReady);
  const wanted = useWantedOnce(visible, mode !== 'columns', mainReady);
  const asideRef = useRef<HTMLElement>(null);

  // An opened drawer takes the focus; a closed one gives it back to the header's button.
  const wasOpen = useRef(drawerOpen);
  useEffect(() => {
    if (mode === 'drawer' && drawerOpen && !wasOpen.current) asideRef.current?.focus();
    if (mode === 'drawer' && !drawerOpen && wasOpen.current && asideRef.current?.contains(document.activeElement)) {
      document.getElementById(WORKSHEET_TOGGLE_ID)?.focus();
    }
    wasOpen.current = drawerOpen;
  }, [drawerOpen, mode]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (mode === 'drawer' && event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      setDrawerOpen(false);
    }
  };

  return (
    <aside
      id="worksheet"
      ref={asideRef}
      className="pane pane-worksheet"
      aria-label={t('app.worksheet.title')}
      tabIndex={-1}
      data-visible={visible}
      onKeyDown={onKeyDown}
    >
      {mode === 'columns' && <WorksheetSplitter />}
      <div className="pane-body">
        {mode === 'drawer' && (
          <button type="button" className="text-button drawer-close" onClick={() => setDrawerOpen(false)}>
            {t('app.worksheet.close')}
          </button>
        )}
        {wanted && (
          <PaneBoundary pane="worksheet">
            <Suspense fallback={<p className="pane-loading">{t('app.worksheet.title')}…</p>}>
              <WorksheetPanel />
            </Suspense>
          </PaneBoundary>
        )}
      </div>
    </aside>
  );
}
