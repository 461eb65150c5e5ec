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
 */
import { registerSW } from 'virtual:pwa-register';
import { create } from 'zustand';

interface AppUpdateState {
  /** A new version is installed and waiting. */
  readonly needRefresh: boolean;
  /** The first install finished: the app now works offline. */
  readonly offlineReady: boolean;
  /** The user clicked reload; the page reloads when the new worker controls it. */
  readonly applying: boolean;
  dismissUpdate(): void;
  dismissOfflineReady(): void;
  applyUpdate(): void;
}

/** How often an open page asks the server whether there is a new build. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let started = false;
let updateServiceWorker: ((reload?: boolean) => Promise<void>) | null = null;

export const useAppUpdate = create<AppUpdateState>()((set, get) => ({
  needRefresh: false,
  offlineReady: false,
  applying: false,
  dismissUpdate: () => set({ needRefresh: false }),
  dismissOfflineReady: () => set({ offlineReady: false }),
  applyUpdate: () => {
    if (get().applying) return;
    set({ applying: true });
    // No waiting worker known (e.g. it was already activated elsewhere): a plain reload gets the new build.
    if (!updateServiceWorker) {
      window.location.reload();
      return;
    }
    void updateServiceWorker().catch(() => window.location.reload());
  },
}));

/** Registers the service worker once per page; safe to call again (StrictMode runs effects twice). */
export function startServiceWorker(): void {
  if (started || !('serviceWorker' in navigator)) return;
  started = true;
  updateServiceWorker = registerSW({
    onNeedRefresh: () => useAppUpdate.setState({ needRefresh: true }),
    onOfflineReady: () => useAppUpdate.setState({ offlineReady: true }),
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
}
