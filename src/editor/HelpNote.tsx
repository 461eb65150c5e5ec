/** What a failure usually means and its likely fix, in the reader's language (keys `runtime.help.<id>.*`). */
import { t } from '../i18n';
import type { ErrorHelpId } from './error-help';

export function HelpNote({ id, params = {} }: { id: ErrorHelpId | 'nanLoss'; params?: Readonly<Record<string, string>> }) {
  return (
    <div className="lml-help" data-error-help={id}>
      <p>
        <strong>{t('runtime.help.meaning')}</strong> {t(`runtime.help.${id}.what`, params)}
      </p>
      <p>
        <strong>{t('runtime.help.fix')}</strong> {t(`runtime.help.${id}.fix`, params)}
      </p>
    </div>
  );
}
