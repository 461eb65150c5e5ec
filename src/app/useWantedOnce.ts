/**
 * When a pane's code should load: true from the first time the pane is
 * visible and either the reader asked for it (`immediate`) or the page's
 * text is on screen (`ready`) and the browser is idle. Never false again, so
 * the pane stays mounted (and keeps its state) once it exists.
 */
import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from './idle';

export function useWantedOnce(visible: boolean, immediate: boolean, ready: boolean): boolean {
  const [wanted, setWanted] = useState(false);
  const askedNow = visible && immediate;
  // Remembered during render (React's pattern for state derived from props), so there is no extra frame.
  if (askedNow && !wanted) setWanted(true);
  useEffect(() => {
    if (wanted || !visible || !ready) return;
    // A transition: React renders the pane in small slices, so the page stays responsive meanwhile.
    return whenIdle(() => startTransition(() => setWanted(true)));
  }, [wanted, visible, ready]);
  return wanted || askedNow;
}
