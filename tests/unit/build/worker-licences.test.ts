/**
 * Shipped code carries no comments, so the licences of what the web workers
 * bundle (TensorFlow.js, Monaco's workers) are collected at build time
 * (scripts/vite/worker-licences.ts); checked here on real package files.
 */
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctLegalComments, packageDirOf } from '../../../scripts/vite/worker-licences';

const NODE_MODULES = resolve(import.meta.dirname, '../../../node_modules');

describe('packageDirOf', () => {
  it('finds a scoped and a plain package from a module id, the innermost node_modules winning', () => {
    const scoped = join(NODE_MODULES, '@tensorflow', 'tfjs-core', 'dist', 'ops', 'add.js');
    expect(packageDirOf(scoped)).toBe(join(NODE_MODULES, '@tensorflow', 'tfjs-core'));
    const nested = join(NODE_MODULES, 'a', 'node_modules', 'long', 'src', 'long.js');
    expect(packageDirOf(`${nested}?commonjs-es-import`)).toBe(join(NODE_MODULES, 'a', 'node_modules', 'long'));
  });

  it('gives null for the app’s own modules and virtual ones', () => {
    expect(packageDirOf(`${sep}work${sep}src${sep}runtime${sep}worker.ts`)).toBeNull();
    expect(packageDirOf('\0virtual:tfjs-type-libs')).toBeNull();
  });
});

describe('distinctLegalComments', () => {
  it('keeps each header that names a copyright or terms once, and drops pointers like "See the LICENSE file"', () => {
    const header = '/**\n * @license\n * Copyright 2018 Google LLC. All Rights Reserved.\n * Licensed under the Apache License, Version 2.0\n */';
    const other = '/*! Copyright (c) 2014 someone. Permission is hereby granted, free of charge */';
    const pointer = '/** @license See the LICENSE file. */';
    const code = (n: number) => `${header}\nexport const a${String(n)} = ${String(n)};\n/** a JSDoc comment */\n`;
    expect(distinctLegalComments([code(1), pointer + code(2), `${other}\n${code(3)}`])).toEqual([header, other]);
  });

  it('reads the real header of a tfjs-core module (a package with no LICENSE file)', () => {
    const source = readFileSync(join(NODE_MODULES, '@tensorflow', 'tfjs-core', 'dist', 'ops', 'add.js'), 'utf8');
    const [first, ...rest] = distinctLegalComments([source]);
    expect(rest).toEqual([]);
    expect(first).toMatch(/Copyright \d{4} Google LLC/);
    expect(first).toContain('Apache License, Version 2.0');
  });
});
