/**
 * Number formatting for lesson text. Facts are strings, so every number a
 * lesson quotes goes through one of these and reads the same everywhere.
 */

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
 */
export function fmtUsd(x: number, digits = 0): string {
  return `USD ${fmtGrouped(x, digits)}`;
}

/** A vector as "[a, b, c]" with each entry formatted by fmt: fmtVector([0.6285, 0.2312], 3) = "[0.629, 0.231]". */
export function fmtVector(values: readonly number[], digits: number): string {
  return `[${values.map((v) => fmt(v, digits)).join(', ')}]`;
}

/** A fraction as a percentage: fmtPercent(0.0213, 1) = "2.1%". */
export function fmtPercent(fraction: number, digits: number): string {
  return `${fmt(fraction * 100, digits)}%`;
}
