/**
 * The contents of the header's "Offline & storage" menu (src/offline/StorageMenu.tsx),
 * loaded when it first opens: connection and offline-copy state, storage used
 * (navigator.storage.estimate(), measured each time the menu opens), whether
 * the browser keeps the storage, export and import of the user's work, and
 * what was kept aside. The import and kept-aside parts (with the stores'
 * schemas) are chunks of their own.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { loadProgress } from '../app/progress-loader';
import { t, withFeatureMessages } from '../i18n';
import { formatBytes } from '../format/bytes';
import { exportWork } from './lazy-work';
import { refreshPersisted, usePersistence } from './persistence';
import { estimateStorage, type StorageEstimateBytes } from './storage-estimate';

const ImportButton = lazy(() => withFeatureMessages(import('./ImportButton')).then((m) => ({ default: m.ImportButton })));
// With the feature words: the list's words are there (offlineBackup), not in the first load.
const KeptAsideList = lazy(() => withFeatureMessages(import('./KeptAsideList')).then((m) => ({ default: m.KeptAsideList })));
// "Export hand-in" (src/handin/), with the progress it exports and its words.
const HandinExport = lazy(() => loadProgress().then((m) => ({ default: m.HandinExport })));

function hasController(): boolean {
  return 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
}

export function StorageMenuBody({ open, online }: { readonly open: boolean; readonly online: boolean }) {
  const [estimate, setEstimate] = useState<StorageEstimateBytes | null>(null);
  const persisted = usePersistence((s) => s.persisted);

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
          <Suspense fallback={null}>
            <ImportButton />
          </Suspense>
          <Suspense fallback={null}>
            <HandinExport />
          </Suspense>
        </div>
        <Suspense fallback={null}>
          <KeptAsideList />
        </Suspense>
        <p className="offline-build">{t('offline.buildId', { id: __BUILD_ID__ })}</p>
      </div>
  );
}
