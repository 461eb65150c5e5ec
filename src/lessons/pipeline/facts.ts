/**
 * Facts: numbers a lesson quotes are computed by code in the lesson's
 * `facts.ts` and substituted for `{{name}}` in the Markdown before parsing,
 * so no number in a worked example is typed in by hand.
 *
 * Both editions of a lesson (index.md and index.zh.md) read the same facts.
 * A fact is a string that reads the same in every language (numbers, vectors,
 * percentages), or an object with one string per language for the few that
 * do not: money (`fmtMoney`: "USD 2,400" / "2,400 美元") and words
 * (`{ en: 'month 15', zh: '第 15 个月' }`). `factsFor` picks an edition's.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { LOCALES, type Locale } from '../../i18n/locales';
import { err, ok, type Result } from '../../result';

/** The facts of one edition: every value a single line of text. */
export type Facts = Readonly<Record<string, string>>;
/** What facts.ts exports: plain strings, or one string per language. */
export type LessonFacts = Readonly<Record<string, string | Readonly<Record<Locale, string>>>>;

/** The facts as the `locale` edition reads them. */
export function factsFor(facts: LessonFacts, locale: Locale): Facts {
  return Object.fromEntries(Object.entries(facts).map(([name, value]) => [name, typeof value === 'string' ? value : value[locale]]));
}

function checkValue(name: string, value: unknown): string | null {
  if (typeof value === 'string') return value.includes('\n') ? `fact "${name}" must fit on one line` : null;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length !== LOCALES.length || !LOCALES.every((locale) => typeof record[locale] === 'string')) {
      return `fact "${name}" must be a string or one string per language (${LOCALES.join(', ')}), like fmtMoney() returns`;
    }
    return LOCALES.some((locale) => (record[locale] as string).includes('\n')) ? `fact "${name}" must fit on one line` : null;
  }
  return `fact "${name}" must be a string (format numbers with fmt())`;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** Loads `facts` from a lesson's facts.ts (if any). A fresh import each call, so edits show up in dev. */
export async function loadFacts(factsPath: string): Promise<Result<LessonFacts>> {
  if (!existsSync(factsPath)) return ok({});
  try {
    const url = `${pathToFileURL(factsPath).href}?t=${Date.now()}`;
    const module = (await tsImport(url, import.meta.url)) as { facts?: unknown };
    const facts = module.facts;
    if (typeof facts !== 'object' || facts === null) return err('facts.ts must export `facts`, an object of strings');
    for (const [name, value] of Object.entries(facts)) {
      const problem = checkValue(name, value);
      if (problem) return err(problem);
    }
    return ok(facts as LessonFacts);
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
