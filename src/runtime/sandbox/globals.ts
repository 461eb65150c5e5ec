/**
 * What one run changed that the next would see. Student code runs in the
 * worker's global scope, which lives as long as the worker (so that tfjs and
 * its backend start once). A run that sets a global (`x = 1` in sloppy code),
 * replaces one (`globalThis.setTimeout = …`) or deletes one must not break
 * the runs after it (measured: one hijacked global broke the next two runs).
 *
 * Before each run, `snapshot` records the scope's own properties (their
 * descriptors) and, by identity, the members of the built-ins every run
 * relies on (Array.prototype, Promise, JSON, …). After the run,
 * `restore` puts the scope's own properties back; a change that cannot be
 * undone (a built-in's member, a property that refuses to be redefined)
 * is reported, and the worker asks to be replaced (see channel.ts `retire`).
 */

type Descriptors = Map<PropertyKey, PropertyDescriptor>;

function descriptorsOf(o: object): Descriptors {
  const map: Descriptors = new Map();
  for (const key of Reflect.ownKeys(o)) {
    const d = Reflect.getOwnPropertyDescriptor(o, key);
    if (d) map.set(key, d);
  }
  return map;
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return (
    Object.is(a.value, b.value) &&
    a.get === b.get &&
    a.set === b.set &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  );
}

/** The built-in objects whose members are compared (not restored) after a run. */
export function builtinsOf(scope: typeof globalThis): Map<string, object> {
  const typedArray = Object.getPrototypeOf(Uint8Array.prototype) as object;
  const found = new Map<string, object>([
    ['Object', scope.Object],
    ['Object.prototype', scope.Object.prototype],
    ['Function.prototype', scope.Function.prototype],
    ['Array', scope.Array],
    ['Array.prototype', scope.Array.prototype],
    ['String.prototype', scope.String.prototype],
    ['Number.prototype', scope.Number.prototype],
    ['Boolean.prototype', scope.Boolean.prototype],
    ['Symbol.prototype', scope.Symbol.prototype],
    ['Promise', scope.Promise],
    ['Promise.prototype', scope.Promise.prototype],
    ['Map.prototype', scope.Map.prototype],
    ['Set.prototype', scope.Set.prototype],
    ['WeakMap.prototype', scope.WeakMap.prototype],
    ['Error.prototype', scope.Error.prototype],
    ['RegExp.prototype', scope.RegExp.prototype],
    ['Date.prototype', scope.Date.prototype],
    ['ArrayBuffer.prototype', scope.ArrayBuffer.prototype],
    ['TypedArray.prototype', typedArray],
    ['Float32Array.prototype', scope.Float32Array.prototype],
    ['Int32Array.prototype', scope.Int32Array.prototype],
    ['Uint8Array.prototype', scope.Uint8Array.prototype],
    ['JSON', scope.JSON],
    ['Math', scope.Math],
    ['Reflect', scope.Reflect],
  ]);
  // The global's own prototype chain (WorkerGlobalScope.prototype, EventTarget.prototype, …).
  let depth = 0;
  for (let o = Object.getPrototypeOf(scope) as object | null; o !== null && o !== scope.Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    found.set(`global prototype ${++depth}`, o);
  }
  return found;
}

export interface GlobalsSnapshot {
  /**
   * Puts the scope's own properties back as they were; returns what could
   * not be undone (empty when the scope is as the snapshot found it).
   */
  restore(): string[];
}

export function snapshotGlobals(scope: typeof globalThis, extra: ReadonlyMap<string, object> = new Map()): GlobalsSnapshot {
  const own = descriptorsOf(scope);
  const watched = [...builtinsOf(scope), ...extra].map(([name, o]) => [name, o, descriptorsOf(o)] as const);
  return {
    restore() {
      const lasting: string[] = [];
      for (const key of Reflect.ownKeys(scope)) {
        if (own.has(key)) continue;
        // Added by the run: remove it.
        if (!Reflect.deleteProperty(scope, key)) lasting.push(`the global ${String(key)}`);
      }
      for (const [key, before] of own) {
        const now = Reflect.getOwnPropertyDescriptor(scope, key);
        if (now && sameDescriptor(now, before)) continue;
        if (!Reflect.defineProperty(scope, key, before)) lasting.push(`the global ${String(key)}`);
      }
      for (const [name, o, before] of watched) {
        const after = descriptorsOf(o);
        const changed = after.size !== before.size || [...after].some(([key, d]) => !before.has(key) || !sameDescriptor(d, before.get(key) as PropertyDescriptor));
        if (changed) lasting.push(name);
      }
      return lasting;
    },
  };
}
