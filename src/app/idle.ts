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

/**
 * `whenIdle`, no sooner than `delayMs` from now: for extras that fetch their
 * own files (the course index's progress). Fetched at the first idle moment,
 * while the page is still painting its text, they counted as the text's own
 * work in Lighthouse's simulated slow load: the index's mobile LCP went from
 * 2.1 to 2.7 s.
 */
export function whenIdleAfter(delayMs: number, work: () => void): () => void {
  let cancel = () => {};
  const handle = setTimeout(() => (cancel = whenIdle(work)), delayMs);
  return () => {
    clearTimeout(handle);
    cancel();
  };
}
