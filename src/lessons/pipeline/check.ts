/**
 * The content validator: everything the build checks, plus a parse of every
 * mermaid diagram (mermaid needs a DOM, so it runs under jsdom here; the
 * build itself leaves diagrams to the browser).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { proveChecker } from './exercise-runs';
import { buildContent } from './load';
import type { ContentProblem } from './problems';
import { checkDictionaries } from './translations';

/** UI strings whose Chinese is missing (still English), each at its line in src/i18n/zh/. */
function untranslatedUiStrings(projectRoot: string): ContentProblem[] {
  const dir = join(projectRoot, 'src', 'i18n', 'zh');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ file: relative(projectRoot, join(dir, name)), lines: readFileSync(join(dir, name), 'utf8').split('\n') }));
  const where = (key: string) => {
    for (const { file, lines } of files) {
      const index = lines.findIndex((line) => line.includes(`'${key}':`));
      if (index >= 0) return { file, line: index + 1 };
    }
    return { file: relative(projectRoot, dir), line: null };
  };
  return checkDictionaries(en, zh, new Set(), where);
}

type MermaidParser = (text: string) => Promise<unknown>;

async function loadMermaidParser(): Promise<MermaidParser> {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  g['window'] ??= dom.window;
  g['document'] ??= dom.window.document;
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false });
  return (text) => mermaid.parse(text);
}

/** Mermaid reports "Parse error on line N": N counts from the diagram's first line. */
function diagramLine(error: unknown, blockLine: number | null): number | null {
  if (blockLine === null) return null;
  const match = /on line (\d+)/.exec(error instanceof Error ? error.message : String(error));
  return match ? blockLine + Number(match[1]) : blockLine;
}

export async function checkContent(projectRoot: string): Promise<{ lessons: number; pages: number; problems: ContentProblem[] }> {
  const { lessons, pages, problems } = await buildContent(projectRoot);
  const all = [...problems, ...untranslatedUiStrings(projectRoot)];
  const diagrams = [...lessons, ...pages].flatMap((item) => item.diagrams.map((d) => ({ ...d, file: item.file })));
  if (diagrams.length > 0) {
    const parse = await loadMermaidParser();
    for (const diagram of diagrams) {
      try {
        await parse(diagram.source);
      } catch (error) {
        const first = (error instanceof Error ? error.message : String(error)).split('\n');
        all.push({
          file: diagram.file,
          line: diagramLine(error, diagram.line),
          message: `mermaid diagram does not parse: ${first.slice(0, 4).join(' ').replace(/\s+/g, ' ')}`,
          severity: 'render',
        });
      }
    }
  }
  // Each code exercise's solution must pass its checker and its starter fail it (run on TensorFlow.js's cpu backend).
  for (const lesson of lessons) {
    for (const run of lesson.codeRuns) {
      for (const message of await proveChecker(run)) all.push({ file: join(dirname(lesson.file), 'exercises.ts'), line: null, message, severity: 'error' });
    }
  }
  return { lessons: lessons.length, pages: pages.length, problems: all };
}
