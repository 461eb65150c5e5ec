/**
 * Number formatting for the sidebar, in the reader's language (`Intl` with
 * the language tag of src/i18n: `en` or `zh-CN`, whose compact notation reads
 * large amounts in 万 and 亿) and in the currency the reader chose.
 *
 * Money: the model computes in US dollars. The worksheet root sets the display
 * (`setMoneyDisplay`: currency, rate and the rate's date) and every money
 * figure goes through `formatMoney`/`formatMoneyPrice`, which convert at that
 * rate; `moneyNote()` is the sentence that says which rate and date they used.
 * Inputs convert back with `moneyFromShown` (see NumberField).
 */
import { languageTag, t, type MessageKey } from '../i18n';
import type { Currency } from '../store/settings';

export interface MoneyDisplay {
  readonly currency: Currency;
  /** Yuan per US dollar (used when `currency` is CNY). */
  readonly cnyPerUsd: number;
  /** When the rate was checked, `YYYY-MM`. */
  readonly checked: string;
}

let display: MoneyDisplay = { currency: 'USD', cnyPerUsd: 1, checked: '' };

export function setMoneyDisplay(next: MoneyDisplay): void {
  display = next;
}

export function moneyDisplay(): MoneyDisplay {
  return display;
}

/** Shown amount per US dollar: 1 in dollars, the rate in yuan. */
export function moneyFactor(d: MoneyDisplay = display): number {
  return d.currency === 'CNY' ? d.cnyPerUsd : 1;
}

/** A dollar amount in the display currency. */
export function moneyToShown(usd: number, d: MoneyDisplay = display): number {
  return usd * moneyFactor(d);
}

/** An amount typed in the display currency, back in dollars (what the model stores). */
export function moneyFromShown(shown: number, d: MoneyDisplay = display): number {
  return shown / moneyFactor(d);
}

/** The currency's short sign for units: `$`/`¥` in English, 美元/元 in Chinese. */
export function moneyUnit(d: MoneyDisplay = display): string {
  return t(`worksheet.currency.${d.currency}.unit`);
}

/** A unit label (`worksheet.unit.*`) with the display currency's sign filled in where it has `{cur}`. */
export function unitText(unit: MessageKey): string {
  return t(unit, { cur: moneyUnit() });
}

/** Which rate and date converted amounts used (null when showing dollars, which need no conversion). */
export function moneyNote(d: MoneyDisplay = display): string | null {
  return d.currency === 'CNY' ? t('worksheet.money.convertedAt', { rate: formatRate(d.cnyPerUsd), checked: d.checked }) : null;
}

/** An exchange rate as people quote it: 4 significant digits (7.1, 7.246). */
export function formatRate(rate: number): string {
  return new Intl.NumberFormat(languageTag(), { maximumSignificantDigits: 4 }).format(rate);
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${languageTag()}|${kind}|${options.currency ?? ''}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(languageTag(), options);
    formatters.set(key, cached);
  }
  return cached;
}
const currencyOptions = (): Intl.NumberFormatOptions => ({ style: 'currency', currency: display.currency, currencyDisplay: 'narrowSymbol' });

/** $1.23M, $45K, $12 in English; ¥123.4万, ¥1.2亿 in Chinese (headlines and charts). From dollars. */
export function formatMoney(usd: number): string {
  const value = moneyToShown(usd);
  return Math.abs(value) >= 10_000
    ? formatter('compact', { ...currencyOptions(), notation: 'compact', maximumFractionDigits: 2 }).format(value)
    : formatter('whole', { ...currencyOptions(), maximumFractionDigits: 0 }).format(value);
}

/** Prices: two decimals at most, three significant digits below one unit ($0.118). From dollars. */
export function formatMoneyPrice(usd: number): string {
  const value = moneyToShown(usd);
  return Math.abs(value) < 1 && value !== 0
    ? formatter('small', { ...currencyOptions(), maximumSignificantDigits: 3 }).format(value)
    : formatter('price', { ...currencyOptions(), minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value);
}

/** A plain number with grouping in the reader's language, e.g. draw counts (4,000). */
export function formatWhole(value: number): string {
  return formatter('whole-number', { maximumFractionDigits: 0 }).format(value);
}

/** Table cells: whole numbers from 100 up, two decimals below (so 0.5 contracts stay visible). */
export function formatCell(value: number): string {
  return Math.abs(value) >= 100 ? formatWhole(value) : formatter('plain', { maximumFractionDigits: 2 }).format(value);
}

export function formatCount(value: number): string {
  return Math.abs(value) >= 1e12
    ? formatter('scientific', { notation: 'scientific', maximumFractionDigits: 2 }).format(value)
    : formatter('plain', { maximumFractionDigits: 2 }).format(value);
}

/** 12.5 % in English, 12.5% in Chinese (no space before the sign). */
export function formatPercent(share: number): string {
  const number = formatter('plain', { maximumFractionDigits: 2 }).format(share * 100);
  return languageTag() === 'en' ? `${number} %` : `${number}%`;
}

/** Input fields show numbers without grouping so they parse back unchanged. */
export function formatInput(value: number): string {
  if (Math.abs(value) >= 1e9 || (Math.abs(value) < 1e-4 && value !== 0)) return value.toExponential().replace('e+', 'e');
  return String(Math.round(value * 1e9) / 1e9);
}
