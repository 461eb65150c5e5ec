/**
 * Run-scoped event listeners and handler properties on the worker's global
 * scope (`self.addEventListener('error', …)`, `self.onunhandledrejection =
 * …`): a run's listeners are removed when it ends, like its timers, so no
 * later run meets a handler an earlier one left behind.
 */

interface ListenerScope {
  addEventListener(type: string, listener: unknown, options?: unknown): void;
  removeEventListener(type: string, listener: unknown, options?: unknown): void;
}

export interface RunListeners {
  track(): void;
  /** Removes what the run added and resets `on…` handlers it set; returns how many. */
  removeAll(): number;
}

/** The `on…` handler properties the scope's prototype chain defines (onmessage, onerror, …). */
function handlerNames(target: object): string[] {
  const names = new Set<string>();
  for (let o = Object.getPrototypeOf(target) as object | null; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    for (const key of Object.getOwnPropertyNames(o)) {
      if (key.startsWith('on') && typeof Object.getOwnPropertyDescriptor(o, key)?.set === 'function') names.add(key);
    }
  }
  return [...names];
}

export function installRunListeners(target: object): RunListeners | null {
  const scope = target as Partial<ListenerScope>;
  if (typeof scope.addEventListener !== 'function' || typeof scope.removeEventListener !== 'function') return null;
  const add = scope.addEventListener.bind(target);
  const remove = scope.removeEventListener.bind(target);
  const added: [string, unknown, unknown][] = [];
  const handlers = handlerNames(target);
  const record = target as Record<string, unknown>;
  let before = new Map<string, unknown>();
  let tracking = false;
  scope.addEventListener = (type, listener, options) => {
    if (tracking) added.push([type, listener, options]);
    add(type, listener, options);
  };
  return {
    track() {
      added.length = 0;
      before = new Map(handlers.map((name) => [name, record[name]]));
      tracking = true;
    },
    removeAll() {
      tracking = false;
      let count = added.length;
      for (const [type, listener, options] of added) remove(type, listener, options);
      added.length = 0;
      for (const [name, value] of before) {
        if (record[name] !== value) {
          record[name] = value;
          count++;
        }
      }
      return count;
    },
  };
}
