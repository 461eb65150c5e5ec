/**
 * The three-part layout: lesson | code | worksheet sidebar. On a wide screen
 * all three sit side by side (the worksheet can be collapsed); on a narrow
 * one they become tabs. Pages render the lesson and code panes as children.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { t, type MessageKey } from '../i18n';
import { OfflineStatus } from '../offline/OfflineStatus';
import { useSettings } from '../store/settings';
import { useLayout, type PaneId } from './layout-store';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeToggle } from './ThemeToggle';
import { useApplyTheme } from './theme';

const WorksheetPanel = lazy(() => import('../worksheet/WorksheetPanel'));

const PANE_LABELS: Record<PaneId, MessageKey> = {
  lesson: 'app.pane.lesson',
  editor: 'app.pane.editor',
  worksheet: 'app.pane.worksheet',
};

function PaneTabs() {
  const { activePane, hasCodePane, showPane } = useLayout();
  const setWorksheetOpen = useSettings((s) => s.setWorksheetOpen);
  const panes: PaneId[] = hasCodePane ? ['lesson', 'editor', 'worksheet'] : ['lesson', 'worksheet'];
  return (
    <div className="pane-tabs" role="tablist" aria-label={t('app.pane.tabs')}>
      {panes.map((pane) => (
        <button
          key={pane}
          type="button"
          role="tab"
          aria-selected={activePane === pane}
          className="pane-tab"
          onClick={() => {
            // The worksheet tab shows the sidebar even if it was collapsed on a wide screen.
            if (pane === 'worksheet') setWorksheetOpen(true);
            showPane(pane);
          }}
        >
          {t(PANE_LABELS[pane])}
        </button>
      ))}
    </div>
  );
}

/**
 * The worksheet's code waits until the lesson text is on screen (or a second
 * has passed), so a student's first lesson is not held up by the sidebar.
 */
const WORKSHEET_DELAY_MS = 1000;
function useWorksheetMayLoad(): boolean {
  const mainReady = useLayout((s) => s.mainReady);
  const [timedOut, setTimedOut] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setTimedOut(true), WORKSHEET_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return mainReady || timedOut;
}

export function Shell({ children }: { children: ReactNode }) {
  useApplyTheme();
  const worksheetOpen = useSettings((s) => s.worksheetOpen);
  const setWorksheetOpen = useSettings((s) => s.setWorksheetOpen);
  const activePane = useLayout((s) => s.activePane);
  const worksheetMayLoad = useWorksheetMayLoad();
  const toggleLabel = t(worksheetOpen ? 'app.worksheet.hide' : 'app.worksheet.show');

  return (
    <div className="app" data-worksheet-open={worksheetOpen} data-active-pane={activePane}>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">◆</span>
          <span>{t('app.title')}</span>
          <span className="brand-zh" lang="zh">大模型实验室</span>
        </Link>
        <nav aria-label={t('app.courseIndex')} className="header-nav">
          <Link href="/">{t('app.courseIndex')}</Link>
        </nav>
        <div className="header-actions">
          <OfflineStatus />
          <LanguageSwitch />
          <ThemeToggle />
          <button
            type="button"
            className="text-button worksheet-toggle"
            aria-expanded={worksheetOpen}
            aria-controls="worksheet"
            onClick={() => setWorksheetOpen(!worksheetOpen)}
          >
            {toggleLabel}
          </button>
        </div>
      </header>
      <PaneTabs />
      <div className="workspace">
        {children}
        {worksheetOpen && worksheetMayLoad && (
          <aside id="worksheet" className="pane pane-worksheet" aria-label={t('worksheet.title')}>
            <Suspense fallback={<p className="pane-loading">{t('worksheet.title')}…</p>}>
              <WorksheetPanel />
            </Suspense>
          </aside>
        )}
      </div>
    </div>
  );
}
