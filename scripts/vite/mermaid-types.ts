/**
 * Prints the mermaid diagram type of each diagram source it reads: stdin is a
 * JSON array of sources, stdout a JSON array of types (`flowchart-v2`,
 * `sequence`, …; null for a source mermaid cannot parse). Mermaid needs a
 * DOM, so it runs under jsdom in this separate process, keeping the build's
 * own process free of fake `window`/`document` globals.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const sources = JSON.parse(readFileSync(0, 'utf8')) as string[];
const dom = new JSDOM('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { window: dom.window, document: dom.window.document });
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

const types: (string | null)[] = [];
for (const source of sources) {
  try {
    const result = await mermaid.parse(source);
    types.push(result.diagramType);
  } catch {
    types.push(null);
  }
}
process.stdout.write(JSON.stringify(types));
