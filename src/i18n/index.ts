/**
 * The one i18n layer: every UI string goes through `t(key, params)`.
 * Each feature owns one dictionary file under `en/` (keys prefixed with the
 * feature's name); each translation has a folder with the same files and keys
 * (`zh/`), typed with `Dictionary` so a missing key fails the type check.
 *
 * English is bundled with the app; another language's dictionary is a lazy
 * chunk (`loadMessages`), so a reader pays only for the language they read.
 * `t` reads the language set by `setLocale`: the app sets it from
 * src/i18n/locale-store.ts, whose subscribers re-render on a switch.
 */
import type { Dictionary } from './dictionary';
import { en } from './en';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, type Locale } from './locales';

export type { Locale } from './locales';
export type MessageKey = keyof typeof en;
export type Messages = Dictionary<typeof en>;

const catalogs: Partial<Record<Locale, Messages>> = { en };
const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  zh: () => import('./zh').then((module) => module.zh),
};
let current: Locale = DEFAULT_LOCALE;

/** Loads a language's dictionary (once); resolves when `setLocale(locale)` may be called. */
export async function loadMessages(locale: Locale): Promise<void> {
  catalogs[locale] ??= await loaders[locale]();
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

/** Fills `{name}` placeholders from `params`; unknown names stay as written. */
export function fillTemplate(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Looks up `key` in the current language and fills `{name}` placeholders from `params`. */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const catalog = catalogs[current] ?? en;
  return fillTemplate(catalog[key], params);
}

/** `t` in a given language (its dictionary must be loaded; English otherwise). */
export function tIn(locale: Locale, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return fillTemplate((catalogs[locale] ?? en)[key], params);
}
