/**
 * The language lives in the URL: `#/zh/lessons/<slug>`, `#/en/share/<payload>`.
 * So a deep link or a shared scenario opens in the language it was shared in,
 * and the reader's switch is one navigation away. A link without a language
 * (made before languages existed, or written in lesson text as `#/notation`)
 * is rewritten in place to the reader's language; nothing else changes.
 *
 * The URL decides which language shows; `switchLocale` loads it first. The
 * reader's explicit choice is remembered in settings (`language`) and decides
 * the language of links that carry none, and of the first page of a visit.
 */
import { useEffect } from 'react';
import { navigate as navigateHash, useHashLocation } from 'wouter/use-hash-location';
import { getLocale } from '../i18n';
import { switchLocale, useLocale } from '../i18n/locale-store';
import { localePath, matchLocale, splitLocalePath, type Locale } from '../i18n/locales';
import { useSettings } from '../store/settings';

/** The route in the current hash, e.g. `/zh/lessons/x` (what wouter's hash location sees). */
export function currentHashPath(): string {
  return '/' + location.hash.replace(/^#?\/?/, '');
}

/** The language of the first page of a visit: the link's, else the reader's remembered choice, else the browser's. */
export function startLocale(): Locale {
  return splitLocalePath(currentHashPath()).locale ?? useSettings.getState().language ?? matchLocale(navigator.languages);
}

/**
 * Keeps the shown language in step with the URL: adds the reader's language to
 * a link that has none (replacing the history entry) and switches when the
 * URL's language differs. Returns the router's base (`/zh`), under which the
 * app's routes and links are written without the prefix.
 */
export function useLocaleRoute(): string {
  const [location, navigate] = useHashLocation();
  const { locale: urlLocale, path } = splitLocalePath(location);
  const locale = useLocale();
  useEffect(() => {
    if (urlLocale === null) navigate(localePath(getLocale(), path), { replace: true });
    else if (urlLocale !== locale) switchLocale(urlLocale).catch((error: unknown) => console.error('The language could not be loaded', error));
  }, [urlLocale, path, locale, navigate]);
  return urlLocale ? `/${urlLocale}` : '';
}

/** The reader's switch: remember the choice, then show the same page in `next` (the URL drives the rest). */
export function chooseLocale(next: Locale): void {
  useSettings.getState().setLanguage(next);
  const { path } = splitLocalePath(currentHashPath());
  // Replace, not push: Back leaves the page, it does not toggle the language.
  navigateHash(localePath(next, path), { replace: true });
}
