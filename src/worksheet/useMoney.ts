/**
 * The worksheet's display currency: the reader's choice, else yuan for a
 * Chinese reader and dollars for an English one, converted at the active
 * scenario's dated exchange rate. Setting it here, at the sidebar's root,
 * before its children render, is what `formatMoney` and friends read.
 */
import { useMemo } from 'react';
import { useLocale } from '../i18n/locale-store';
import type { Locale } from '../i18n/locales';
import { useSettings, type Currency } from '../store/settings';
import { setMoneyDisplay, type MoneyDisplay } from './money-display';
import type { ExchangeRate } from './model/types';

export function currencyFor(choice: Currency | null, locale: Locale): Currency {
  return choice ?? (locale === 'zh' ? 'CNY' : 'USD');
}

export function useMoneyDisplay(rate: ExchangeRate): MoneyDisplay {
  const choice = useSettings((s) => s.currency);
  const locale = useLocale();
  const display = useMemo<MoneyDisplay>(
    () => ({ currency: currencyFor(choice, locale), cnyPerUsd: rate.cnyPerUsd, checked: rate.checked }),
    [choice, locale, rate.cnyPerUsd, rate.checked],
  );
  setMoneyDisplay(display);
  return display;
}
