/**
 * The frame around every page: header, pane tabs (narrow screens), and the
 * workspace: lesson | code | worksheet (see layout-mode.ts for the three
 * layouts and layout.css for their geometry). Pages render the lesson and
 * code panes as children; the shell adds the worksheet.
 */
import { useEffect, type CSSProperties, type ReactNode } from 'react';
import { t } from '../i18n';
import { useSettings } from '../store/settings';
import { AppHeader } from './AppHeader';
import { whenIdle } from './idle';
import { useLayoutMode } from './layout-mode';
import { useLayout } from './layout-store';
import { PaneTabs } from './PaneTabs';
import { useApplyTheme } from './theme';
import { WorksheetSlot } from './WorksheetSlot';

/**
 * Registers the service worker. Its code is a chunk of its own, not part of the first load; if that chunk
 * cannot load (the network went away first), this visit goes without an offline copy and the next installs it.
 */
const startOfflineCopy = () => void import('../offline/sw-start').then((m) => m.startServiceWorker()).catch(() => undefined);

export function Shell({ children }: { children: ReactNode }) {
  useApplyTheme();
  const worksheetOpen = useSettings((s) => s.worksheetOpen);
  const saved = useSettings((s) => s.paneSizes);
  const dragged = useLayout((s) => s.draggedSizes);
  const activePane = useLayout((s) => s.activePane);
  const hasCodePane = useLayout((s) => s.hasCodePane);
  const mode = useLayoutMode(hasCodePane);
  const sizes = dragged ?? saved;
  // The offline copy (a service worker precaching ~5 MiB) starts once the page's text is on screen and
  // the browser is idle: on a slow line it must not compete with the first lesson's own files.
  const mainReady = useLayout((s) => s.mainReady);
  useEffect(() => (mainReady ? whenIdle(startOfflineCopy, 3000) : undefined), [mainReady]);
  // Flex grow factors split the width lesson and code share; the worksheet column has a width.
  const style = {
    '--lesson-grow': sizes.lessonPercent,
    '--code-grow': 100 - sizes.lessonPercent,
    '--worksheet-width': `${sizes.worksheetPx}px`,
  } as CSSProperties;

  return (
    <div
      className="app"
      data-layout={mode}
      data-worksheet-open={worksheetOpen}
      data-active-pane={activePane}
      data-dragging={dragged !== null}
      style={style}
    >
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <AppHeader mode={mode} />
      {mode === 'tabs' && <PaneTabs />}
      <div className="workspace">
        {children}
        <WorksheetSlot mode={mode} />
      </div>
    </div>
  );
}
