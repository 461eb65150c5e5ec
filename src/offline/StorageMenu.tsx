/**
 * The header's "Offline & storage" disclosure: connection and offline-copy
 * state, storage used (navigator.storage.estimate()), whether the browser
 * keeps the storage, and export / import of the user's work. The import
 * and kept-aside parts (with the stores' schemas) load when the menu first
 * opens, not with the page.
 */
import { lazy, Suspense, useState } from 'react';
import { t } from '../i18n';
import { useOnline } from './useOnline';

/** The menu's contents load when it first opens (a small chunk, precached): the page's first load needs only its button. */
const StorageMenuBody = lazy(() => import('./StorageMenuBody').then((m) => ({ default: m.StorageMenuBody })));

export function StorageMenu() {
  const [open, setOpen] = useState(false);
  // Once opened, the menu's parts stay mounted (an import's message survives closing the menu).
  const [opened, setOpened] = useState(false);
  const online = useOnline();

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
      {opened && (
        <Suspense fallback={<div className="offline-menu-body" />}>
          <StorageMenuBody open={open} online={online} />
        </Suspense>
      )}
    </details>
  );
}
