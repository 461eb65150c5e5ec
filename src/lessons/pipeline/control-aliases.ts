/**
 * A translated example renames its settings: `lab.control('epochs', …)` is
 * `lab.control('训练轮数', …)` on its `//zh>` line, and a choice's options may
 * be translated too ('real labels' → '真实标签'). Saved values are keyed by
 * the English name and option (src/editor/control-aliases.ts), so here, at
 * build time, each `lab.control` line and its Chinese line are paired into
 * the Chinese names and choices and their English ones.
 *
 * Only literal names and option lists can be paired; a name built from a
 * template (`hold out "${word}"`) or options from a variable are left out
 * (their value then starts at its default after a switch).
 */
import type { ControlAlias } from '../types';

const ZH_LINE = /^\s*\/\/zh> (.*)$/;
const NAME = /\blab\.control\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\$]|\\.)*)`)/;
const OPTIONS = /\boptions:\s*\[([^\]]*)\]/;
const STRING = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;

const nameOf = (line: string): string | null => {
  const match = NAME.exec(line);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
};

/** The string options of a literal list, or null (numbers, a variable, a mix). */
function stringOptions(line: string): string[] | null {
  const list = OPTIONS.exec(line)?.[1];
  if (list === undefined) return null;
  const strings = [...list.matchAll(STRING)].map((m) => m[1] ?? m[2] ?? '');
  const rest = list.replace(STRING, '').replace(/[\s,]/g, '');
  return strings.length > 0 && rest === '' ? strings : null;
}

/** The Chinese edition's settings paired with their English names and options (none renamed: empty). */
export function controlAliases(source: string): ControlAlias[] {
  const lines = source.split('\n');
  const aliases: ControlAlias[] = [];
  lines.forEach((line, i) => {
    const zhLine = ZH_LINE.exec(lines[i + 1] ?? '')?.[1];
    const english = nameOf(line);
    const name = zhLine === undefined ? null : nameOf(zhLine);
    if (english === null || name === null || zhLine === undefined) return;
    const from = stringOptions(zhLine);
    const to = stringOptions(line);
    const options: Record<string, string> = {};
    if (from && to && from.length === to.length) from.forEach((option, k) => (options[option] = to[k] ?? option));
    const renamed = Object.entries(options).some(([here, there]) => here !== there);
    if (name !== english || renamed) aliases.push({ name, english, options: renamed ? options : {} });
  });
  return aliases;
}
