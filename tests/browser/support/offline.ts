/**
 * Helpers for the offline, hosting and deployment tests: waiting for the
 * service worker, a static server whose folder can be swapped (a deploy),
 * and extra production builds into temporary folders.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST_DIR } from './static-server';

export { serveSwitchable, type SwitchableServer } from './static-server';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/** The build these tests check (see DIST_DIR: dist/ or LML_TEST_DIST). */
export const TEST_DIST = DIST_DIR;

/**
 * Waits until a service worker controls the page. The first install claims
 * the open page (vite.config.ts `clientsClaim`); should it not, this reloads
 * once so the tests after it run on a controlled page.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
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
