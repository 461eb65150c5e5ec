/**
 * The header's "Offline & storage" disclosure: connection and offline-copy
 * state, storage used (navigator.storage.estimate()), whether the browser
 * keeps the storage, and export / import of the user's work. The import
 * and kept-aside parts (with the stores' schemas) load when the menu first
 * opens, not with the page.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { t } from '../i18n';
import { exportWork } from './lazy-work';
import { refreshPersisted, usePersistence } from './persistence';
import { formatBytes } from '../format/bytes';
import { estimateStorage, type StorageEstimateBytes } from './storage-estimate';
import { useOnline } from './useOnline';

const ImportButton = lazy(() => import('./ImportButton').then((m) => ({ default: m.ImportButton })));
const KeptAsideList = lazy(() => import('./KeptAsideList').then((m) => ({ default: m.KeptAsideList })));

function hasController(): boolean {
  return 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
}

export function StorageMenu() {
  const [open, setOpen] = useState(false);
  // Once opened, the menu's parts stay mounted (an import's message survives closing the menu).
  const [opened, setOpened] = useState(false);
  const [estimate, setEstimate] = useState<StorageEstimateBytes | null>(null);
  const persisted = usePersistence((s) => s.persisted);
  const online = useOnline();

  useEffect(() => {
    if (!open) return;
    let live = true;
    void estimateStorage().then((result) => {
      if (live) setEstimate(result.ok ? result.value : null);
    });
    void refreshPersisted();
    return () => {
      live = false;
    };
  }, [open]);

  return (
    <details
      id="offline-menu"
      className="offline-menu"
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        if (e.currentTarget.open) setOpened(true);
      }}
      onKeyDown={(e) => {
        // Escape closes the menu and returns focus to its button, as in other disclosure menus.
        if (e.key === 'Escape' && e.currentTarget.open) {
          e.currentTarget.open = false;
          e.currentTarget.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className="text-button" data-online={online}>
        <span className="offline-dot" aria-hidden="true" />
        <span className="offline-menu-label">{t('offline.menu')}</span>
      </summary>
      <div className="offline-menu-body">
        <h2 className="offline-menu-heading">{t('offline.menuHeading')}</h2>
        <p>{online ? t('offline.statusOnline') : t('offline.statusOffline')}</p>
        <p>{hasController() ? t('offline.swActive') : t('offline.swMissing')}</p>
        <p className="offline-usage">
          {estimate
            ? t('offline.usage', { used: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) })
            : t('offline.usageUnknown')}
        </p>
        {persisted !== null && <p>{persisted ? t('offline.persisted') : t('offline.notPersisted')}</p>}
        <div className="offline-actions">
          <button type="button" className="text-button" onClick={exportWork}>
            {t('offline.export')}
          </button>
          {opened && (
            <Suspense fallback={null}>
              <ImportButton />
            </Suspense>
          )}
        </div>
        {opened && (
          <Suspense fallback={null}>
            <KeptAsideList />
          </Suspense>
        )}
        <p className="offline-build">{t('offline.buildId', { id: __BUILD_ID__ })}</p>
      </div>
    </details>
  );
}
