/**
 * Facts: numbers a lesson quotes are computed by code in the lesson's
 * `facts.ts` and substituted for `{{name}}` in the Markdown before parsing,
 * so no number in a worked example is typed in by hand.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { err, ok, type Result } from '../../result';

export type Facts = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** Loads `facts` from a lesson's facts.ts (if any). A fresh import each call, so edits show up in dev. */
export async function loadFacts(factsPath: string): Promise<Result<Facts>> {
  if (!existsSync(factsPath)) return ok({});
  try {
    const url = `${pathToFileURL(factsPath).href}?t=${Date.now()}`;
    const module = (await tsImport(url, import.meta.url)) as { facts?: unknown };
    const facts = module.facts;
    if (typeof facts !== 'object' || facts === null) return err('facts.ts must export `facts`, an object of strings');
    for (const [name, value] of Object.entries(facts)) {
      if (typeof value !== 'string') return err(`fact "${name}" must be a string (format numbers with fmt())`);
      if (value.includes('\n')) return err(`fact "${name}" must fit on one line`);
    }
    return ok(facts as Facts);
  } catch (error) {
    return err(`facts.ts failed to load: ${(error as Error).message}`);
  }
}

/** Replaces `{{name}}` with facts; reports unknown names with their line. */
export function substituteFacts(
  markdown: string,
  facts: Facts,
): { text: string; unknown: { name: string; line: number }[] } {
  const unknown: { name: string; line: number }[] = [];
  const lines = markdown.split('\n').map((line, index) =>
    line.replace(PLACEHOLDER, (whole, name: string) => {
      const value = Object.hasOwn(facts, name) ? facts[name] : undefined;
      if (value === undefined) {
        unknown.push({ name, line: index + 1 });
        return whole;
      }
      return value;
    }),
  );
  return { text: lines.join('\n'), unknown };
}
