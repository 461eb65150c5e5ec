/**
 * Sizes for people, one policy for the whole app: decimal units
 * (1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes), as browsers' download lists
 * and file managers show them, so "KB" means the same in the storage menu
 * and under a run's downloads. Whole bytes below 1 KB, one decimal above.
 */
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${Math.round(value)} ${UNITS[0]}` : `${value.toFixed(1)} ${UNITS[unit] ?? 'TB'}`;
}
