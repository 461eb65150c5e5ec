/**
 * The one place that turns bytes into a file the browser saves: a Blob, a
 * temporary `<a download>`, and the URL released shortly after. Worksheet
 * exports, the whole-work backup and the kept-aside copies all come here.
 */
import { objectUrl, releaseObjectUrl } from './object-url';

/**
 * How long the URL outlives the click. Chromium and Firefox read the blob
 * when the click is handled, but a slow disk or a save dialog can delay
 * that; ten seconds costs nothing (the bytes are already in memory).
 */
const RELEASE_AFTER_MS = 10_000;

export function downloadBlob(filename: string, blob: Blob): void {
  const url = objectUrl(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => releaseObjectUrl(url), RELEASE_AFTER_MS);
}

export function downloadText(filename: string, text: string, mime: string): void {
  downloadBlob(filename, new Blob([text], { type: mime }));
}
