/**
 * Registers the service worker (vite-plugin-pwa) and feeds its events to the
 * update state in sw-registration.ts. Loaded by the shell once the page's
 * text is on screen and the browser is idle, so neither this code nor the
 * precache competes with the first lesson's own files.
 */
import { registerSW } from 'virtual:pwa-register';
import { setUpdateServiceWorker, useAppUpdate } from './sw-registration';

/** How often an open page asks the server whether there is a new build. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** How long after the install the worker may take to claim this tab before the app asks for a reload. */
const CLAIM_WAIT_MS = 10_000;

let started = false;

/** The precache is complete: ready once a worker controls this tab (now, or when it claims it). */
function installed(): void {
  const container = navigator.serviceWorker;
  const ready = () => {
    if (container.controller === null) return false;
    useAppUpdate.setState({ offlineReady: true, offlineNeedsReload: false });
    return true;
  };
  if (ready()) return;
  container.addEventListener('controllerchange', ready, { once: true });
  setTimeout(() => {
    if (!ready()) useAppUpdate.setState({ offlineNeedsReload: true });
  }, CLAIM_WAIT_MS);
}

/** Registers the service worker once per page; safe to call again (StrictMode runs effects twice). */
export function startServiceWorker(): void {
  if (started || !('serviceWorker' in navigator)) return;
  started = true;
  const update = registerSW({
    onNeedRefresh: () => useAppUpdate.setState({ needRefresh: true }),
    onOfflineReady: installed,
    onNeedReload: () => {
      // Reload only for the click made in this tab.
      if (useAppUpdate.getState().applying) window.location.reload();
      else useAppUpdate.setState({ needRefresh: true });
    },
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });
  setUpdateServiceWorker(update);
}
