/**
 * Number formatting for lesson text. Facts are strings, so every number a
 * lesson quotes goes through one of these and reads the same everywhere.
 * Numbers, vectors and percentages read the same in English and Chinese; money
 * does not (`fmtMoney` gives both), and neither do words (a fact may be
 * `{ en, zh }`, see src/lessons/pipeline/facts.ts).
 */
import type { Locale } from '../i18n/locales';

/**
 * x with exactly `digits` decimals: fmt(0.62853, 3) = "0.629".
 * Rounds half away from zero like toFixed (on the binary value), shows "0"
 * instead of "-0" for tiny negatives, and writes non-finite values as
 * "∞", "−∞" or "NaN" so a broken fact is visible rather than silent.
 */
export function fmt(x: number, digits: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  const text = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * Like fmt, with thousands separated by commas for prose: fmtGrouped(201000) = "201,000".
 * Do not use inside math: KaTeX treats "," as punctuation and spaces it.
 */
export function fmtGrouped(x: number, digits = 0): string {
  const text = fmt(x, digits);
  if (!/^-?\d/.test(text)) return text;
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digitsOnly = sign ? whole.slice(1) : whole;
  const grouped = digitsOnly.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/**
 * Money for prose: fmtUsd(88178.4) = "USD 88,178", fmtUsd(2.99, 2) = "USD 2.99".
 * Never "$": in lesson Markdown a dollar sign starts inline math.
 * In Chinese, `fmtUsd(88178.4, 0, 'zh')` = "88,178 美元", and an amount that is
 * a whole number of 万 (10^4) or 亿 (10^8) at its digits reads that way:
 * 2,400,000 → "240 万美元", 1.5 × 10^9 → "15 亿美元" (never rounded to get there).
 */
export function fmtUsd(x: number, digits = 0, locale: Locale = 'en'): string {
  if (locale === 'en') return `USD ${fmtGrouped(x, digits)}`;
  return `${fmtChineseAmount(x, digits)}美元`;
}

/**
 * A number for Chinese prose, with a space before the unit that follows:
 * in 亿 or 万 when it is a whole number of them at `digits` decimals
 * (2400000 → "240 万"), else grouped ("88,178 ").
 */
export function fmtChineseAmount(x: number, digits = 0): string {
  const text = fmt(x, digits);
  const exact = Number(text);
  for (const [size, unit] of [[1e8, '亿'], [1e4, '万']] as const) {
    if (Math.abs(exact) >= size && Number.isInteger(exact / size)) return `${fmtGrouped(exact / size, 0)} ${unit}`;
  }
  return `${fmtGrouped(x, digits)} `;
}

/** A fact whose wording differs by language (money, words); the build picks the edition's. */
export type LocalizedFact = Readonly<Record<Locale, string>>;

/**
 * A count in every language: grouped in English, in 万 / 亿 in Chinese when it
 * is a whole number of them: fmtCount(300000) = { en: "300,000", zh: "30 万" };
 * fmtCount(18000) = { en: "18,000", zh: "18,000" } (1.8 万 would round nothing,
 * but a count reads better whole).
 */
export function fmtCount(x: number): LocalizedFact {
  return { en: fmtGrouped(x, 0), zh: fmtChineseAmount(x, 0).trim() };
}

/** `fmtUsd` in every language, for a fact used by both editions: { en: "USD 2,400", zh: "2,400 美元" }. */
export function fmtMoney(x: number, digits = 0): LocalizedFact {
  return { en: fmtUsd(x, digits, 'en'), zh: fmtUsd(x, digits, 'zh') };
}

/** A vector as "[a, b, c]" with each entry formatted by fmt: fmtVector([0.6285, 0.2312], 3) = "[0.629, 0.231]". */
export function fmtVector(values: readonly number[], digits: number): string {
  return `[${values.map((v) => fmt(v, digits)).join(', ')}]`;
}

/** A fraction as a percentage: fmtPercent(0.0213, 1) = "2.1%". */
export function fmtPercent(fraction: number, digits: number): string {
  return `${fmt(fraction * 100, digits)}%`;
}
