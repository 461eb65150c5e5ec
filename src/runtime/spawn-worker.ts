/**
 * Starts the code-running worker from a blob: URL whose one line imports
 * the real worker chunk. Why not `new Worker(url)` directly: a worker
 * loaded from a file takes its Content-Security-Policy from that file's
 * response headers, which a static host cannot be relied on to send; a
 * blob: worker inherits the page's policy, the `<meta>` one included
 * (stack-notes 14). So student code in it cannot connect to, or import
 * code from, any other origin (connect-src / script-src 'self').
 *
 * Not an opaque-origin sandboxed frame: a worker there is not a secure
 * context and has no WebGPU (stack-notes 13).
 */
import { objectUrl } from '../platform/object-url';
import workerChunk from './worker.ts?worker&url';

let blobUrl: string | null = null;

/** The blob: URL of the one-line module (made once per page; a few bytes, kept for every respawn). */
function loaderUrl(): string {
  if (blobUrl === null) {
    const chunk = new URL(workerChunk, import.meta.url).href;
    const source = `import ${JSON.stringify(chunk)};\n`;
    blobUrl = objectUrl(new Blob([source], { type: 'text/javascript' }));
  }
  return blobUrl;
}

export function createRuntimeWorker(): Worker {
  return new Worker(loaderUrl(), { type: 'module', name: 'lab-runtime' });
}
