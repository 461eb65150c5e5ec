/**
 * The editor's tfjs declarations: the import closure of @tensorflow/tfjs,
 * checked on the installed packages, with one license notice instead of one
 * per file.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slim, specifiers, tfjsDeclarations } from '../../../scripts/vite/tfjs-type-libs';

const SCOPE = resolve(import.meta.dirname, '../../../node_modules/@tensorflow');

describe('specifiers', () => {
  it('finds static, dynamic and side-effect imports in either quote style, and path references', () => {
    const text = [
      "import { Tensor } from '../tensor';",
      'export * from "@tensorflow/tfjs-core";',
      'type T = import("@tensorflow/tfjs-core/dist/types").Rank;',
      "import './register_all_gradients';",
      '/// <reference path="./globals.d.ts" />',
    ].join('\n');
    expect(specifiers(text).sort()).toEqual(
      ['../tensor', '@tensorflow/tfjs-core', '@tensorflow/tfjs-core/dist/types', './register_all_gradients', './globals.d.ts'].sort(),
    );
  });
});

describe('slim', () => {
  it('keeps declarations and doc text, drops indentation, amd-module lines and @doc tags', () => {
    const text = [
      '/// <amd-module name="@tensorflow/tfjs-core/dist/ops/add" />',
      "import { Tensor } from '../tensor';",
      '/**',
      ' * Adds two `tf.Tensor`s element-wise.',
      ' *',
      " * @doc {heading: 'Operations', subheading: 'Arithmetic'}",
      ' */',
      'declare function add_<T extends Tensor>(a: T, b: T): T;',
      'export declare class X {',
      '    /** The shape. */',
      '    readonly shape: number[];',
      '}',
    ].join('\n');
    expect(slim(text)).toBe(
      ["import { Tensor } from '../tensor';", '/**', '* Adds two `tf.Tensor`s element-wise.', '*', '*/', 'declare function add_<T extends Tensor>(a: T, b: T): T;', 'export declare class X {', '/** The shape. */', 'readonly shape: number[];', '}'].join('\n'),
    );
  });
});

describe('tfjsDeclarations', () => {
  const files = tfjsDeclarations(SCOPE);
  const byPath = new Map(files.map((f) => [f.path, f.content]));

  it('includes the entry points and what `tf.sequential`, `tf.layers.dense` and `tf.train.adam` are declared in', () => {
    for (const path of [
      'file:///node_modules/@tensorflow/tfjs/dist/index.d.ts',
      'file:///node_modules/@tensorflow/tfjs-core/dist/index.d.ts',
      'file:///node_modules/@tensorflow/tfjs-layers/dist/exports.d.ts',
      'file:///node_modules/@tensorflow/tfjs-layers/dist/exports_layers.d.ts',
      'file:///node_modules/@tensorflow/tfjs-core/dist/optimizers/optimizer_constructors.d.ts',
    ]) {
      expect(byPath.has(path), path).toBe(true);
    }
  });

  it('leaves out test helpers and keeps every relative import of a kept file resolvable', () => {
    expect([...byPath.keys()].some((p) => p.endsWith('_test.d.ts'))).toBe(false);
    const paths = new Set(byPath.keys());
    for (const [path, content] of byPath) {
      for (const spec of specifiers(content).filter((s) => s.startsWith('.'))) {
        const base = new URL(spec.replace(/\.(js|d\.ts)$/, ''), path).href;
        expect(paths.has(`${base}.d.ts`) || paths.has(`${base}/index.d.ts`), `${path} → ${spec}`).toBe(true);
      }
    }
  });

  it('keeps the license notice once instead of in every file', () => {
    const withNotice = files.filter((f) => f.content.includes('Licensed under the Apache License'));
    expect(withNotice.map((f) => f.path)).toEqual(['file:///node_modules/@tensorflow/LICENSE-NOTICE.d.ts']);
    expect(withNotice[0]?.content).toContain('Copyright 2018 Google LLC');
  });
});
