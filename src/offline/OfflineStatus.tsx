/**
 * Everything about offline use the user sees, mounted once in the shell's
 * header: the storage menu there, and fixed notices for a waiting update,
 * "ready to work offline", a full or blocked storage (with an export), work
 * kept aside, and saved data from a newer build.
 */
import { useEffect } from 'react';
import { t } from '../i18n';
import { startKeptAside } from '../store/kept-aside';
import { useStorageProblem } from '../store/storage';
import { exportWork } from './lazy-work';
import { KeptAsideNotice, SyncModeNotices } from './StorageNotices';
import { watchFirstSave } from './persistence';
import { StorageMenu } from './StorageMenu';
import { useAppUpdate } from './sw-registration';
import './offline.css';

function UpdatePrompt() {
  const { needRefresh, applying, applyUpdate, dismissUpdate } = useAppUpdate();
  if (!needRefresh) return null;
  return (
    <div className="offline-notice" role="status" data-testid="update-prompt">
      <p>
        <strong>{t('offline.updateAvailable')}</strong> — {t('offline.updateExplain')}
      </p>
      <div className="offline-actions">
        <button type="button" className="offline-primary" disabled={applying} onClick={applyUpdate}>
          {t('offline.updateReload')}
        </button>
        <button type="button" className="text-button" onClick={dismissUpdate}>
          {t('offline.updateLater')}
        </button>
      </div>
    </div>
  );
}

function OfflineReadyNotice() {
  const { offlineReady, offlineNeedsReload, dismissOfflineReady } = useAppUpdate();
  if (!offlineReady && !offlineNeedsReload) return null;
  return (
    <div className="offline-notice" role="status" data-testid={offlineReady ? 'offline-ready' : 'offline-reload-to-finish'}>
      <p>{offlineReady ? t('offline.ready') : t('offline.readyReload')}</p>
      <button type="button" className="text-button" onClick={dismissOfflineReady}>
        {t('offline.dismiss')}
      </button>
    </div>
  );
}

function StorageProblemNotice() {
  const { problem, clear } = useStorageProblem();
  if (problem === null) return null;
  return (
    <div className="offline-notice offline-notice-error" role="alert" data-testid="storage-problem">
      <p>{problem === 'quota' ? t('offline.quotaFull') : t('offline.storageBlocked')}</p>
      <div className="offline-actions">
        <button type="button" className="offline-primary" onClick={exportWork}>
          {t('offline.export')}
        </button>
        <button type="button" className="text-button" onClick={clear}>
          {t('offline.dismiss')}
        </button>
      </div>
    </div>
  );
}

export function OfflineStatus() {
  useEffect(() => {
    // The service worker starts from the shell, once the page's text is on screen (src/app/Shell.tsx).
    watchFirstSave();
    startKeptAside();
  }, []);
  return (
    <>
      <StorageMenu />
      <div className="offline-notices">
        <StorageProblemNotice />
        <SyncModeNotices />
        <KeptAsideNotice />
        <UpdatePrompt />
        <OfflineReadyNotice />
      </div>
    </>
  );
}
