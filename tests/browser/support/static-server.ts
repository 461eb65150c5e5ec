/**
 * Serves the production build with a plain static file server (sirv, not
 * Vite) under a sub-path, as an instructor's static host would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';

export const DIST_DIR = resolve(import.meta.dirname, '../../../dist');
/** The sub-path the browser tests host the app under. */
export const SUB_PATH = '/courses/lab/';

export interface StaticServer {
  /** The app's URL, ending with the sub-path, e.g. http://127.0.0.1:4321/courses/lab/ */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveStatic(dir = DIST_DIR, subPath = SUB_PATH): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: true });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(subPath)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    req.url = '/' + url.slice(subPath.length);
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + subPath,
    origin,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
