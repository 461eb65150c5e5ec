/** An in-memory localStorage for Node tests: quota in characters (keys + values), a real QuotaExceededError past it. */
export class FakeStorage {
  readonly map = new Map<string, string>();
  constructor(public quota = Infinity) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    let used = k.length + v.length;
    for (const [key, value] of this.map) if (key !== k) used += key.length + value.length;
    if (used > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

/** Installs `storage` as globalThis.localStorage; returns the function that removes it. */
export function installStorage(storage: FakeStorage): () => void {
  (globalThis as { localStorage?: unknown }).localStorage = storage;
  return () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  };
}
