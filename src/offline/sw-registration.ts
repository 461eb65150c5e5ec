/**
 * Service worker registration (vite-plugin-pwa, `registerType: 'prompt'`)
 * and the update state the UI shows.
 *
 * Update policy: a new build's worker installs in the background and then
 * *waits*. The open page keeps being served by the old worker's precache, so
 * its lazy chunks still load even though the server now has other files.
 * Only when the user clicks "Reload" do we tell the new worker to take over
 * (skipWaiting) and reload once it controls the page. Nothing reloads by
 * itself: when another tab applies the update, this tab keeps its prompt.
 *
 * First install: the worker claims the open page (workbox `clientsClaim`,
 * vite.config.ts): there is no older version to protect, and until a worker
 * controls the page its lazy chunks still come from the network. "Ready to
 * work offline" is said only once the worker controls this tab; if it does
 * not within a few seconds, the app says to reload once instead.
 *
 * This file is the state the header shows, in the first load; registering
 * the worker (sw-start.ts, with vite-plugin-pwa's registration code) is a
 * chunk of its own, loaded when the page's text is on screen and the browser
 * is idle.
 */
import { create } from 'zustand';

interface AppUpdateState {
  /** A new version is installed and waiting. */
  readonly needRefresh: boolean;
  /** The first install finished and the worker controls this tab: the app now works offline here. */
  readonly offlineReady: boolean;
  /** Installed, but not (yet) in control of this tab: a reload finishes it. */
  readonly offlineNeedsReload: boolean;
  /** The user clicked reload; the page reloads when the new worker controls it. */
  readonly applying: boolean;
  readonly dismissUpdate: () => void;
  readonly dismissOfflineReady: () => void;
  readonly applyUpdate: () => void;
}

let updateServiceWorker: ((reload?: boolean) => Promise<void>) | null = null;

/** Set by sw-start.ts once the worker is registered: what "Reload" calls to let the waiting worker take over. */
export function setUpdateServiceWorker(update: (reload?: boolean) => Promise<void>): void {
  updateServiceWorker = update;
}

export const useAppUpdate = create<AppUpdateState>()((set, get) => ({
  needRefresh: false,
  offlineReady: false,
  offlineNeedsReload: false,
  applying: false,
  dismissUpdate: () => set({ needRefresh: false }),
  dismissOfflineReady: () => set({ offlineReady: false, offlineNeedsReload: false }),
  applyUpdate: () => {
    if (get().applying) return;
    set({ applying: true });
    // No waiting worker known (e.g. it was already activated elsewhere): a plain reload gets the new build.
    if (!updateServiceWorker) {
      window.location.reload();
      return;
    }
    // Reload as soon as the new worker controls this page. (workbox-window's own signal, onNeedReload,
    // only comes to a page that had a controller when it registered: a first visit the worker claimed had none.)
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void updateServiceWorker().catch(() => window.location.reload());
  },
}));
