/**
 * The header: the course's name (a link home), the course link, and the
 * controls: Offline & storage, language, theme, and the worksheet button, which shows
 * or hides the worksheet column on wide screens and opens or closes its
 * drawer on medium ones (narrow screens use the pane tabs instead).
 */
import { Link } from 'wouter';
import { t } from '../i18n';
import { OfflineStatus } from '../offline/OfflineStatus';
import { useSettings } from '../store/settings';
import type { LayoutMode } from './layout-mode';
import { useLayout } from './layout-store';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeToggle } from './ThemeToggle';

export const WORKSHEET_TOGGLE_ID = 'worksheet-toggle';

export function AppHeader({ mode }: { mode: LayoutMode }) {
  const worksheetOpen = useSettings((s) => s.worksheetOpen);
  const setWorksheetOpen = useSettings((s) => s.setWorksheetOpen);
  const drawerOpen = useLayout((s) => s.drawerOpen);
  const setDrawerOpen = useLayout((s) => s.setDrawerOpen);
  const open = mode === 'drawer' ? drawerOpen : worksheetOpen;
  const toggle = () => (mode === 'drawer' ? setDrawerOpen(!drawerOpen) : setWorksheetOpen(!worksheetOpen));

  return (
    <header className="app-header">
      <Link href="/" className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span>
        <span className="brand-name">{t('app.title')}</span>
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
          id={WORKSHEET_TOGGLE_ID}
          className="text-button worksheet-toggle"
          aria-expanded={open}
          aria-controls="worksheet"
          onClick={toggle}
        >
          {t(open ? 'app.worksheet.hide' : 'app.worksheet.show')}
        </button>
      </div>
    </header>
  );
}
