/**
 * The worker's lock-down and its pieces, on stand-in scopes shaped like a
 * worker's (members on prototypes, as WebIDL puts them). The real worker is
 * checked in tests/browser/sandbox.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { guardedFetch, isShippedFile, LAB_MODEL_DATABASE, lockDown, modelsOnlyIndexedDb, removeMember } from '../../../src/runtime/sandbox/lockdown';
import { installRunListeners } from '../../../src/runtime/sandbox/listeners';
import { CLOSE_REFUSED, explainSandbox, POST_MESSAGE_REFUSED, REMOVED_GLOBALS } from '../../../src/runtime/sandbox/reach';
import { installRunTimers } from '../../../src/runtime/sandbox/timers';

const BASE = 'https://example.org/courses/lab/';

/** A scope whose members live on a prototype chain, like WorkerGlobalScope's. */
function fakeWorkerScope() {
  const opened: string[] = [];
  const fetched: string[] = [];
  const globalProto: Record<string, unknown> = {
    fetch: (input: string) => {
      fetched.push(input);
      return Promise.resolve('response');
    },
    postMessage: () => 'posted',
    close: () => 'closed',
  };
  for (const name of REMOVED_GLOBALS) globalProto[name] = () => name;
  Object.defineProperty(globalProto, 'indexedDB', {
    get: () => ({ open: (name: string) => opened.push(name), deleteDatabase: (name: string) => opened.push(`-${name}`), cmp: () => 0 }),
    configurable: true,
  });
  const navigatorProto = { serviceWorker: {}, storage: {}, locks: {}, gpu: 'gpu' };
  const scope = Object.create(globalProto) as Record<string, unknown>;
  scope['navigator'] = Object.create(navigatorProto);
  return { scope, opened, fetched };
}

describe('lockDown', () => {
  it('removes what student code must not reach, on the whole prototype chain', () => {
    const { scope } = fakeWorkerScope();
    expect(lockDown(scope as unknown as typeof globalThis, () => BASE)).toEqual({ kept: [] });
    for (const name of REMOVED_GLOBALS) expect(name in scope).toBe(false);
    const navigator = scope['navigator'] as Record<string, unknown>;
    expect(['serviceWorker' in navigator, 'storage' in navigator, 'locks' in navigator]).toEqual([false, false, false]);
    // WebGPU stays: the runtime needs it.
    expect(navigator['gpu']).toBe('gpu');
  });

  it('postMessage and close throw a message that says what to use instead', () => {
    const { scope } = fakeWorkerScope();
    lockDown(scope as unknown as typeof globalThis, () => BASE);
    expect(() => (scope['postMessage'] as () => void)()).toThrow(POST_MESSAGE_REFUSED);
    expect(() => (scope['close'] as () => void)()).toThrow(CLOSE_REFUSED);
    // No copy of the original is left on a prototype.
    expect(() => (Object.getPrototypeOf(scope) as Record<string, () => void>)['postMessage']?.()).toThrow(POST_MESSAGE_REFUSED);
  });

  it('fetch loads the site’s own files only', async () => {
    const { scope, fetched } = fakeWorkerScope();
    lockDown(scope as unknown as typeof globalThis, () => BASE);
    const fetch = scope['fetch'] as typeof globalThis.fetch;
    await expect(fetch(`${BASE}data/credit.json`)).resolves.toBe('response');
    await expect(fetch('https://evil.example/steal')).rejects.toThrow('fetch: https://evil.example/steal is outside this site');
    await expect(fetch('https://example.org/other-app/')).rejects.toThrow('is outside this site');
    await expect(fetch('data:text/plain,hi')).rejects.toThrow('is outside this site');
    expect(fetched).toEqual([`${BASE}data/credit.json`]);
  });

  it('indexedDB opens tfjs’s model store only, under its own name', () => {
    const { scope, opened } = fakeWorkerScope();
    lockDown(scope as unknown as typeof globalThis, () => BASE);
    const idb = scope['indexedDB'] as IDBFactory;
    idb.open('tensorflowjs', 1);
    idb.deleteDatabase('tensorflowjs');
    expect(() => idb.open('lml-app')).toThrow('indexedDB: "lml-app" is not available');
    expect(opened).toEqual([LAB_MODEL_DATABASE, `-${LAB_MODEL_DATABASE}`]);
  });
});

