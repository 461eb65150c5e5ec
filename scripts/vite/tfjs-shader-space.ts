/**
 * TensorFlow.js's GPU backends write their shaders (GLSL for WebGL, WGSL for
 * WebGPU) as template literals indented like the JavaScript around them.
 * Minifiers keep a template literal's text as it is, so ~60 KB of the tfjs
 * worker's 1.6 MB were spaces inside shader source: indentation and runs of
 * spaces that GLSL and WGSL ignore. This plugin (in `worker.plugins`) takes
 * them out of the backends' template literals before bundling: the spaces
 * that start a line go, a run of spaces or tabs becomes one space. Line
 * breaks stay (GLSL's `#define` and `//` comments end at one) and tokens
 * keep a separator, so every shader compiles to the same program; the
 * backends' few non-shader template literals (error messages that continue
 * on an indented line) only read better.
 *
 * Only the two GPU backends' own modules are touched, and our own WGSL
 * kernels (`lab.mlp`'s, `lab.cnn`'s, `lab.transformer`'s and the fused ops':
 * OWN_SHADER_MODULE, TypeScript parsed as such), and only untagged template
 * literals (a tag may care about the raw text).
 */
import { parseSync, type Plugin } from 'vite';

/** Modules of @tensorflow/tfjs-backend-webgl and -webgpu. */
export const SHADER_MODULE = /[\\/]node_modules[\\/]@tensorflow[\\/]tfjs-backend-(?:webgl|webgpu)[\\/].*\.m?js$/;
/** Our modules that write WGSL as template literals (and no other template text that spaces matter in). */
export const OWN_SHADER_MODULE = /[\\/]src[\\/]runtime[\\/]lab[\\/](?:fused-ops|(?:mlp|cnn)[\\/]kernels|transformer[\\/](?:kernels-forward|kernels-backward|wgsl))\.ts$/;

/**
 * A template literal's raw text without indentation, blank lines or runs of
 * spaces. A line that a backslash continues (the line break is no character
 * of the string) keeps one space in front, so the words around it stay apart;
 * the text's last line is kept even when empty (a `${…}` after it starts a line).
 */
export function tightText(raw: string): string {
  const lines = raw.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const continued = i > 0 && /(?:^|[^\\])(?:\\\\)*\\$/.test(lines[i - 1] ?? '');
    const unindented = i === 0 ? line : line.replace(/^[ \t]+/, continued ? ' ' : '');
    const text = unindented.replace(/[ \t]{2,}/g, ' ');
    if (text === '' && i > 0 && i < lines.length - 1 && !continued) return;
    out.push(text);
  });
  return out.join('\n');
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The spans of the raw text of every untagged template literal in a module. */
export function templateTexts(code: string, typescript = false): Span[] {
  const { program, errors } = parseSync(typescript ? 'module.ts' : 'module.js', code);
  if (errors.length > 0) throw new Error(`tfjs shader space: cannot parse a module: ${errors[0]?.message ?? ''}`);
  const spans: Span[] = [];
  const pending: unknown[] = [program];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...(node as unknown[]));
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown> & { type?: unknown };
    if (record.type === 'TaggedTemplateExpression') {
      // The tag's arguments (its `${…}` expressions) may hold untagged templates of their own.
      pending.push(record['tag'], (record['quasi'] as { expressions?: unknown } | undefined)?.expressions);
      continue;
    }
    if (record.type === 'TemplateElement') {
      const { start, end } = record as unknown as Span;
      spans.push({ start, end });
      continue;
    }
    for (const [key, value] of Object.entries(record)) if (key !== 'type' && typeof value === 'object') pending.push(value);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** A module with tightText applied to each untagged template literal, or null when nothing changes. */
export function tightTemplates(code: string, typescript = false): string | null {
  let out = '';
  let at = 0;
  for (const { start, end } of templateTexts(code, typescript)) {
    out += code.slice(at, start) + tightText(code.slice(start, end));
    at = end;
  }
  out += code.slice(at);
  return out === code ? null : out;
}

export function tfjsShaderSpace(): Plugin {
  return {
    name: 'lml-tfjs-shader-space',
    apply: 'build',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      const own = OWN_SHADER_MODULE.test(path);
      if (!own && !SHADER_MODULE.test(path)) return null;
      const tight = tightTemplates(code, own);
      return tight === null ? null : { code: tight, map: null };
    },
  };
}
