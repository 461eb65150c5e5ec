/**
 * The production build ships code without comments and its third-party
 * licences once, in third-party-licenses.md at the site's root (vite.config.ts,
 * scripts/vite/worker-licences.ts). Reads the built files; no browser needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIST } from './support/build';

const licences = (): string => readFileSync(join(TEST_DIST, 'third-party-licenses.md'), 'utf8');

describe('third-party licences', () => {
  it('lists the page’s and the workers’ packages, TensorFlow.js with its copyright headers', () => {
    const text = licences();
    for (const name of ['react', 'monaco-editor', 'katex', 'mermaid', 'zustand', '@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-webgpu', '@tensorflow/tfjs-layers', 'long']) {
      expect(text, name).toMatch(new RegExp(`^## ${name.replace('/', '\\/')} - \\d+\\.\\d+\\.\\d+`, 'm'));
    }
    const core = text.slice(text.indexOf('## @tensorflow/tfjs-core'));
    expect(core.slice(0, core.indexOf('\n## ', 1))).toMatch(/Copyright \d{4} Google LLC[\s\S]*Apache License, Version 2\.0/);
    // The Apache-2.0 text itself, which the tfjs headers point to, is in the file once at least.
    expect(text).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
  });

  it('ships no licence comments in its JavaScript (they were 0.95 MB of the tfjs worker)', () => {
    // Not the tfjs declarations for the editor: there the notice is data, one copy kept as a file of its own (scripts/vite/tfjs-type-libs.ts).
    const scripts = readdirSync(join(TEST_DIST, 'assets')).filter((f) => f.endsWith('.js') && !f.includes('tfjs-type-libs'));
    expect(scripts.length).toBeGreaterThan(20);
    const withLicence = scripts.filter((f) => /\/\*\*?[\s*]*@license/.test(readFileSync(join(TEST_DIST, 'assets', f), 'utf8')));
    expect(withLicence).toEqual([]);
  });
});
