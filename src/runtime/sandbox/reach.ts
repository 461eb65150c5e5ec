/**
 * What student code may not reach from the worker, and how a failure to
 * reach it is explained. Pure (no worker globals): the worker's lock-down
 * (lockdown.ts) removes these names, the runner (runner.ts) adds the
 * explanation to the error a student sees when their code tries one.
 */

/** Names removed from the worker's global scope before student code runs. */
export const REMOVED_GLOBALS = [
  // The origin's storage: the app's own offline cache and databases live there.
  'caches',
  // More threads, or scripts, that would start outside this sandbox.
  'Worker',
  'SharedWorker',
  'importScripts',
  // The network beyond the site's own files (CSP connect-src also refuses other origins).
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  // Channels to the app's pages and other tabs.
  'BroadcastChannel',
  'MessageChannel',
  // Timers a run could not cancel (its setTimeout/setInterval are tracked instead).
  'scheduler',
  // The old file-system API, where it still exists.
  'webkitRequestFileSystem',
  'webkitRequestFileSystemSync',
  'webkitResolveLocalFileSystemURL',
  'webkitResolveLocalFileSystemSyncURL',
] as const;

/** Members of `navigator` removed for the same reasons (the service worker, storage, cross-tab locks, devices). */
export const REMOVED_NAVIGATOR = ['serviceWorker', 'storage', 'locks', 'usb', 'hid', 'serial', 'bluetooth'] as const;

const REMOVED = new Set<string>(REMOVED_GLOBALS);

const WHY =
  'code in the lab runs in a sandbox that keeps it away from the app’s storage and from the network; ' +
  'files this site ships load with lab.fetchJSON, lab.fetchText or lab.url';

/** The message a student sees for `self.postMessage` and `self.close`. */
export const POST_MESSAGE_REFUSED = 'postMessage is not available to code in the lab: show results with lab.print, lab.chart, lab.plot or lab.table.';
export const CLOSE_REFUSED = 'close() is not available to code in the lab: a run ends when its code returns; press Stop to end it early.';

/**
 * Adds the reason to an error caused by the sandbox: a removed name
 * ("caches is not defined"), a removed navigator member, or an `import()`
 * the Content-Security-Policy refused. Other messages come back unchanged.
 */
export function explainSandbox(message: string): string {
  const undefinedName = /(?:^|: )(\w+) is not defined$/.exec(message)?.[1];
  if (undefinedName && REMOVED.has(undefinedName)) return `${message}: ${WHY}.`;
  if (/reading '(serviceWorker|storage|locks)'|navigator\.(serviceWorker|storage|locks)/.test(message)) return `${message}: ${WHY}.`;
  if (/Failed to fetch dynamically imported module|Importing a module script failed/.test(message)) {
    return `${message}: import() cannot load code from other sites; ${WHY}.`;
  }
  return message;
}
