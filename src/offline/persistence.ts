/**
 * Asks the browser to keep the site's storage (`navigator.storage.persist()`)
 * the first time the user saves work, and tracks whether it is persistent.
 *
 * Why on the first save and not at start-up: some browsers prompt for it, and
 * the question only makes sense once there is something to keep. Settings
 * (theme, panel open) are not "work" and do not trigger it.
 */
import { create } from 'zustand';
import { onStorageWrite } from '../store/storage';

/** Keys that hold preferences rather than the user's work. */
const NOT_WORK = new Set(['lml.settings', 'lml.testScale']);

interface PersistenceState {
  /** null: unknown (not asked yet, or the browser has no Storage API). */
  readonly persisted: boolean | null;
  readonly requested: boolean;
}

export const usePersistence = create<PersistenceState>()(() => ({ persisted: null, requested: false }));

export async function refreshPersisted(): Promise<void> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persisted) return;
  try {
    usePersistence.setState({ persisted: await storage.persisted() });
  } catch {
    // Some browsers reject in private windows; leave it unknown.
  }
}

async function requestPersistence(): Promise<void> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) return;
  try {
    usePersistence.setState({ persisted: await storage.persist() });
  } catch {
    // Denied or unsupported: the storage menu says the data may be cleared and offers an export.
  }
}

let watching = false;

/** Starts watching writes; the first write of a work key asks for persistence once. */
export function watchFirstSave(): void {
  if (watching) return;
  watching = true;
  void refreshPersisted();
  const stop = onStorageWrite((key) => {
    if (NOT_WORK.has(key) || usePersistence.getState().requested) return;
    usePersistence.setState({ requested: true });
    stop();
    void requestPersistence();
  });
}
