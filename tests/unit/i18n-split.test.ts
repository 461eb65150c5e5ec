/**
 * The first load carries only the shell's dictionaries (app, offline,
 * storage); the worksheet and runtime words come with the features that
 * wait for them (src/i18n/index.ts). This walks the static imports from
 * src/main.tsx, as the bundler does for the entry chunk, and checks that no
 * module on that path names a worksheet or runtime key, which would show as
 * its raw key until the feature dictionaries load.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enCore } from '../../src/i18n/en/core';
import { enFeatures } from '../../src/i18n/en/features';

const SRC = resolve(import.meta.dirname, '../../src');

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** Files reachable from `entry` through static, non-type imports. */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/^import\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      const target = resolveImport(file, match[1] ?? '');
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

describe('i18n split', () => {
  const graph = staticGraph(join(SRC, 'main.tsx'));

  it('finds the shell on the first-load path (the walk sees what the bundler sees)', () => {
    const names = graph.map((f) => f.slice(SRC.length + 1));
    expect(names).toContain('app/Shell.tsx');
    expect(names).toContain('lessons/LessonPage.tsx');
    expect(names).toContain('i18n/index.ts');
    // Lazy features are not on it.
    expect(names).not.toContain('worksheet/WorksheetPanel.tsx');
    expect(names).not.toContain('editor/CodePane.tsx');
    expect(names).not.toContain('i18n/en/features.ts');
    expect(names).not.toContain('i18n/zh/features.ts');
    expect(names).not.toContain('offline/ImportButton.tsx');
    expect(names).not.toContain('offline/export-work.ts');
  });

  it('no first-load module names a worksheet, runtime, import or backup key', () => {
    const offenders = graph
      .filter((file) => !file.includes(join('src', 'i18n', 'en')))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/['`](?:worksheet\.|runtime\.|offline\.import\.|offline\.importFailed|offline\.importReading|offline\.backup\.)[\w.${}]*['`]/g)].map((m) => `${file.slice(SRC.length + 1)}: ${m[0]}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps the import’s and backup’s words out of the first load’s dictionary (they come with the import code)', () => {
    const isImportWord = (key: string) => /^offline\.(import\.|importFailed|importReading|backup\.)/.test(key);
    expect(Object.keys(enCore).filter(isImportWord)).toEqual([]);
    expect(Object.keys(enFeatures).filter(isImportWord).length).toBeGreaterThan(30);
    // The storage menu's own button stays in the shell.
    expect(Object.keys(enCore)).toContain('offline.import');
  });
});
