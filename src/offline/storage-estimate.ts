/** `navigator.storage.estimate()` as a Result, and byte counts for people. */
import { err, ok, type Result } from '../result';

export interface StorageEstimateBytes {
  readonly usage: number;
  readonly quota: number;
}

export async function estimateStorage(): Promise<Result<StorageEstimateBytes>> {
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

