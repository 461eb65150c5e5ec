/**
 * Edits typed but not yet saved (the editor saves after a short pause): an
 * export or an import saves them first, so neither misses the latest keystrokes.
 */
interface Flushable {
  flush(): void;
}

const live = new Set<Flushable>();

/** Registers a debounced save; returns the function that unregisters it. */
export function registerPendingSave(save: Flushable): () => void {
  live.add(save);
  return () => {
    live.delete(save);
  };
}

/** Saves every edit still waiting for its pause. */
export function flushPendingSaves(): void {
  for (const save of live) save.flush();
}
