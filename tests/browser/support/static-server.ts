/**
 * Serves the production build with a plain static file server (sirv, not
 * Vite) under a sub-path, as an instructor's static host would. The folder
 * can be switched while the server runs (a deploy of a new build).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { TEST_DIST } from './build';

/** The sub-path the browser tests host the app under. */
export const SUB_PATH = '/courses/lab/';

export interface StaticServer {
  /** The app's URL, ending with the sub-path, e.g. http://127.0.0.1:4321/courses/lab/ */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

export interface SwitchableServer extends StaticServer {
  /** Serve another folder from now on (like deploying a new build over the old one). */
  serve(dir: string): void;
  /** Paths requested since the server started, with their status codes. */
  readonly log: { path: string; status: number }[];
}

/** A static server under `subPath` whose folder can be switched. */
export async function serveSwitchable(dir: string, subPath: string): Promise<SwitchableServer> {
  // `dev: true` makes sirv read the folder on each request (no start-up file list).
  let files = sirv(dir, { dev: true, etag: true });
  const log: { path: string; status: number }[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    res.on('finish', () => log.push({ path: url, status: res.statusCode }));
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
    log,
    serve: (next) => {
      files = sirv(next, { dev: true, etag: true });
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export async function serveStatic(dir = TEST_DIST, subPath = SUB_PATH): Promise<StaticServer> {
  return serveSwitchable(dir, subPath);
}

/** True when `url` is on `origin`, or a data:/blob: URL (which never leave the browser). */
export function isOwnOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
