/**
 * The type a run's download is served with. A file the code offers with
 * `lab.download` becomes a blob: URL of the app's own origin; if its type
 * were `text/html` or `image/svg+xml`, opening the link in a tab would run
 * the file's script with the app's storage at hand. So only inert types are
 * kept (the browser shows or saves them, never runs them); anything else is
 * served as `application/octet-stream`, which a browser only saves. The
 * file keeps its name (the link's `download` attribute).
 */
const INERT_TYPES = new Set([
  'application/octet-stream',
  'text/plain',
  'text/csv',
  'application/json',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
]);

export function safeDownloadType(mimeType: string): string {
  const base = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  return INERT_TYPES.has(base) ? base : 'application/octet-stream';
}
