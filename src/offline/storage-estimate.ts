/** `navigator.storage.estimate()` as a Result, and byte counts for people. */
import { err, ok, type Result } from '../result';

export interface StorageEstimateBytes {
  readonly usage: number;
  readonly quota: number;
}

export async function estimateStorage(): Promise<Result<StorageEstimateBytes, string>> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.estimate) return err('unsupported');
  try {
    const { usage, quota } = await storage.estimate();
    if (usage === undefined || quota === undefined) return err('unsupported');
    return ok({ usage, quota });
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** Decimal units (1 MB = 1,000,000 bytes), as browsers and file managers show them; one decimal from KB up. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${Math.round(value)} ${UNITS[0]}` : `${value.toFixed(1)} ${UNITS[unit] ?? 'TB'}`;
}
