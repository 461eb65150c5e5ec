/**
 * Numbers in the reader's language for the worksheet's tables and fields,
 * through `Intl` with a BCP 47 tag (`en`, or `zh-CN`, whose compact notation
 * reads large amounts in 万 and 亿). Pure: the caller passes the tag
 * (src/worksheet/money-display.ts passes the current language's).
 * Money is in src/format/money.ts; lesson prose in src/format/prose.ts.
 */

const formatters = new Map<string, Intl.NumberFormat>();

/** One `Intl.NumberFormat` per language, rule and currency, built once (building one costs ~0.1 ms). */
export function cachedFormatter(tag: string, rule: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${tag}|${rule}|${options.currency ?? ''}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(tag, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** An exchange rate as people quote it: 4 significant digits (7.1, 7.246). */
export function formatRate(rate: number, tag: string): string {
  return cachedFormatter(tag, 'rate', { maximumSignificantDigits: 4 }).format(rate);
}

/** A whole number with the language's grouping, e.g. draw counts: 4,000 (en and zh-CN alike). */
export function formatWhole(value: number, tag: string): string {
  return cachedFormatter(tag, 'whole-number', { maximumFractionDigits: 0 }).format(value);
}

/** Up to two decimals, grouped: 0.5, 1,234.57. */
function formatTwoDecimals(value: number, tag: string): string {
  return cachedFormatter(tag, 'plain', { maximumFractionDigits: 2 }).format(value);
}

/** Table cells: whole numbers from 100 up, two decimals below (so 0.5 contracts stay visible). */
export function formatCell(value: number, tag: string): string {
  return Math.abs(value) >= 100 ? formatWhole(value, tag) : formatTwoDecimals(value, tag);
}

/** Counts (users, tokens, FLOPs): two decimals at most, scientific from 10^12 up (1.4E13). */
export function formatCount(value: number, tag: string): string {
  return Math.abs(value) >= 1e12
    ? cachedFormatter(tag, 'scientific', { notation: 'scientific', maximumFractionDigits: 2 }).format(value)
    : formatTwoDecimals(value, tag);
}

/** A share as a percentage with two decimals at most: 12.5 % in English, 12.5% in Chinese (no space before the sign). */
export function formatPercent(share: number, tag: string): string {
  const number = formatTwoDecimals(share * 100, tag);
  return tag === 'en' ? `${number} %` : `${number}%`;
}

/**
 * Input fields show numbers without grouping so they parse back unchanged, in
 * every language: up to 9 decimals, exponent form below 10^-4 or from 10^9 up
 * (formatInput(2.5e-5) = "2.5e-5", formatInput(1e9) = "1e9").
 */
export function formatInput(value: number): string {
  if (Math.abs(value) >= 1e9 || (Math.abs(value) < 1e-4 && value !== 0)) return value.toExponential().replace('e+', 'e');
  return String(Math.round(value * 1e9) / 1e9);
}
