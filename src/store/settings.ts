/**
 * App-wide settings: the theme choice, whether the worksheet sidebar is
 * open, the reader's language, the currency the worksheet shows and where
 * the pane splitters were left. Persisted with a version so that later
 * changes can migrate old data.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Currency } from '../format/money';
import { isLocale, type Locale } from '../i18n/locales';
import { DEFAULT_PANE_SIZES, restorePaneSizes, type PaneSizes } from './pane-sizes';
import { guardedPersistStorage } from './sync/guarded-persist';

/** `system` follows `prefers-color-scheme`; the toggle stores an explicit choice. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The worksheet's display currency; the model always computes in US dollars. */
export type { Currency };
export const CURRENCIES: readonly Currency[] = ['USD', 'CNY'];

export interface SettingsState extends PersistedSettings {
  readonly setTheme: (theme: ThemeChoice) => void;
  readonly setWorksheetOpen: (open: boolean) => void;
  readonly setLanguage: (language: Locale) => void;
  readonly setCurrency: (currency: Currency) => void;
  readonly setPaneSizes: (sizes: PaneSizes) => void;
}

interface PersistedSettings {
  readonly theme: ThemeChoice;
  readonly worksheetOpen: boolean;
  /** The language the reader chose with the switch; null until they do (the browser's languages decide). */
  readonly language: Locale | null;
  /** The currency the reader chose in the worksheet; null until they do (yuan in Chinese, dollars in English). */
  readonly currency: Currency | null;
  readonly paneSizes: PaneSizes;
}

export const SETTINGS_VERSION = 1;

const DEFAULTS: PersistedSettings = { theme: 'system', worksheetOpen: true, language: null, currency: null, paneSizes: DEFAULT_PANE_SIZES };

/** Rebuilds settings field by field so that old or corrupt data never breaks the app. */
export function restoreSettings(raw: unknown): PersistedSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const theme = value['theme'];
  const worksheetOpen = value['worksheetOpen'];
  const language = value['language'];
  const currency = value['currency'];
  return {
    theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : DEFAULTS.theme,
    worksheetOpen: typeof worksheetOpen === 'boolean' ? worksheetOpen : DEFAULTS.worksheetOpen,
    language: isLocale(language) ? language : DEFAULTS.language,
    currency: currency === 'USD' || currency === 'CNY' ? currency : DEFAULTS.currency,
    paneSizes: restorePaneSizes(value['paneSizes']),
  };
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      setTheme: (theme) => set({ theme }),
      setWorksheetOpen: (worksheetOpen) => set({ worksheetOpen }),
      setLanguage: (language) => set({ language }),
      setCurrency: (currency) => set({ currency }),
      setPaneSizes: (sizes) => set({ paneSizes: restorePaneSizes(sizes) }),
    }),
    {
      name: 'lml.settings',
      version: SETTINGS_VERSION,
      storage: guardedPersistStorage<PersistedSettings>(SETTINGS_VERSION),
      partialize: (state): PersistedSettings => ({
        theme: state.theme,
        worksheetOpen: state.worksheetOpen,
        language: state.language,
        currency: state.currency,
        paneSizes: state.paneSizes,
      }),
      migrate: (persisted) => restoreSettings(persisted),
      merge: (persisted, current) => ({ ...current, ...restoreSettings(persisted) }),
    },
  ),
);
