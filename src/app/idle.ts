/**
 * Runs `work` when the browser is idle (or after `timeoutMs` at the latest),
 * so that work nobody waits for never competes with the text's first frames.
 * Returns a cancel function.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, Math.min(timeoutMs, 200));
  return () => clearTimeout(handle);
}
