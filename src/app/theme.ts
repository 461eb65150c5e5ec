/**
 * Theme: follows the system (`prefers-color-scheme`) until the user picks
 * one with the toggle; the pick is remembered in settings. The effective
 * theme is written to `<html data-theme>` for CSS and for mermaid.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useSettings } from '../store/settings';

export type Theme = 'light' | 'dark';

// No matchMedia outside a browser (unit tests), whatever the DOM types say.
const query = () => (globalThis as { matchMedia?: typeof matchMedia }).matchMedia?.('(prefers-color-scheme: dark)');

function subscribeSystem(onChange: () => void): () => void {
  const media = query();
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const systemTheme = (): Theme => (query()?.matches ? 'dark' : 'light');

/** The theme in effect now. */
export function useEffectiveTheme(): Theme {
  const choice = useSettings((s) => s.theme);
  const system = useSyncExternalStore<Theme>(subscribeSystem, systemTheme, () => 'light');
  return choice === 'system' ? system : choice;
}

/** Keeps `<html data-theme>` in step with the effective theme. */
export function useApplyTheme(): Theme {
  const theme = useEffectiveTheme();
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  return theme;
}
