/**
 * `lab.url`, `lab.fetchJSON`, `lab.fetchText`: files the site ships in
 * public/ (data sets, pretrained weights), addressed relative to the app's
 * base, so they are cached for offline use. Absolute URLs and paths that
 * climb out of the site are refused: no request leaves the site's origin.
 */

export function shippedUrl(baseUrl: string, path: string): string {
  if (typeof path !== 'string' || path.trim() === '') throw new TypeError('lab.url needs a path like "data/credit.json"');
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new RangeError(`lab.url: "${path}" is an address on the web; only files this site ships can be loaded (e.g. "data/credit.json")`);
  }
  const base = new URL(baseUrl);
  const url = new URL(path.replace(/^\/+/, ''), base);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
    throw new RangeError(`lab.url: "${path}" points outside this site`);
  }
  return url.href;
}

async function fetchShipped(baseUrl: string, path: string): Promise<Response> {
  const url = shippedUrl(baseUrl, path);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`Could not load "${path}": ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (!response.ok) throw new Error(`Could not load "${path}": the site answered ${response.status}${response.status === 404 ? ' (no such file)' : ''}`);
  return response;
}

export async function fetchShippedText(baseUrl: string, path: string): Promise<string> {
  return (await fetchShipped(baseUrl, path)).text();
}

export async function fetchShippedJson(baseUrl: string, path: string): Promise<unknown> {
  const text = await fetchShippedText(baseUrl, path);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`"${path}" is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** The bytes of a download: text as UTF-8, buffers copied (the caller may reuse theirs). */
export function downloadBytes(data: string | ArrayBuffer | ArrayBufferView): ArrayBuffer {
  if (typeof data === 'string') return new TextEncoder().encode(data).buffer;
  if (data instanceof ArrayBuffer) return data.slice(0);
  if (ArrayBuffer.isView(data)) return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  throw new TypeError('lab.download: data must be a string, an ArrayBuffer or a typed array');
}
