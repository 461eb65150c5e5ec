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
      if (useStorageProblem.getState().key === key) useStorageProblem.getState().clear();
    } catch (error) {
      report(isQuotaError(error) ? 'quota' : 'unavailable', key);
    }
  },
  removeItem(key: string): void {
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
