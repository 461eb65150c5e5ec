/**
 * Saves the code as the user types, at most every SAVE_DELAY_MS, and at once
 * on `flush` (before a run, on leaving the page). Code equal to the starter
 * code is not stored: the saved edit is removed instead, so "edited" stays
 * honest and a later fix to the starter code reaches this user.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useEditorStore } from '../store/editor';
import { registerPendingSave } from '../store/pending-saves';

export const SAVE_DELAY_MS = 400;

export interface DebouncedSave {
  schedule(code: string): void;
  flush(): void;
  cancel(): void;
  /** True while typed text waits for its save. */
  pending(): boolean;
  /** When the waiting text was last typed (ms), 0 when nothing waits. */
  typedAt(): number;
}


/**
 * Plain (non-React) debouncer bound to one example's storage key.
 * `onWrite(code)` runs just before the store is told, so the pane knows the
 * next stored value is its own.
 */
export function createDebouncedSave(key: string, original: string, delayMs = SAVE_DELAY_MS, onWrite?: (code: string) => void): DebouncedSave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: string | null = null;
  let typed = 0;
  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const code = pending;
    pending = null;
    typed = 0;
    onWrite?.(code);
    const { setCode, resetCode } = useEditorStore.getState();
    if (code === original) resetCode(key);
    else setCode(key, code);
  };
  const save: DebouncedSave = {
    schedule(code) {
      pending = code;
      typed = Date.now();
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(write, delayMs);
    },
    flush: write,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
      typed = 0;
    },
    pending: () => pending !== null,
    typedAt: () => typed,
  };
  return save;
}

export function useDebouncedSave(key: string, original: string, onWrite?: (code: string) => void): DebouncedSave {
  const written = useRef(onWrite);
  written.current = onWrite;
  const save = useMemo(() => createDebouncedSave(key, original, SAVE_DELAY_MS, (code) => written.current?.(code)), [key, original]);

  useEffect(() => registerPendingSave(save), [save]);

  // Closing or reloading the tab must not lose the last keystrokes.
  useEffect(() => {
    const onHide = () => save.flush();
    globalThis.addEventListener('pagehide', onHide);
    return () => globalThis.removeEventListener('pagehide', onHide);
  }, [save]);

  return save;
}
