/**
 * The tfjs worker's GPU shaders lose their indentation (scripts/vite/tfjs-shader-space.ts):
 * the rules on small cases, then every template literal of the installed
 * WebGL and WebGPU backends, whose text must keep every token and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { SHADER_MODULE, templateTexts, tfjsShaderSpace, tightTemplates, tightText } from '../../../scripts/vite/tfjs-shader-space';

const TFJS = resolve(import.meta.dirname, '../../../node_modules/@tensorflow');

describe('tightText', () => {
  it('drops indentation and blank lines, makes runs of spaces one, and keeps every line break between text', () => {
    const raw = '\n      void main() {\n\n        float x  =  1.0;   // one\n      #define A 1\n      }\n    ';
    expect(tightText(raw)).toBe('\nvoid main() {\nfloat x = 1.0; // one\n#define A 1\n}\n');
  });

  it('keeps the last line break before a `${…}`, so what follows still starts a line', () => {
    expect(tightText('\n    \n  ')).toBe('\n');
    expect(tightText('x;\n      ')).toBe('x;\n');
  });

  it('keeps one space where a backslash continues the line (the line break is not in the string)', () => {
    expect(tightText('float\\\n      x;')).toBe('float\\\n x;');
    // An escaped backslash ends its line like any other character.
    expect(tightText('a\\\\\n   b')).toBe('a\\\\\nb');
  });
});

describe('tightTemplates', () => {
  it('changes untagged template literals only, nested ones too', () => {
    const code = [
      'const a = `\n    x  y\n  `;',
      "const b = '  quoted  ';",
      'const c = String.raw`\n    raw  text`;',
      'const d = `${`\n   inner`}\n  outer`;',
      '// a comment  with  spaces',
    ].join('\n');
    expect(tightTemplates(code)).toBe(
      ['const a = `\nx y\n`;', "const b = '  quoted  ';", 'const c = String.raw`\n    raw  text`;', 'const d = `${`\ninner`}\nouter`;', '// a comment  with  spaces'].join('\n'),
    );
    expect(tightTemplates('const a = `x`;')).toBeNull();
  });

  it('applies to the GPU backends’ modules only', () => {
    const plugin = tfjsShaderSpace();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const code = 'export const s = `\n    void main() {}\n`;';
    expect(transform(code, '/x/node_modules/@tensorflow/tfjs-backend-webgl/dist/kernels/Add.js')?.code).toBe('export const s = `\nvoid main() {}\n`;');
    expect(SHADER_MODULE.test('/x/node_modules/@tensorflow/tfjs-backend-webgpu/dist/binary_op_webgpu.js')).toBe(true);
    expect(transform(code, '/x/node_modules/@tensorflow/tfjs-core/dist/ops/add.js')).toBeNull();
    expect(transform(code, '/x/node_modules/sucrase/dist/esm/index.js')).toBeNull();
  });

  it('applies to our own WGSL kernels, parsed as TypeScript, and to no other module of ours', () => {
    const plugin = tfjsShaderSpace();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const code = 'export const s = (n: number): string => `\n    fn main() {\n      let x = ${n};\n    }`;';
    const tight = 'export const s = (n: number): string => `\nfn main() {\nlet x = ${n};\n}`;';
    for (const file of ['mlp/kernels.ts', 'cnn/kernels.ts', 'transformer/kernels-forward.ts', 'transformer/kernels-backward.ts', 'transformer/wgsl.ts', 'fused-ops.ts']) {
      expect(transform(code, `/repo/src/runtime/lab/${file}`)?.code, file).toBe(tight);
    }
    expect(transform(code, '/repo/src/runtime/lab/mlp/spec.ts')).toBeNull();
    expect(transform(code, '/repo/src/editor/error-help.ts')).toBeNull();
  });
});

describe('the installed WebGL and WebGPU backends', () => {
  /** Each template part's text as a program reads it: its lines' tokens, blank lines and spacing aside. */
  const shape = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim().split(/\s+/).join(' '))
      .filter(Boolean)
      .join('\n');
  const cookedParts = (code: string): string[] => {
    const parts: string[] = [];
    const pending: unknown[] = [parseSync('module.js', code).program];
    while (pending.length > 0) {
      const node = pending.pop();
      if (typeof node !== 'object' || node === null) continue;
      if (Array.isArray(node)) pending.push(...(node as unknown[]));
      else if ((node as { type?: string }).type === 'TemplateElement') parts.push((node as { value: { cooked: string } }).value.cooked);
      else pending.push(...(Object.values(node) as unknown[]));
    }
    return parts;
  };

  it('keep every token and line of every shader, and lose over 50 KB of spaces', () => {
    let saved = 0;
    let checked = 0;
    for (const pkg of ['tfjs-backend-webgl', 'tfjs-backend-webgpu']) {
      const dist = join(TFJS, pkg, 'dist');
      const modules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
        (file) => file.endsWith('.js') && !file.includes('.min.') && !/^tf-backend|\.node\.js$/.test(file),
      );
      expect(modules.length, pkg).toBeGreaterThan(100);
      for (const file of modules) {
        const code = readFileSync(join(dist, file), 'utf8');
        const tight = tightTemplates(code);
        if (tight === null) continue;
        const [before, after] = [cookedParts(code), cookedParts(tight)];
        expect(after.length, file).toBe(before.length);
        before.forEach((part, i) => expect(shape(after[i] ?? ''), file).toBe(shape(part)));
        expect(templateTexts(tight).length, file).toBe(templateTexts(code).length);
        saved += code.length - tight.length;
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(saved).toBeGreaterThan(50_000);
  });
});
