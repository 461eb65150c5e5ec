/**
 * The layer rules in eslint.config.js hold: each snippet below breaks one
 * and must be reported at the path it pretends to live at. (Linted as text:
 * the files do not exist, so type-aware rules are switched off for them.)
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked },
});

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages.map((m) => m.ruleId ?? `parse: ${m.message}`);
}

describe('layer lint', () => {
  it('keeps TensorFlow.js out of the page and lets the worker import it', async () => {
    const code = "import * as tf from '@tensorflow/tfjs';\nexport const n = tf.version;\n";
    expect(await rulesBroken('src/editor/uses-tf.ts', code)).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('src/runtime/client-uses-tf.ts', code)).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('src/runtime/lab/uses-tf.ts', code)).toEqual([]);
  });

  it('keeps worker modules out of page code', async () => {
    const code = "import { resolveControl } from '../runtime/lab/controls';\nexport const r = resolveControl;\n";
    expect(await rulesBroken('src/editor/uses-worker.ts', code)).toEqual(['no-restricted-imports']);
  });

  it('keeps stores, views and the DOM out of pure code, by package name or relative path', async () => {
    expect(await rulesBroken('src/math/uses-store.ts', "import { useSettings } from '../store/settings';\nexport const s = useSettings;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('src/worksheet/model/uses-view.ts', "import { Chart } from '../charts/Chart';\nexport const c = Chart;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('src/math/uses-dom.ts', 'export const w = document.title;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesBroken('src/format/uses-store.ts', "import { useSettings } from '../store/settings';\nexport const s = useSettings;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('src/format/uses-i18n.ts', "import { languageTag } from '../i18n';\nexport const tag = languageTag;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('src/format/uses-dom.ts', 'export const lang = navigator.language;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesBroken('src/math/locale-type.ts', "import type { Locale } from '../i18n/locales';\nexport const l: Locale | null = null;\n")).toEqual([]);
  });

  it('makes object URLs in src/platform only', async () => {
    const code = "export const u = URL.createObjectURL(new Blob(['x']));\n";
    expect(await rulesBroken('src/editor/makes-url.ts', code)).toEqual(['no-restricted-properties']);
    expect(await rulesBroken('src/platform/makes-url.ts', code)).toEqual([]);
  });
});
