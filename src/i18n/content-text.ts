/**
 * The words the build writes into pages (`content.*` keys), in every
 * language at once: the lesson pipeline renders both editions in one run,
 * so it cannot use the app's one-language-at-a-time `t`.
 */
import { fillTemplate } from '.';
import type { Dictionary } from './dictionary';
import { content as en } from './en/content';
import type { Locale } from './locales';
import { content as zh } from './zh/content';

const dictionaries: Readonly<Record<Locale, Dictionary<typeof en>>> = { en, zh };

export type ContentKey = keyof typeof en;

export function tIn(locale: Locale, key: ContentKey, params?: Readonly<Record<string, string | number>>): string {
  return fillTemplate(dictionaries[locale][key], params);
}