describe('the pieces', () => {
  it('isShippedFile: same origin and under the base path', () => {
    expect(isShippedFile(new URL(`${BASE}models/a.json`), BASE)).toBe(true);
    expect(isShippedFile(new URL('https://example.org/courses/labX/a'), BASE)).toBe(false);
    expect(isShippedFile(new URL('http://example.org/courses/lab/a'), BASE)).toBe(false);
  });

  it('guardedFetch resolves relative addresses against the base', async () => {
    const seen: string[] = [];
    const fetch = guardedFetch(((input: RequestInfo | URL) => {
      seen.push(input instanceof Request ? input.url : input.toString());
      return Promise.resolve(new Response('ok'));
    }), () => BASE);
    await fetch('data/x.json');
    await expect(fetch('../../secret')).rejects.toThrow('https://example.org/secret is outside this site');
    expect(seen).toEqual(['data/x.json']);
  });

  it('modelsOnlyIndexedDb lists nothing', async () => {
    const idb = modelsOnlyIndexedDb({ open: () => null, deleteDatabase: () => null, cmp: () => 0, databases: () => Promise.resolve([{ name: 'lml-app' }]) } as unknown as IDBFactory);
    await expect(idb.databases()).resolves.toEqual([]);
  });

  it('removeMember reports a name it could not remove', () => {
    const stuck = Object.defineProperty({}, 'caches', { value: 1, configurable: false });
    expect(removeMember(stuck, 'caches')).toBe(false);
    expect(removeMember({ caches: 1 }, 'caches')).toBe(true);
  });

  it('explains errors the sandbox causes, and leaves others alone', () => {
    expect(explainSandbox('caches is not defined')).toMatch(/^caches is not defined: code in the lab runs in a sandbox/);
    expect(explainSandbox('ReferenceError: WebSocket is not defined')).toMatch(/^ReferenceError: WebSocket is not defined: code in the lab runs in a sandbox .* lab\.fetchJSON/);
    expect(explainSandbox("Cannot read properties of undefined (reading 'serviceWorker')")).toContain('sandbox');
    expect(explainSandbox('Failed to fetch dynamically imported module: http://x/m.js')).toContain('import() cannot load code from other sites');
    expect(explainSandbox('foo is not defined')).toBe('foo is not defined');
  });
});

describe('run-scoped timers and listeners', () => {
  it('cancels what a run started and left pending, nothing else', async () => {
    const scope = { setTimeout, clearTimeout, setInterval, clearInterval };
    const timers = installRunTimers(scope);
    let before = 0;
    scope.setTimeout(() => (before += 1), 5);
    timers.track();
    let ticks = 0;
    scope.setInterval(() => (ticks += 1), 1);
    scope.setTimeout(() => (ticks += 100), 30);
    // Fired before the end: not counted.
    scope.setTimeout(() => undefined, 0);
    await new Promise((r) => setTimeout(r, 10));
    expect(timers.cancelAll()).toEqual({ timeouts: 1, intervals: 1, frames: 0 });
    const at = ticks;
    await new Promise((r) => setTimeout(r, 40));
    expect(ticks).toBe(at);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(100);
    // A timer started outside the run was not touched.
    expect(before).toBe(1);
  });

  it('removes the listeners a run added', () => {
    const target = new EventTarget();
    const listeners = installRunListeners(target);
    if (!listeners) throw new Error('an EventTarget has listeners');
    let heard = 0;
    target.addEventListener('error', () => (heard += 100));
    listeners.track();
    target.addEventListener('error', () => (heard += 1));
    target.dispatchEvent(new Event('error'));
    expect(listeners.removeAll()).toBe(1);
    target.dispatchEvent(new Event('error'));
    // The listener added before the run stays; the run's went.
    expect(heard).toBe(100 + 1 + 100);
  });
});
