/**
 * Numbers the app reads out to a person: what `print` shows, a chart's data
 * table, a metric, a slider's value, a heat-map cell. ONE policy for all of
 * them, so the loss a student prints and the loss the chart shows read the
 * same (before, printing used 4 significant digits and charts 6, so 0.693147
 * printed as 0.6931 beside a chart saying 0.693147).
 *
 * The rule: 4 significant digits without trailing zeros; whole numbers below
 * 10^9 exactly; exponent form (4 significant digits) below 10^-4 or from 10^9 up.
 *   formatSignificant(Math.PI)     = "3.142"
 *   formatSignificant(123456.789)  = "123500"   (4 digits: 1.235 × 10^5)
 *   formatSignificant(0.00001234)  = "1.234e-5"
 *   formatSignificant(4e9 + 0.5)   = "4e+9"
 * Why 4: a printed 8×8 matrix must fit a narrow output pane, and a fifth digit
 * of a loss is noise at the batch sizes the lessons use.
 */

export function formatSignificant(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e9) return String(x);
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return x.toExponential(3).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(4)));
}

/** A chart or table value that may be missing: the same rule, and "–" for a gap. */
export function formatSignificantOrGap(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatSignificant(value);
}
