/**
 * Scrolls to the heading named in the URL, and keeps it there while what is
 * above it settles. Blocks of the text are laid out lazily
 * (`content-visibility: auto` with estimated heights) and diagrams are drawn
 * as they come near, so after the first scroll the real heights replace the
 * estimates. The browser's scroll anchoring holds whatever element is at the
 * top of the window, not the heading (measured: the notation page's last
 * heading, jumped to at 1280 × 700, ended 650 px below the window). So until
 * the reader scrolls, types or clicks, or a few seconds have passed, the
 * heading is brought back each time the text changes height. Without a
 * heading, the pane starts at the top. `keepPlace` is true when the new text
 * is the same page in another language, which keeps the reader's place
 * instead (LessonArticle restores it).
 */
import { useEffect, type RefObject } from 'react';

/** How long a deep link holds its heading in place if the reader does nothing. */
const HOLD_MS = 8000;
const READER_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export function useScrollToHeading(ref: RefObject<HTMLElement | null>, html: string, heading: string | null, keepPlace?: RefObject<boolean>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root || keepPlace?.current === true) return;
    const target = heading ? document.getElementById(heading) : null;
    if (!target) {
      root.closest('.pane')?.scrollTo({ top: 0 });
      return;
    }
    const bring = () => target.scrollIntoView({ block: 'start' });
    bring();
    return holdWhileSettling(root, bring);
  }, [ref, html, heading, keepPlace]);
}

/**
 * Calls `bring` each time `root` changes size, until the reader scrolls,
 * types or clicks, or a few seconds have passed; returns the stop.
 */
export function holdWhileSettling(root: Element, bring: () => void): () => void {
  const observer = new ResizeObserver(bring);
  observer.observe(root);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of READER_EVENTS) window.removeEventListener(type, stop, true);
  };
  const timer = setTimeout(stop, HOLD_MS);
  for (const type of READER_EVENTS) window.addEventListener(type, stop, { capture: true, passive: true });
  return stop;
}
