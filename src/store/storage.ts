/**
 * The only module that touches `localStorage`. Every persisted store goes
 * through `safeStorage`, which never throws: a full quota or a browser that
 * blocks storage is reported through `storageProblems` (so the UI can say so
 * and offer an export) instead of crashing the app or losing the in-memory state.
 */
import { createJSONStorage, type PersistStorage } from 'zustand/middleware';
import { create } from 'zustand';

export type StorageProblem = 'quota' | 'unavailable';

interface StorageProblemState {
  readonly problem: StorageProblem | null;
  readonly key: string | null;
  clear(): void;
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
    const storage = globalThis.localStorage;
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

/** A `Storage`-like object that swallows and reports failures. */
export const safeLocalStorage = {
  getItem(key: string): string | null {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      report('unavailable', key);
      return null;
    }
  },
  setItem(key: string, value: string): void {
    try {
      globalThis.localStorage?.setItem(key, value);
      unsaved.delete(key);
      if (useStorageProblem.getState().key === key) useStorageProblem.getState().clear();
    } catch (error) {
      unsaved.set(key, value);
      report(isQuotaError(error) ? 'quota' : 'unavailable', key);
      return;
    }
    for (const listener of writeListeners) listener(key);
  },
  removeItem(key: string): void {
    unsaved.delete(key);
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      report('unavailable', key);
    }
  },
};

/** JSON storage for zustand's `persist`, built on `safeLocalStorage`. */
export function safeStorage<T>(): PersistStorage<T> | undefined {
  return createJSONStorage<T>(() => safeLocalStorage);
}
