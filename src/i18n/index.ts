/**
 * The one i18n layer: every UI string goes through `t(key, params)`.
 * Each feature owns one dictionary file under `en/` (keys prefixed with the
 * feature's name); each translation has a folder with the same files and keys
 * (`zh/`), typed with `Dictionary` so a missing key fails the type check.
 *
 * Each language comes in two parts. The core (app, content, offline,
 * storage: what the page shell shows) comes first: English with the first
 * load, another language as a lazy chunk (`loadMessages`), so a reader pays
 * only for the language they read. The big feature dictionaries (worksheet,
 * runtime, lab) come in a chunk of their own per language, which every lazily
 * loaded feature waits for (`withFeatureMessages`), so that the first
 * lesson's text is not held up by the worksheet's words; once a feature has
 * asked for them, a language switch loads that language's feature words too.
 * tests/unit/i18n-split.test.ts checks that the code of the first load asks
 * only for the shell's keys. A lazily loaded page can also bring the few words
 * its first screen shows (its heading and lead) in its own chunk, in every
 * language (`addPageMessages`), so that they paint without waiting for the
 * feature chunk.
 *
 * `t` reads the language set by `setLocale`: the app sets it from
 * src/i18n/locale-store.ts, whose subscribers re-render on a switch.
 */
import type { Dictionary } from './dictionary';
import { enCore } from './en/core';
import type { en } from './en';
import type { enFeatures } from './en/features';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, type Locale } from './locales';

export type { Locale } from './locales';
export type MessageKey = keyof typeof en;
export type Messages = Dictionary<typeof en>;
type FeatureMessages = Dictionary<typeof enFeatures>;

const catalogs: Partial<Record<Locale, Partial<Messages>>> = { en: { ...enCore } };
const coreLoaders: Record<Locale, () => Promise<Partial<Messages>>> = {
  en: () => Promise.resolve(enCore),
  zh: () => import('./zh/core').then((module) => module.zhCore),
};
const featureLoaders: Record<Locale, () => Promise<FeatureMessages>> = {
  en: () => import('./en/features').then((module) => module.enFeatures),
  zh: () => import('./zh/features').then((module) => module.zhFeatures),
};
/** Words registered by lazy pages' own chunks (`addPageMessages`), kept apart so `hasMessages` still means "core loaded". */
const pageCatalogs: Partial<Record<Locale, Partial<Messages>>> = {};
let current: Locale = DEFAULT_LOCALE;
/** Set once a feature has asked for its words: from then on every language loads its feature words too. */
let featuresWanted = false;
const featureLoads: Partial<Record<Locale, Promise<void>>> = {};

/** Loads `locale`'s feature words once (a later call after a failed load tries again). */
function loadFeaturesOf(locale: Locale): Promise<void> {
  return (featureLoads[locale] ??= featureLoaders[locale]().then(
    (messages) => {
      catalogs[locale] = { ...catalogs[locale], ...messages };
    },
    (error: unknown) => {
      featureLoads[locale] = undefined;
      throw error;
    },
  ));
}

/** Loads a language's dictionary (once); resolves when `setLocale(locale)` may be called. */
export async function loadMessages(locale: Locale): Promise<void> {
  if (!hasMessages(locale)) {
    const core = await coreLoaders[locale]();
    catalogs[locale] = { ...core, ...catalogs[locale] };
  }
  if (featuresWanted) await loadFeaturesOf(locale);
}

export function hasMessages(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}

/** Switches `t` to `locale`, whose dictionary must be loaded (`loadMessages`). */
export function setLocale(locale: Locale): void {
  if (!catalogs[locale]) throw new Error(`The ${locale} dictionary is not loaded yet (call loadMessages first)`);
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** The BCP 47 tag of the current language (`en`, `zh-CN`), for `Intl` and `lang` attributes. */
export function languageTag(): string {
  return LANGUAGE_TAGS[current];
}

/**
 * Loads the feature dictionaries (worksheet, runtime, lab) of English (the
 * fallback) and of the current language, once; later language switches load
 * theirs as well (`loadMessages`).
 */
export function loadFeatureMessages(): Promise<void> {
  featuresWanted = true;
  return Promise.all([loadFeaturesOf('en'), loadFeaturesOf(current)]).then(() => undefined);
}

/** For `React.lazy`: a feature's module, once its words are here too. */
export function withFeatureMessages<T>(module: Promise<T>): Promise<T> {
  return Promise.all([module, loadFeatureMessages()]).then(([loaded]) => loaded);
}

/** For a lazily loaded page: the words its chunk carries, in every language (usable at once, before any feature chunk). */
export function addPageMessages(byLocale: Readonly<Record<Locale, Partial<Messages>>>): void {
  for (const locale of Object.keys(byLocale) as Locale[]) pageCatalogs[locale] = { ...pageCatalogs[locale], ...byLocale[locale] };
}

/** Fills `{name}` placeholders from `params`; unknown names stay as written. */
export function fillTemplate(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * `key` in `locale`, else in English; a key whose dictionary has not loaded
 * shows as itself (a visible slip, never a crash).
 */
function lookUp(locale: Locale, key: MessageKey): string {
  return catalogs[locale]?.[key] ?? pageCatalogs[locale]?.[key] ?? catalogs.en?.[key] ?? pageCatalogs.en?.[key] ?? key;
}

/** Looks up `key` in the current language and fills `{name}` placeholders from `params`. */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return fillTemplate(lookUp(current, key), params);
}

/** `t` in a given language (its dictionary must be loaded; English otherwise). */
export function tIn(locale: Locale, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return fillTemplate(lookUp(locale, key), params);
}
