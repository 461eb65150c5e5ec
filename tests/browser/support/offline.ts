/**
 * Helpers for the offline, hosting and deployment tests: waiting for the
 * service worker, a static server whose folder can be swapped (a deploy),
 * and extra production builds into temporary folders.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { DIST_DIR } from './static-server';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The build these tests check: dist/ (what `npm test` builds), or the folder
 * in LML_TEST_DIST, so an engineer can test a private build (dist-<name>/)
 * while others use dist/.
 */
export const TEST_DIST = process.env['LML_TEST_DIST'] ? resolve(PROJECT_ROOT, process.env['LML_TEST_DIST']) : DIST_DIR;

/**
 * Waits until a service worker controls the page. The first visit installs
 * and activates it but (without clients.claim) it controls only the pages
 * loaded after that, so this reloads once when needed.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

export interface SwitchableServer {
  readonly url: string;
  readonly origin: string;
  /** Serve another folder from now on (like deploying a new build over the old one). */
  serve(dir: string): void;
  /** Paths requested since the server started, with their status codes. */
  readonly log: { path: string; status: number }[];
  close(): Promise<void>;
}

/** A plain static server (sirv, not Vite) under `subPath`, whose folder can be switched. */
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

/** Runs a command in the project folder; resolves with its exit code and output. */
export function runCommand(
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** A production build into `outDir` (~20-40 s here); throws with the build's output if it fails. */
export async function buildInto(outDir: string, env: Readonly<Record<string, string>> = {}): Promise<void> {
  const { code, output } = await runCommand('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    ...env,
  });
  if (code !== 0) throw new Error(`vite build --outDir ${outDir} failed:\n${output.slice(-3000)}`);
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
