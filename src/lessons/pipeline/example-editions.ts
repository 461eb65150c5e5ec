/**
 * One example file, two starter codes. An example (`examples/<name>.ts`) is
 * written in English and carries its Chinese beside it, in comments the
 * compiler ignores, so the English file runs and type-checks as it is:
 *
 *   // Train for a few epochs.                ← an English comment block…
 *   // zh: 训练几轮。                          ← …and its Chinese, right below it
 *   const rng = lab.random(); // seeded // zh: 带种子
 *                                            ← a trailing comment and its Chinese
 *   lab.print(`Learned: ${w}`);
 *   //zh> lab.print(`学到的：${w}`);           ← the line above as Chinese readers get it
 *
 * `exampleEdition(source, 'en')` drops every Chinese part; `'zh'` replaces each
 * English comment block, trailing comment and marked line with its Chinese.
 * `checkExampleTranslation` lists what a Chinese reader would still see in
 * English, and variant lines that change more than strings (see `skeleton`).
 */
import type { Locale } from '../../i18n/locales';

/** `// zh: …`: the Chinese of the English comment block just above. */
const ZH_COMMENT = /^(\s*)\/\/ zh:(?: (.*))?$/;
/** `//zh> …`: the Chinese version of the code line just above. */
const ZH_LINE = /^(\s*)\/\/zh> (.*)$/;
const TRAILING_ZH = ' // zh: ';

export interface ExampleProblem {
  readonly line: number;
  readonly message: string;
}

/**
 * Where the comment of a line starts (the index of `//`), or -1. Skips `//`
 * inside '…', "…" and `…` strings (template `${…}` nesting followed by a
 * depth counter). Regular-expression literals are not recognized: an example
 * that needs `//` inside one writes `\/\/`.
 */
export function commentStart(line: string): number {
  let quote: string | null = null;
  let braces = 0; // open `${` inside a template
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (quote === '`' && c === '$' && line[i + 1] === '{') {
        braces++;
        quote = null;
        i++;
      } else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '}' && braces > 0) {
      braces--;
      quote = '`';
    } else if (c === '/' && line[i + 1] === '/') return i;
  }
  return -1;
}

const isCommentLine = (line: string) => /^\s*\/\//.test(line) && !ZH_COMMENT.test(line) && !ZH_LINE.test(line);

/** The starter code of one language. English keeps the file minus its Chinese parts. */
export function exampleEdition(source: string, locale: Locale): string {
  const lines = source.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (ZH_COMMENT.test(line) || ZH_LINE.test(line)) {
      if (locale === 'en') continue;
      const zhLine = ZH_LINE.exec(line);
      if (zhLine) {
        // Replaces the code line already written just above.
        out[out.length - 1] = `${zhLine[1] ?? ''}${zhLine[2] ?? ''}`;
        continue;
      }
      out.push(line.replace(ZH_COMMENT, (_, indent: string, text: string | undefined) => `${indent}//${text ? ` ${text}` : ''}`));
      continue;
    }
    if (locale === 'zh' && isCommentLine(line)) {
      // An English block with a Chinese block right after it: leave the English out.
      let end = i;
      while (end + 1 < lines.length && isCommentLine(lines[end + 1] ?? '')) end++;
      if (ZH_COMMENT.test(lines[end + 1] ?? '')) {
        i = end;
        continue;
      }
    }
    out.push(trailingEdition(line, locale));
  }
  return out.join('\n');
}

function trailingEdition(line: string, locale: Locale): string {
  const start = commentStart(line);
  if (start <= 0 || /^\s*$/.test(line.slice(0, start))) return line;
  const comment = line.slice(start);
  const marker = comment.indexOf(TRAILING_ZH);
  if (marker < 0) return line;
  const english = comment.slice(0, marker);
  const chinese = comment.slice(marker + TRAILING_ZH.length);
  return line.slice(0, start) + (locale === 'en' ? english : `// ${chinese}`);
}

