/**
 * The bench's own pages (scripts/bench/runtime/: bare.html, client.html,
 * dispatches.html), a small separate Vite build into .bench/runtime/. Built
 * once per `npm run bench`, however many bench modules serve them.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { serveStatic, type StaticServer } from '../../tests/browser/support/static-server';

const OUT_DIR = resolve(import.meta.dirname, '../../.bench/runtime');
let built: Promise<unknown> | undefined;

/** Builds the pages (the first time) and serves them under /bench/. */
export async function serveBenchPages(): Promise<StaticServer> {
  built ??= build({ configFile: resolve(import.meta.dirname, 'runtime/vite.config.ts'), logLevel: 'warn' });
  await built;
  return serveStatic(OUT_DIR, '/bench/');
}
