/**
 * The worksheet's money display: which currency the reader chose (the
 * worksheet root sets it with `setMoneyDisplay`: currency, rate and the rate's
 * date) and the reader's language, bound to the app's number rules in
 * src/format/ so the sidebar calls `formatMoney(usd)` without passing them.
 * `moneyNote()` is the sentence that says which rate and date converted
 * amounts used. Inputs convert back with `moneyFromShown` (see NumberField).
 */
import * as money from '../format/money';
import * as numbers from '../format/locale-number';
import { languageTag, t, type MessageKey } from '../i18n';

export type { MoneyDisplay } from '../format/money';
export { formatInput } from '../format/locale-number';

let display: money.MoneyDisplay = { currency: 'USD', cnyPerUsd: 1, checked: '' };

export function setMoneyDisplay(next: money.MoneyDisplay): void {
  display = next;
}

export function moneyDisplay(): money.MoneyDisplay {
  return display;
}

/** Shown amount per US dollar: 1 in dollars, the rate in yuan. */
export const moneyFactor = (d: money.MoneyDisplay = display): number => money.moneyFactor(d);
/** A dollar amount in the display currency. */
export const moneyToShown = (usd: number, d: money.MoneyDisplay = display): number => money.moneyToShown(usd, d);
/** An amount typed in the display currency, back in dollars (what the model stores). */
export const moneyFromShown = (shown: number, d: money.MoneyDisplay = display): number => money.moneyFromShown(shown, d);

/** The currency's short sign for units: `$`/`¥` in English, 美元/元 in Chinese. */
export function moneyUnit(d: money.MoneyDisplay = display): string {
  return t(`worksheet.currency.${d.currency}.unit`);
}

/** A unit label (`worksheet.unit.*`) with the display currency's sign filled in where it has `{cur}`. */
export function unitText(unit: MessageKey): string {
  return t(unit, { cur: moneyUnit() });
}

/** Which rate and date converted amounts used (null when showing dollars, which need no conversion). */
export function moneyNote(d: money.MoneyDisplay = display): string | null {
  return d.currency === 'CNY' ? t('worksheet.money.convertedAt', { rate: formatRate(d.cnyPerUsd), checked: d.checked }) : null;
}

// The rules live in src/format/money.ts and src/format/locale-number.ts; these pass the current display and language.
export const formatMoney = (usd: number): string => money.formatMoney(usd, display, languageTag());
export const formatMoneyPrice = (usd: number): string => money.formatMoneyPrice(usd, display, languageTag());
export const formatRate = (rate: number): string => numbers.formatRate(rate, languageTag());
export const formatWhole = (value: number): string => numbers.formatWhole(value, languageTag());
export const formatCell = (value: number): string => numbers.formatCell(value, languageTag());
export const formatCount = (value: number): string => numbers.formatCount(value, languageTag());
export const formatPercent = (share: number): string => numbers.formatPercent(share, languageTag());