/**
 * The line with the text of its strings blanked and its comment removed:
 * `lab.print(\`Loss ${x}\`)` → `lab.print(\`${x}\`)`. A `//zh>` line must have
 * the same skeleton as the line it replaces: only what the reader reads may
 * change. A control's display `label: '…'` is allowed in addition (the
 * setting's name stays the key its saved value is stored under).
 */
export function skeleton(line: string): string {
  let out = '';
  let quote: string | null = null;
  let braces = 0;
  const end = commentStart(line);
  const code = end >= 0 ? line.slice(0, end) : line;
  for (let i = 0; i < code.length; i++) {
    const c = code[i] ?? '';
    if (quote) {
      if (c === '\\') i++;
      else if (quote === '`' && c === '$' && code[i + 1] === '{') {
        braces++;
        quote = null;
        out += '${';
        i++;
      } else if (c === quote) {
        quote = null;
        out += c;
      }
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '}' && braces > 0) {
      braces--;
      quote = '`';
    }
    out += c;
  }
  return out.replace(/\blabel: (['"`])\1,?\s*/g, '').replace(/\s+/g, '');
}

/** Calls and properties whose strings the reader sees (printed, drawn or labelled). */
const SHOWN_CALL = /\blab\.(print|table|plot|chart|heatmap|images|metrics|control)\s*\(/;
const SHOWN_PROPERTY = /\b(name|caption|title|xTitle|yTitle|label|rowLabels|columnLabels)\s*:/;
/** Strings a reader of any language reads as they are: units, symbols, numbers, file paths, code-ish words. */
const NEUTRAL_STRING = /^[^A-Za-z]*$|^[\w./-]+\.(json|txt|bin)$|^(x|y|[A-Za-z]\w*\(\)|ReLU|Adam|AdamW|SGD|CPU|GPU|WebGPU|FedAvg|DP-SGD|ROC|AUC|tanh|sigmoid|softmax)$/;

function stringsOf(code: string): string[] {
  const found: string[] = [];
  const pattern = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (const match of code.matchAll(pattern)) found.push((match[1] ?? match[2] ?? match[3] ?? '').replace(/\$\{[^}]*\}/g, ' '));
  return found;
}

/**
 * What a Chinese reader of this example would still get in English: comment
 * blocks and trailing comments without Chinese, and shown strings (printed,
 * charted, labelled) on lines without a `//zh>` version. Also variant lines
 * that change code, not only strings.
 */
export function checkExampleTranslation(source: string): ExampleProblem[] {
  const lines = source.split('\n');
  const problems: ExampleProblem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    const zhLine = ZH_LINE.exec(line);
    if (zhLine) {
      const original = lines[i - 1] ?? '';
      if (skeleton(original) !== skeleton(zhLine[2] ?? '')) {
        problems.push({ line: i + 1, message: 'this //zh> line changes more than the text of strings and comments of the line above it' });
      }
      continue;
    }
    if (ZH_COMMENT.test(line)) continue;
    if (isCommentLine(line)) {
      let end = i;
      while (end + 1 < lines.length && isCommentLine(lines[end + 1] ?? '')) end++;
      if (!ZH_COMMENT.test(lines[end + 1] ?? '')) problems.push({ line: i + 1, message: 'this comment has no Chinese: add `// zh: …` lines right below it' });
      i = end;
      continue;
    }
    const start = commentStart(line);
    const code = start >= 0 ? line.slice(0, start) : line;
    if (start > 0 && code.trim() !== '' && !line.slice(start).includes(TRAILING_ZH)) {
      problems.push({ line: i + 1, message: 'this trailing comment has no Chinese: end it with ` // zh: …`' });
    }
    if (ZH_LINE.test(next)) continue;
    const shown = SHOWN_CALL.test(code) || SHOWN_PROPERTY.test(code);
    const english = stringsOf(code).filter((text) => /[A-Za-z]{2,}/.test(text) && !NEUTRAL_STRING.test(text.trim()));
    if (shown && english.length > 0 && !/\bcharts\s*:/.test(code)) {
      problems.push({ line: i + 1, message: `"${english[0] ?? ''}" is shown to the reader: add the line in Chinese below it as \`//zh> …\`` });
    }
  }
  return problems;
}
