/**
 * Waiting for an element to be on screen, for the rest of a page whose
 * heading has just rendered. Off the first load: only lazy pages use it.
 */
import { whenIdle } from './idle';

/**
 * `whenIdle`, once the frame now being drawn is on screen (a frame callback,
 * then a task after it).
 */
function whenIdleAfterFrame(work: () => void): () => void {
  let cancel = () => {};
  const frame = requestAnimationFrame(() => {
    const handle = setTimeout(() => (cancel = whenIdle(work, 500)));
    cancel = () => clearTimeout(handle);
  });
  cancel = () => cancelAnimationFrame(frame);
  return () => cancel();
}

/**
 * Runs `work` once the element carrying `elementtiming={name}` has been
 * painted and presented (the Element Timing API, Chromium), or after
 * `latestMs` if that entry never comes; elsewhere once the current frame is
 * drawn. For the rest of a page whose heading has just rendered: asked for
 * before that heading was presented, its downloads counted as the heading's
 * own work in Lighthouse's simulated slow load (the speed lab's mobile LCP:
 * 2.8–3.0 s, 2.1 s once they wait for this).
 */
export function whenPresented(name: string, work: () => void, latestMs = 1000): () => void {
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes.includes('element')) return whenIdleAfterFrame(work);
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    work();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => (entry as PerformanceEntry & { identifier?: string }).identifier === name)) finish();
  });
  observer.observe({ type: 'element', buffered: true });
  const timer = setTimeout(finish, latestMs);
  return () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
}
