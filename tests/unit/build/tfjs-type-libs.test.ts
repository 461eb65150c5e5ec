/**
 * The editor's tfjs declarations: the import closure of @tensorflow/tfjs,
 * checked on the installed packages, with one license notice instead of one
 * per file, every doc comment read by TypeScript as in the package, and the
 * module's value the list of files itself.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { docLines, packTypeLibs, slim, specifiers, tfjsDeclarations, typeLibsModule, type DeclarationFile } from '../../../scripts/vite/tfjs-type-libs';
import { unpackTypeLibs, type PackedTypeLibs } from '../../../src/editor/packed-type-libs';

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
      ["import { Tensor } from '../tensor';", '/**', ' Adds two `tf.Tensor`s element-wise.', '*/', 'declare function add_<T extends Tensor>(a: T, b: T): T;', 'export declare class X {', '/** The shape. */', 'readonly shape: number[];', '}'].join('\n'),
    );
  });
});

/** What TypeScript reads from every doc comment of a declaration file (what a hover shows), in order. */
function docsOf(text: string): string[] {
  const file = ts.createSourceFile('x.d.ts', text, ts.ScriptTarget.Latest, true);
  const docs: string[] = [];
  const visit = (node: ts.Node): void => {
    for (const doc of (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) {
      const tags = (doc.tags ?? []).map((tag) => [tag.tagName.text, ts.isJSDocParameterTag(tag) ? tag.name.getText() : '', ts.getTextOfJSDocComment(tag.comment) ?? '']);
      docs.push(JSON.stringify([ts.SyntaxKind[node.kind], ts.getTextOfJSDocComment(doc.comment) ?? '', tags]));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return docs;
}

describe('docLines', () => {
  it('drops each line’s leading `*`, or the space after it where the text starts with `*`, and joins the closing line', () => {
    const text = ['/**', '* Adds.', '*', '* **Input shape:**', '*   ```js', '*   x.add(y);', '*   ```', '* @param x The input.', '*/', '/** One line. */'].join('\n');
    expect(docLines(text)).toBe(['/**', ' Adds.', '', '***Input shape:**', '   ```js', '   x.add(y);', '   ```', ' @param x The input.*/', '/** One line. */'].join('\n'));
    expect(docsOf(`${docLines(text)}\ndeclare const a: 1;`)).toEqual(docsOf(`${text}\ndeclare const a: 1;`));
  });

  it('keeps what TypeScript reads from every doc comment of every shipped file, word for word', () => {
    // Against the package's own files, less what slim drops on purpose: the license header and the `@doc` tags.
    let compared = 0;
    for (const file of tfjsDeclarations(SCOPE)) {
      const source = file.path.replace('file:///node_modules/@tensorflow/', `${SCOPE}/`);
      if (file.path.endsWith('LICENSE-NOTICE.d.ts')) continue;
      const original = readFileSync(source, 'utf8');
      const withoutLicence = original.replace(/\/\*\*\s*\n\s*\*\s*@license[\s\S]*?\*\/\s*\n?/g, '').replace(/^[ \t]*\*[ \t]*@doc(?:alias)?\b.*\n/gm, '');
      expect(docsOf(file.content), file.path).toEqual(docsOf(withoutLicence));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(400);
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

describe('typeLibsModule', () => {
  /** What the editor does with the module: inflate its default export and unpack the files. */
  const evaluate = (source: string): unknown => {
    const packed = /^export default "([^"]*)";$/.exec(source)?.[1];
    if (packed === undefined) throw new Error(`not a packed module: ${source.slice(0, 80)}`);
    return unpackTypeLibs(JSON.parse(inflateRawSync(Buffer.from(packed, 'base64')).toString('utf8')) as PackedTypeLibs);
  };

  it('exports exactly the files it is given, packed, each folder written once', () => {
    const files: DeclarationFile[] = [
      { path: 'file:///node_modules/@tensorflow/tfjs/dist/index.d.ts', content: "export * from '@tensorflow/tfjs-core';\n" },
      { path: 'file:///node_modules/@tensorflow/tfjs-core/dist/ops/add.d.ts', content: 'declare const `x`: 1;' },
      { path: 'file:///node_modules/@tensorflow/tfjs-core/dist/ops/mul.d.ts', content: 'export {};' },
      { path: 'file:///node_modules/@tensorflow/LICENSE-NOTICE.d.ts', content: '/** notice */' },
    ];
    expect(evaluate(typeLibsModule(files))).toEqual(files);
    expect(packTypeLibs(files).folders.filter((f) => f.includes('tfjs-core/dist/ops/'))).toHaveLength(1);
    expect(() => typeLibsModule([{ path: 'file:///x/readme.md', content: '' }])).toThrow('not a declaration file');
  });

  it('round-trips the shipped declarations in under a third of their written-out size', () => {
    const files = tfjsDeclarations(SCOPE);
    const source = typeLibsModule(files);
    expect(evaluate(source)).toEqual(files);
    expect(source.length).toBeLessThan(JSON.stringify(files).length / 3);
  });
});
