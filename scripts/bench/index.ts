/**
 * `npm run bench`: serves the production build (dist/) under a sub-path with
 * a plain static server and runs each bench module side by side in one run,
 * printing one table. Modules: scripts/bench/*.ts with a default export
 * `(ctx: BenchContext) => Promise<BenchRow[]>`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../../tests/browser/support/chromium';
import { serveStatic } from '../../tests/browser/support/static-server';
import type { BenchContext, BenchRow } from './types';

/** dist/ (what `npm run bench` builds), or a private build named by LML_BENCH_DIST (relative to the project root). */
const distDir = resolve(import.meta.dirname, '../..', process.env['LML_BENCH_DIST'] ?? 'dist');
const modules: { name: string; path: string }[] = [
  { name: 'first lesson load', path: './first-lesson.ts' },
  { name: 'runtime', path: './runtime.ts' },
  { name: 'playground', path: './playground.ts' },
  { name: 'GPU dispatches', path: './gpu-dispatches.ts' },
  { name: 'speed lab', path: './speed-lab.ts' },
  { name: 'worksheet', path: './worksheet-monte-carlo.ts' },
  { name: 'output floods', path: './floods.ts' },
];

const only = process.argv.slice(2);
const server = await serveStatic(distDir);
const ctx: BenchContext = { appUrl: server.url, distDir, launch: (options) => launchChromium(options) };
const rows: (BenchRow & { module: string })[] = [];
let failed = false;
try {
  for (const module of modules) {
    if (only.length > 0 && !only.some((o) => module.path.includes(o))) continue;
    if (!existsSync(resolve(import.meta.dirname, module.path))) continue;
    console.error(`bench: ${module.name}…`);
    try {
      const { default: bench } = (await import(module.path)) as { default: (c: BenchContext) => Promise<BenchRow[]> };
      for (const row of await bench(ctx)) rows.push({ ...row, module: module.name });
    } catch (error) {
      failed = true;
      console.error(`bench: ${module.name} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
} finally {
  await server.close();
}

// One decimal up to 1000: a figure beside a budget of 100 (KiB) must show which side of it it is.
const fmt = (v: number) => (Math.abs(v) >= 1000 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v !== 0 && Math.abs(v) < 0.001 ? v.toExponential(2) : v.toFixed(3));
console.log('\n| bench | figure | value | unit | note |\n|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.module} | ${row.name} | ${fmt(row.value)} | ${row.unit} | ${row.note ?? ''} |`);
if (failed) process.exit(1);
