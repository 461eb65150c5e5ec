/**
 * Which currency the sidebar shows, and the exchange rate it converts at: an
 * editable, dated input like the GPU prices, stored in the scenario (so an
 * exported or shared scenario carries the rate it was read with).
 */
import { useId } from 'react';
import { t } from '../i18n';
import { useSettings, CURRENCIES } from '../store/settings';
import { useWorksheet } from '../store/worksheet';
import { formatRate, moneyNote, type MoneyDisplay } from './money-display';
import { LIMITS } from './model/limits';
import type { ExchangeRate } from './model/types';
import { NumberField } from './NumberField';
import { TextField } from './TextField';

const YEAR_MONTH = /^\d{4}-\d{2}$/;

export function CurrencySection({ rate, display }: { rate: ExchangeRate; display: MoneyDisplay }) {
  const setCurrency = useSettings((s) => s.setCurrency);
  const updateActive = useWorksheet((s) => s.updateActive);
  const setRate = (patch: Partial<ExchangeRate>) => updateActive((s) => ({ ...s, exchangeRate: { ...s.exchangeRate, ...patch } }));
  const note = moneyNote(display);
  const checkedId = useId();
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
        <TextField
          id={checkedId}
          label={t('worksheet.money.rateChecked')}
          unit={t('worksheet.unit.yearMonth')}
          value={rate.checked}
          pattern={YEAR_MONTH}
          error={t('worksheet.error.yearMonth')}
          onCommit={(checked) => setRate({ checked })}
        />
        <p className="ws-note">{t('worksheet.money.explain')}</p>
        {note && <p className="ws-note" data-money-note="">{note}</p>}
      </div>
    </details>
  );
}
