/**
 * The header's language switch: English / 简体中文, each named in its own
 * language (and marked with it, for screen readers), the current one pressed.
 */
import { t } from '../i18n';
import { useLocale } from '../i18n/locale-store';
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LOCALES } from '../i18n/locales';
import { chooseLocale } from './locale-route';

export function LanguageSwitch() {
  const locale = useLocale();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language.label')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          className="language-option"
          lang={LANGUAGE_TAGS[option]}
          aria-pressed={option === locale}
          data-locale={option}
          onClick={() => {
            if (option !== locale) chooseLocale(option);
          }}
        >
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
