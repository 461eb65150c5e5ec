/**
 * App-wide settings: the theme choice and whether the worksheet sidebar is
 * open. Persisted with a version so that later changes can migrate old data.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { guardedPersistStorage } from './sync/guarded-persist';

/** `system` follows `prefers-color-scheme`; the toggle stores an explicit choice. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface SettingsState {
  readonly theme: ThemeChoice;
  readonly worksheetOpen: boolean;
  setTheme(theme: ThemeChoice): void;
  setWorksheetOpen(open: boolean): void;
}

interface PersistedSettings {
  readonly theme: ThemeChoice;
  readonly worksheetOpen: boolean;
}

export const SETTINGS_VERSION = 1;

const DEFAULTS: PersistedSettings = { theme: 'system', worksheetOpen: true };

/** Rebuilds settings field by field so that old or corrupt data never breaks the app. */
export function restoreSettings(raw: unknown): PersistedSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const theme = value['theme'];
  const worksheetOpen = value['worksheetOpen'];
  return {
    theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : DEFAULTS.theme,
    worksheetOpen: typeof worksheetOpen === 'boolean' ? worksheetOpen : DEFAULTS.worksheetOpen,
  };
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      setTheme: (theme) => set({ theme }),
      setWorksheetOpen: (worksheetOpen) => set({ worksheetOpen }),
    }),
    {
      name: 'lml.settings',
      version: SETTINGS_VERSION,
      storage: guardedPersistStorage<PersistedSettings>(SETTINGS_VERSION),
      partialize: (state): PersistedSettings => ({
        theme: state.theme,
        worksheetOpen: state.worksheetOpen,
      }),
      migrate: (persisted) => restoreSettings(persisted),
      merge: (persisted, current) => ({ ...current, ...restoreSettings(persisted) }),
    },
  ),
);
