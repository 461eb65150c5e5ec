/**
 * The one i18n layer: every UI string goes through `t(key, params)`.
 * Each feature owns one dictionary file under `en/` (keys prefixed with the
 * feature's name); a translation adds a folder with the same keys.
 */
import { app } from './en/app';
import { offline } from './en/offline';
import { runtime } from './en/runtime';
import { storage } from './en/storage';
import { worksheet } from './en/worksheet';
import { worksheetDefinitions, worksheetEconomics } from './en/worksheetEconomics';
import { worksheetTools } from './en/worksheetTools';

const en = { ...app, ...worksheet, ...worksheetEconomics, ...worksheetDefinitions, ...worksheetTools, ...runtime, ...offline, ...storage };

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type Locale = 'en';

const catalogs: Record<Locale, Messages> = { en };
let current: Locale = 'en';

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Looks up `key` and fills `{name}` placeholders from `params`. */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const template = catalogs[current][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
