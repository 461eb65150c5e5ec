/** The token panel's shell: its code (and js-tiktoken) loads only when the section is first opened. */
import { lazy, Suspense, useState } from 'react';
import { t } from '../../i18n';

const TokenPricer = lazy(() => import('./TokenPricer'));

export function TokenSection() {
  const [opened, setOpened] = useState(false);
  return (
    <details className="ws-section" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('worksheet.tokens.heading')}</summary>
      <div className="ws-section-body" data-tokens-panel="">
        {opened && (
          <Suspense fallback={<p className="ws-note">{t('worksheet.tokens.loading')}</p>}>
            <TokenPricer />
          </Suspense>
        )}
      </div>
    </details>
  );
}
