/** How long a code exercise's check may run before it is stopped (the build's proof uses the same limit). */
export const CHECK_TIME_LIMIT_MS = 30_000;

/**
 * Browser tests set `localStorage['lml.testCheckLimitMs']` (100 ms to the
 * limit) to meet the time limit in seconds instead of half a minute; users
 * never set it.
 */
export const TEST_CHECK_LIMIT_KEY = 'lml.testCheckLimitMs';

export function parseCheckLimit(raw: string | null): number {
  const value = raw === null ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 100 && value <= CHECK_TIME_LIMIT_MS ? value : CHECK_TIME_LIMIT_MS;
}
