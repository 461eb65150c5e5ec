/**
 * Fixed notices about saved work: what was kept aside since the page loaded
 * (so nothing is ever dropped without a word), and stores that work from a
 * copy because their saved data came from a newer build or could not be
 * read and set aside.
 */
import { useState } from 'react';
import { t } from '../i18n';
import { isReadable, useKeptAside } from '../store/kept-aside';
import { useSyncStatus } from '../store/sync/status';
import { asideWhat, storeWords } from './aside-text';

/** Opens the Offline & storage menu (where the kept-aside list is). */
function openMenu(): void {
  const menu = document.getElementById('offline-menu');
  if (menu instanceof HTMLDetailsElement) {
    menu.open = true;
    menu.querySelector('summary')?.focus();
  }
}

export function KeptAsideNotice() {
  const { entries, fresh, dismissFresh } = useKeptAside();
  const shown = entries.filter((e) => fresh.includes(e.id));
  const first = shown[0];
  if (!first) return null;
  return (
    <div className="offline-notice" role="status" data-testid="kept-aside-notice">
      <p>{t('offline.notice.keptAside', { count: shown.length, first: isReadable(first) ? asideWhat(first.kind, first.name) : t('offline.aside.unreadable') })}</p>
      <div className="offline-actions">
        <button
          type="button"
          className="offline-primary"
          onClick={() => {
            dismissFresh();
            openMenu();
          }}
        >
          {t('offline.menu')}
        </button>
        <button type="button" className="text-button" onClick={dismissFresh}>
          {t('offline.dismiss')}
        </button>
      </div>
    </div>
  );
}

export function SyncModeNotices() {
  const modes = useSyncStatus((s) => s.modes);
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  return (
    <>
      {Object.entries(modes).map(([key, mode]) =>
        mode.kind === 'main' || dismissed.includes(key) ? null : (
          <div key={key} className="offline-notice" role="status" data-testid={`sync-mode-${mode.kind}`}>
            <p>
              {mode.kind === 'newer'
                ? t('offline.notice.newer', { what: storeWords(key), version: mode.version, known: mode.known })
                : t('offline.notice.blocked', { what: storeWords(key) })}
            </p>
            <button type="button" className="text-button" onClick={() => setDismissed((d) => [...d, key])}>
              {t('offline.dismiss')}
            </button>
          </div>
        ),
      )}
    </>
  );
}
