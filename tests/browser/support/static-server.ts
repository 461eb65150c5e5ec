/**
 * Serves the production build with a plain static file server (sirv, not
 * Vite) under a sub-path, as an instructor's static host would. The folder
 * can be switched while the server runs (a deploy of a new build).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';

/**
 * The build the browser tests serve: dist/ (what `npm test` builds), or the
 * folder named in LML_TEST_DIST (relative to the project root), so an
 * engineer can test a private build (dist-<name>/) while others use dist/.
 */
export const DIST_DIR = resolve(import.meta.dirname, '../../..', process.env['LML_TEST_DIST'] ?? 'dist');
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

export async function serveStatic(dir = DIST_DIR, subPath = SUB_PATH): Promise<StaticServer> {
  return serveSwitchable(dir, subPath);
}
