/**
 * The only module that touches `localStorage`. Every persisted store goes
 * through `safeLocalStorage`, which never throws: a full quota or a browser that
 * blocks storage is reported through `storageProblems` (so the UI can say so
 * and offer an export) instead of crashing the app or losing the in-memory state.
 */
import { create } from 'zustand';

export type StorageProblem = 'quota' | 'unavailable';

interface StorageProblemState {
  readonly problem: StorageProblem | null;
  readonly key: string | null;
  readonly clear: () => void;
}

export const useStorageProblem = create<StorageProblemState>()((set) => ({
  problem: null,
  key: null,
  clear: () => set({ problem: null, key: null }),
}));

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * The browser's storage, or undefined where there is none (Node in unit
 * tests), whatever the DOM types say. Reading it can also throw (storage
 * disabled): callers catch.
 */
const browserStorage = (): Storage | undefined => (globalThis as { localStorage?: Storage }).localStorage;

function report(problem: StorageProblem, key: string): void {
  useStorageProblem.setState({ problem, key });
}

/**
 * The newest value of each key that could not be written (full quota,
 * blocked storage): kept in memory so that an export still has the user's
 * latest work, not only the last copy that made it to disk.
 */
const unsaved = new Map<string, string>();

type WriteListener = (key: string) => void;
const writeListeners = new Set<WriteListener>();

/** Calls `listener(key)` after every successful write; returns an unsubscribe function. */
export function onStorageWrite(listener: WriteListener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

/** Every stored key starting with `prefix`, with unsaved newer values laid over them. */
export function storedEntries(prefix: string): Record<string, string> {
  const entries: Record<string, string> = {};
  try {
    const storage = browserStorage();
    for (let i = 0; storage && i < storage.length; i += 1) {
      const key = storage.key(i);
      const value = key === null ? null : storage.getItem(key);
      if (key !== null && value !== null && key.startsWith(prefix)) entries[key] = value;
    }
  } catch {
    // Blocked storage: only the unsaved values below are known.
  }
  for (const [key, value] of unsaved) if (key.startsWith(prefix)) entries[key] = value;
  return entries;
}

/** Why a raw write failed. */
export type WriteFailure = 'quota' | 'unavailable';

function failureOf(error: unknown): WriteFailure {
  return isQuotaError(error) ? 'quota' : 'unavailable';
}

/**
 * Writes several keys as one step for an import: all of them, or (after a
 * failure) none, the keys written so far put back as they were. It neither
 * remembers a refused value for the export nor reports a problem: a refused
 * import is the import's message, not a storage problem of the user's work.
 * `null` removes a key.
 */
export function writeAllOrNothing(entries: readonly (readonly [string, string | null])[]): { ok: true } | { ok: false; failure: WriteFailure; key: string } {
  const storage = browserStorage();
  if (!storage) return { ok: false, failure: 'unavailable', key: entries[0]?.[0] ?? '' };
  const before: [string, string | null][] = [];
  for (const [key, value] of entries) {
    try {
      before.push([key, storage.getItem(key)]);
      if (value === null) storage.removeItem(key);
      else storage.setItem(key, value);
    } catch (error) {
      // Put back what was already written, last write first: each step returns to a state that
      // already fit, so the old values fit again.
      for (const [oldKey, oldValue] of before.reverse()) {
        try {
          if (oldValue === null) storage.removeItem(oldKey);
          else storage.setItem(oldKey, oldValue);
        } catch {
          // Nothing more can be done; the caller's message says the import failed.
        }
      }
      return { ok: false, failure: failureOf(error), key };
    }
  }
  for (const [key, value] of entries) {
    if (value !== null) unsaved.delete(key);
    for (const listener of writeListeners) listener(key);
  }
  return { ok: true };
}

type ExternalListener = (key: string | null) => void;
const externalListeners = new Set<ExternalListener>();
let listening = false;

/**
 * Calls `listener(key)` when another tab of this site changes `key` in
 * localStorage (`null`: it cleared everything); returns an unsubscribe function.
 */
export function onExternalChange(listener: ExternalListener): () => void {
  externalListeners.add(listener);
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    window.addEventListener('storage', (event) => {
      if (event.storageArea !== null && event.storageArea !== globalThis.localStorage) return;
      for (const each of externalListeners) each(event.key);
    });
  }
  return () => externalListeners.delete(listener);
}

/** A `Storage`-like object that swallows and reports failures. */
export const safeLocalStorage = {
  getItem(key: string): string | null {
    try {
      return browserStorage()?.getItem(key) ?? null;
    } catch {
      report('unavailable', key);
      return null;
    }
  },
  /**
   * Writes `value`; true when it was stored. `quiet`: a write the app makes
   * by itself (a migration, a default), which is not a save of the user's work.
   */
  setItem(key: string, value: string, options: { quiet?: boolean } = {}): boolean {
    try {
      browserStorage()?.setItem(key, value);
      unsaved.delete(key);
      if (useStorageProblem.getState().key === key) useStorageProblem.getState().clear();
    } catch (error) {
      unsaved.set(key, value);
      report(failureOf(error), key);
      return false;
    }
    if (!options.quiet) for (const listener of writeListeners) listener(key);
    return true;
  },
  removeItem(key: string): void {
    unsaved.delete(key);
    try {
      browserStorage()?.removeItem(key);
    } catch {
      report('unavailable', key);
    }
  },
};
