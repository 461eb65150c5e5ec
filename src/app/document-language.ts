/** Keeps `<html lang>` in step with the language shown (screen readers, fonts, line breaking and hyphenation follow it). */
import { useEffect } from 'react';
import { useLocale } from '../i18n/locale-store';
import { LANGUAGE_TAGS } from '../i18n/locales';

export function useDocumentLanguage(): void {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[locale];
  }, [locale]);
}
