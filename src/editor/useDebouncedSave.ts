/**
 * Saves the code as the user types, at most every SAVE_DELAY_MS, and at once
 * on `flush` (before a run, on leaving the page). Code equal to the starter
 * code is not stored: the saved edit is removed instead, so "edited" stays
 * honest and a later fix to the starter code reaches this user.
 */
import { useEffect, useMemo } from 'react';
import { useEditorStore } from '../store/editor';

export const SAVE_DELAY_MS = 400;

export interface DebouncedSave {
  schedule(code: string): void;
  flush(): void;
  cancel(): void;
}

/** Plain (non-React) debouncer bound to one example's storage key. */
export function createDebouncedSave(key: string, original: string, delayMs = SAVE_DELAY_MS): DebouncedSave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: string | null = null;
  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const { setCode, resetCode } = useEditorStore.getState();
    if (pending === original) resetCode(key);
    else setCode(key, pending);
    pending = null;
  };
  return {
    schedule(code) {
      pending = code;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(write, delayMs);
    },
    flush: write,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}

export function useDebouncedSave(key: string, original: string): DebouncedSave {
  const save = useMemo(() => createDebouncedSave(key, original), [key, original]);

  // Closing or reloading the tab must not lose the last keystrokes.
  useEffect(() => {
    const onHide = () => save.flush();
    globalThis.addEventListener('pagehide', onHide);
    return () => globalThis.removeEventListener('pagehide', onHide);
  }, [save]);

  return save;
}
