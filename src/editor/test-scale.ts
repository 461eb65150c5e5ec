/**
 * Browser tests shrink training (fewer epochs, less data) so SwiftShader
 * finishes in seconds: they set `localStorage['lml.testScale']` before the
 * page loads. Users never set it, so for them the scale is always 1.
 */
import { safeLocalStorage } from '../store/storage';

export const TEST_SCALE_KEY = 'lml.testScale';

/** A number in (0, 1]; anything else (absent, garbage) means 1. */
export function parseTestScale(raw: string | null): number {
  if (raw === null) return 1;
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : 1;
}

export function readTestScale(): number {
  return parseTestScale(safeLocalStorage.getItem(TEST_SCALE_KEY));
}
