/**
 * Money on screen (the worksheet and the cost offers), in the reader's
 * language and the currency the reader chose. The model computes in US
 * dollars; a `MoneyDisplay` says what to show them in. Pure: the language tag
 * and the display are parameters (src/worksheet/money-display.ts holds the
 * current ones). Money in lesson prose is `fmtUsd` in src/format/prose.ts.
 */
import { cachedFormatter } from './locale-number';

export type Currency = 'USD' | 'CNY';

export interface MoneyDisplay {
  readonly currency: Currency;
  /** Yuan per US dollar (used when `currency` is CNY). */
  readonly cnyPerUsd: number;
  /** When the rate was checked, `YYYY-MM`. */
  readonly checked: string;
}

/** Shown amount per US dollar: 1 in dollars, the rate in yuan. */
export function moneyFactor(d: MoneyDisplay): number {
  return d.currency === 'CNY' ? d.cnyPerUsd : 1;
}

/** A dollar amount in the display currency. */
export function moneyToShown(usd: number, d: MoneyDisplay): number {
  return usd * moneyFactor(d);
}

/** An amount typed in the display currency, back in dollars (what the model stores). */
export function moneyFromShown(shown: number, d: MoneyDisplay): number {
  return shown / moneyFactor(d);
}

const currencyOptions = (d: MoneyDisplay): Intl.NumberFormatOptions => ({ style: 'currency', currency: d.currency, currencyDisplay: 'narrowSymbol' });

/**
 * Headlines and charts, from dollars: whole units below 10,000 shown ($9,999,
 * $12), compact with two decimals at most from there: $45K, $1.23M in English,
 * $123.46万 or ¥10.65亿 in Chinese.
 */
export function formatMoney(usd: number, d: MoneyDisplay, tag: string): string {
  const value = moneyToShown(usd, d);
  return Math.abs(value) >= 10_000
    ? // minimumFractionDigits 0 said outright: the spec's default for compact notation is 0 (Chromium: "$45K"),
      // but older engines (Node 20) take the currency's 2 ("$45.00K"); the tests format in Node what Chromium shows.
      cachedFormatter(tag, 'money-compact', { ...currencyOptions(d), notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value)
    : cachedFormatter(tag, 'money-whole', { ...currencyOptions(d), maximumFractionDigits: 0 }).format(value);
}

/** Prices, from dollars: two decimals at most, three significant digits below one unit ($0.118). */
export function formatMoneyPrice(usd: number, d: MoneyDisplay, tag: string): string {
  const value = moneyToShown(usd, d);
  return Math.abs(value) < 1 && value !== 0
    ? cachedFormatter(tag, 'money-small', { ...currencyOptions(d), maximumSignificantDigits: 3 }).format(value)
    : cachedFormatter(tag, 'money-price', { ...currencyOptions(d), minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value);
}
