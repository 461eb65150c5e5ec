/** Number formatting for the sidebar (en-US grouping; compact money for headlines). */
const compactUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2 });
const wholeUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const smallUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const scientific = new Intl.NumberFormat('en-US', { notation: 'scientific', maximumFractionDigits: 2 });

/** $1.23M, $45K, $12 (headlines and charts). */
export function formatUsdCompact(value: number): string {
  return Math.abs(value) >= 10_000 ? compactUsd.format(value) : wholeUsd.format(value);
}

/** Prices below a dollar keep three significant digits ($0.118). */
export function formatPrice(value: number): string {
  return Math.abs(value) < 1 && value !== 0 ? smallUsd.format(value) : plain.format(value) === '0' ? '$0' : '$' + plain.format(value);
}

/** Table cells: whole numbers from 100 up, two decimals below (so 0.5 contracts stay visible). */
export function formatCell(value: number): string {
  return Math.abs(value) >= 100 ? whole.format(value) : plain.format(value);
}

export function formatCount(value: number): string {
  return Math.abs(value) >= 1e12 ? scientific.format(value) : plain.format(value);
}

export function formatPercent(share: number): string {
  return plain.format(share * 100) + ' %';
}

/** Input fields show numbers without grouping so they parse back unchanged. */
export function formatInput(value: number): string {
  if (Math.abs(value) >= 1e9 || (Math.abs(value) < 1e-4 && value !== 0)) return value.toExponential().replace('e+', 'e');
  return String(Math.round(value * 1e9) / 1e9);
}
