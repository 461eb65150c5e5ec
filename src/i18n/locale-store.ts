/**
 * The language the app shows, as React state: components that show text
 * read `useLocale()` (the app root does, so a switch re-renders the whole
 * tree; memoized parts list the locale among their dependencies).
 *
 * `switchLocale` loads the language's dictionary first (a lazy chunk) and
 * only then sets `t`'s language and this store, in one step, so nothing ever
 * renders with a language whose words are not there yet.
 */
import { create } from 'zustand';
import { getLocale, loadMessages, setLocale } from '.';
import type { Locale } from './locales';

interface LocaleState {
  readonly locale: Locale;
}

export const useLocaleStore = create<LocaleState>()(() => ({ locale: getLocale() }));

export function useLocale(): Locale {
  return useLocaleStore((s) => s.locale);
}

/** Other things a language needs before it can show (its lesson titles…), registered by their owners. */
const preparations: ((locale: Locale) => Promise<void>)[] = [];
export function prepareLocaleWith(prepare: (locale: Locale) => Promise<void>): void {
  preparations.push(prepare);
}

let pending: Promise<void> | null = null;
let wanted: Locale = getLocale();

/**
 * Shows the app in `locale`: loads what it needs, then switches `t` and
 * re-renders. When two switches overlap, the last one asked for wins.
 */
export function switchLocale(locale: Locale): Promise<void> {
  wanted = locale;
  const run = (async () => {
    await Promise.all([loadMessages(locale), ...preparations.map((prepare) => prepare(locale))]);
    if (wanted !== locale) return;
    setLocale(locale);
    useLocaleStore.setState({ locale });
  })();
  pending = run;
  return run;
}

/** Resolves when the latest switch has finished (for start-up: render once the first language is ready). */
export function localeReady(): Promise<void> {
  return pending ?? Promise.resolve();
}
