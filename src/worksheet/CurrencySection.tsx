/**
 * Which currency the sidebar shows, and the exchange rate it converts at: an
 * editable, dated input like the GPU prices, stored in the scenario (so an
 * exported or shared scenario carries the rate it was read with).
 */
import { useId, useState } from 'react';
import { t } from '../i18n';
import { useSettings, CURRENCIES } from '../store/settings';
import { useWorksheet } from '../store/worksheet';
import { formatRate, moneyNote, type MoneyDisplay } from './format';
import { LIMITS } from './model/limits';
import type { ExchangeRate } from './model/types';
import { NumberField } from './NumberField';

const YEAR_MONTH = /^\d{4}-\d{2}$/;

function RateCheckedField({ rate, onCommit }: { rate: ExchangeRate; onCommit: (checked: string) => void }) {
  const id = useId();
  const [text, setText] = useState(rate.checked);
  const [synced, setSynced] = useState(rate.checked);
  if (rate.checked !== synced) {
    setSynced(rate.checked);
    setText(rate.checked);
  }
  const valid = YEAR_MONTH.test(text);
  return (
    <div className="ws-field" data-invalid={!valid}>
      <label htmlFor={id}>{t('worksheet.money.rateChecked')}</label>
      <span className="ws-input-unit">
        <input
          id={id}
          type="text"
          value={text}
          aria-invalid={!valid}
          onChange={(e) => {
            setText(e.target.value);
            if (YEAR_MONTH.test(e.target.value)) {
              setSynced(e.target.value);
              onCommit(e.target.value);
            }
          }}
        />
        <span className="ws-unit">{t('worksheet.unit.yearMonth')}</span>
      </span>
      {!valid && (
        <span className="ws-error" role="alert">
          {t('worksheet.error.yearMonth')} {t('worksheet.error.keptLast')}
        </span>
      )}
    </div>
  );
}

export function CurrencySection({ rate, display }: { rate: ExchangeRate; display: MoneyDisplay }) {
  const setCurrency = useSettings((s) => s.setCurrency);
  const updateActive = useWorksheet((s) => s.updateActive);
  const setRate = (patch: Partial<ExchangeRate>) => updateActive((s) => ({ ...s, exchangeRate: { ...s.exchangeRate, ...patch } }));
  const note = moneyNote(display);
  return (
    <details className="ws-section ws-currency" data-currency={display.currency}>
      <summary>
        {t('worksheet.money.heading')}: {t(`worksheet.currency.${display.currency}`)}
        {display.currency === 'CNY' && <span className="ws-muted"> · {formatRate(rate.cnyPerUsd)} ({rate.checked})</span>}
      </summary>
      <div className="ws-section-body">
        <fieldset className="ws-radio">
          <legend>{t('worksheet.money.show')}</legend>
          {CURRENCIES.map((currency) => (
            <label key={currency} className="ws-toggle">
              <input type="radio" name="ws-currency" value={currency} checked={display.currency === currency} onChange={() => setCurrency(currency)} />
              {t(`worksheet.currency.${currency}`)}
            </label>
          ))}
        </fieldset>
        <NumberField
          label={t('worksheet.money.rate')}
          unit={t('worksheet.money.rateUnit')}
          range={LIMITS.exchangeRate}
          value={rate.cnyPerUsd}
          onCommit={(cnyPerUsd) => setRate({ cnyPerUsd })}
        />
        <RateCheckedField rate={rate} onCommit={(checked) => setRate({ checked })} />
        <p className="ws-note">{t('worksheet.money.explain')}</p>
        {note && <p className="ws-note" data-money-note="">{note}</p>}
      </div>
    </details>
  );
}
