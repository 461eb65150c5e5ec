/**
 * Licences for code bundled into web workers.
 *
 * The build strips comments from shipped code (vite.config.ts): TensorFlow.js
 * alone repeats a 700-byte licence header in ~1,500 modules, 0.95 MB of its
 * worker. The licences ship once instead, in one hosted file written by Vite's
 * `build.license`. That option sees only the page's bundle, not the worker
 * bundles (tfjs, Monaco's workers), so this plugin pair adds them:
 *
 * - `collect()` goes into `worker.plugins` and notes every npm package a
 *   worker bundle contains, with its licence: the package's LICENSE file, or,
 *   where a package ships none (the @tensorflow packages), the distinct
 *   `@license` headers of its bundled modules (which name the licence and its
 *   copyright holder; the Apache-2.0 text itself is in the file through
 *   packages that ship it, e.g. `long`).
 * - `append(fileName)` goes into the page's plugins and appends those
 *   packages, the ones the page's list lacks, to the licence file once it is written.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

interface PackageLicence {
  readonly key: string; // name@version
  readonly heading: string;
  readonly text: string;
}

const LICENCE_FILE = /^(licen[cs]e|copying)/i;
const LEGAL_COMMENT = /\/\*\*?[\s*]*@license[\s\S]*?\*\/|\/\*![\s\S]*?\*\//g;
/** A header worth keeping names a copyright holder or the licence's terms ("@license See the LICENSE file." does neither). */
const SAYS_SOMETHING = /copyright|licensed under|permission is hereby granted/i;

/** `/x/node_modules/@scope/pkg/dist/a.js` → `/x/node_modules/@scope/pkg` (the last node_modules wins). */
export function packageDirOf(moduleId: string): string | null {
  const file = moduleId.split('?')[0] ?? moduleId;
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0 || file.startsWith('\0')) return null;
  const rest = file.slice(at + marker.length).split(path.sep);
  const nameParts = rest[0]?.startsWith('@') ? rest.slice(0, 2) : rest.slice(0, 1);
  return file.slice(0, at + marker.length) + nameParts.join(path.sep);
}

/** The distinct legal comments of some source files, in first-seen order. */
export function distinctLegalComments(sources: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(LEGAL_COMMENT)) if (SAYS_SOMETHING.test(match[0])) seen.add(match[0].trim());
  }
  return [...seen];
}

function readPackage(dir: string, modules: readonly string[]): PackageLicence | null {
  const manifestPath = path.join(dir, 'package.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name?: string; version?: string; license?: string };
  const name = manifest.name ?? path.basename(dir);
  const version = manifest.version ?? '0.0.0';
  const licenceFile = readdirSync(dir).find((file) => LICENCE_FILE.test(file));
  const text = licenceFile
    ? readFileSync(path.join(dir, licenceFile), 'utf8').trim()
    : distinctLegalComments(modules.filter(existsSync).map((m) => readFileSync(m, 'utf8'))).join('\n\n');
  const identifier = manifest.license ? ` (${manifest.license.trim()})` : '';
  return { key: `${name}@${version}`, heading: `## ${name} - ${version}${identifier}`, text };
}

export function workerLicences(): { collect: () => Plugin; append: (fileName: string) => Plugin } {
  const modulesByPackage = new Map<string, Set<string>>();
  return {
    collect: () => ({
      name: 'lml-worker-licences-collect',
      generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          for (const id of chunk.moduleIds) {
            const dir = packageDirOf(id);
            if (dir === null) continue;
            const modules = modulesByPackage.get(dir) ?? new Set<string>();
            modules.add(id.split('?')[0] ?? id);
            modulesByPackage.set(dir, modules);
          }
        }
      },
    }),
    append: (fileName) => ({
      name: 'lml-worker-licences-append',
      apply: 'build',
      writeBundle(options) {
        const file = path.join(options.dir ?? 'dist', fileName);
        if (!existsSync(file)) this.error(`${fileName} was not written: is build.license set?`);
        const listed = readFileSync(file, 'utf8');
        const entries = [...modulesByPackage]
          .map(([dir, modules]) => readPackage(dir, [...modules]))
          .filter((entry): entry is PackageLicence => entry !== null && !listed.includes(`${entry.heading}\n`))
          .sort((a, b) => a.key.localeCompare(b.key));
        const unique = entries.filter((entry, i) => entries.findIndex((e) => e.key === entry.key) === i);
        if (unique.length === 0) return;
        const body = unique.map((e) => `\n${e.heading}\n${e.text ? `\n${e.text}\n` : ''}`).join('');
        appendFileSync(file, `\nBundled into the app's web workers (TensorFlow.js, Monaco's language workers):\n${body}`);
      },
    }),
  };
}
