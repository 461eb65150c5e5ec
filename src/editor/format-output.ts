/** Number formatting for the output view (pure). */

/**
 * A chart or metric value: 6 significant digits, exponent notation when very
 * large or very small; '–' for a gap.
 */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1e5 || (Math.abs(value) < 1e-3 && value !== 0)
    ? value.toExponential(4)
    : String(Number(value.toPrecision(6)));
}
