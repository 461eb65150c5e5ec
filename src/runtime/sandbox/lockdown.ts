/**
 * Locks the worker's global scope down before any student code runs (see
 * reach.ts for what goes and why). Runs once, in the worker only, after the
 * runtime has taken what it needs itself (its private port, fetch).
 *
 * Three things are replaced rather than removed:
 *  - `fetch` only loads files under the app's base URL (the data sets and
 *    weights the site ships; tfjs's `loadLayersModel(lab.url(…))` goes
 *    through it). The page's Content-Security-Policy (`connect-src 'self'`,
 *    inherited by this blob-URL worker) refuses other origins as well.
 *  - `indexedDB` opens one database only, tfjs's model store, renamed to a
 *    database of its own (`lml-lab-models`): the deployment lesson saves a
 *    model with `model.save('indexeddb://…')` and loads it back, and no
 *    student code can list, read or create the origin's other databases.
 *  - `postMessage` and `close` throw a message saying what to use instead:
 *    the page listens only on the runtime's private port, and a closed
 *    worker would leave the run "running" with nobody to end it.
 */
import { CLOSE_REFUSED, POST_MESSAGE_REFUSED, REMOVED_GLOBALS, REMOVED_NAVIGATOR } from './reach';

/** The database tfjs's `indexeddb://` handler opens (tfjs-core io/indexed_db.ts). */
export const TFJS_MODEL_DATABASE = 'tensorflowjs';
/** Where it really lives: a name of our own, apart from anything else on the origin. */
export const LAB_MODEL_DATABASE = 'lml-lab-models';

/** Deletes `name` wherever it is defined on `target`'s prototype chain; true if it is gone. */
export function removeMember(target: object, name: string): boolean {
  for (let o: object | null = target; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    if (Object.prototype.hasOwnProperty.call(o, name)) Reflect.deleteProperty(o, name);
  }
  return !(name in target);
}

/** Replaces `name` on `target` and on the prototype that defines it, so no copy of the original stays reachable. */
function replaceMember(target: object, name: string, value: unknown): void {
  for (let o: object | null = target; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    if (Object.prototype.hasOwnProperty.call(o, name)) {
      Object.defineProperty(o, name, { value, writable: true, configurable: true, enumerable: true });
    }
  }
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: true });
}

/** Whether `url` is one of the site's own files: same origin, under the app's base path. */
export function isShippedFile(url: URL, baseUrl: string): boolean {
  const base = new URL(baseUrl);
  return url.origin === base.origin && url.pathname.startsWith(base.pathname);
}

export function guardedFetch(realFetch: typeof fetch, baseUrl: () => string): typeof fetch {
  return (input, init) => {
    const base = baseUrl();
    const address = typeof input === 'string' || input instanceof URL ? input.toString() : input.url;
    let url: URL;
    try {
      url = new URL(address, base);
    } catch {
      return Promise.reject(new TypeError(`fetch: "${address}" is not an address`));
    }
    if (!isShippedFile(url, base)) {
      return Promise.reject(
        new TypeError(
          `fetch: ${url.href} is outside this site. Code in the lab can load only the files this site ships, e.g. lab.fetchJSON("data/credit.json").`,
        ),
      );
    }
    return realFetch(input, init);
  };
}

/** An IDBFactory that opens tfjs's model database only, under its own name. */
export function modelsOnlyIndexedDb(real: IDBFactory): Pick<IDBFactory, 'open' | 'deleteDatabase' | 'cmp' | 'databases'> {
  const refuse = (name: string): never => {
    throw new DOMException(
      `indexedDB: "${name}" is not available. Code in the lab can keep models only, with model.save('indexeddb://name') and tf.loadLayersModel('indexeddb://name').`,
      'SecurityError',
    );
  };
  const mapped = (name: string): string => (name === TFJS_MODEL_DATABASE ? LAB_MODEL_DATABASE : refuse(name));
  return Object.freeze({
    open: (name: string, version?: number) => real.open(mapped(name), version),
    deleteDatabase: (name: string) => real.deleteDatabase(mapped(name)),
    cmp: (a: unknown, b: unknown) => real.cmp(a, b),
    databases: () => Promise.resolve([]),
  });
}

export interface LockDownReport {
  /** Names that could not be removed (none in Chromium; a test asserts it). */
  readonly kept: string[];
}

/**
 * Locks `scope` down. `baseUrl` is read at each fetch: it is the app's base
 * the current run was sent with.
 */
export function lockDown(scope: typeof globalThis, baseUrl: () => string): LockDownReport {
  const kept: string[] = [];
  const realFetch = scope.fetch.bind(scope);
  replaceMember(scope, 'fetch', guardedFetch(realFetch, baseUrl));
  const realIndexedDb = (scope as { indexedDB?: IDBFactory }).indexedDB;
  if (realIndexedDb) replaceMember(scope, 'indexedDB', modelsOnlyIndexedDb(realIndexedDb));
  replaceMember(scope, 'postMessage', () => {
    throw new TypeError(POST_MESSAGE_REFUSED);
  });
  replaceMember(scope, 'close', () => {
    throw new TypeError(CLOSE_REFUSED);
  });
  for (const name of REMOVED_GLOBALS) {
    if (!removeMember(scope, name)) kept.push(name);
  }
  const navigator = (scope as { navigator?: object }).navigator;
  if (navigator) {
    for (const name of REMOVED_NAVIGATOR) {
      if (!removeMember(navigator, name)) kept.push(`navigator.${name}`);
    }
  }
  return { kept };
}
