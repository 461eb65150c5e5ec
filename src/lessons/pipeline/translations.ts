/**
 * What must be translated, and what may stay as it is.
 *
 * - `content/translations.json` lists the lessons and reference pages whose
 *   Chinese edition is still being written: `{ "zh": { "pending": ["slug", …] } }`,
 *   and may give a pending one its Chinese title and summary for the course
 *   index (`"index": { "slug": { "title": …, "summary": … } }`) before its
 *   text is translated.
 *   A listed slug without its `index.zh.md` (or `<page>.zh.md`) is a warning;
 *   any other missing edition is an error, and so is a listed slug that has
 *   its edition (take it off the list). With the list empty, every lesson and
 *   page must have both editions.
 * - `checkDictionaries` finds UI strings left in English in src/i18n/zh/.
 * - `KEEP_ENGLISH` is the allow-list of words Chinese text may keep: names of
 *   products, libraries and file formats, abbreviations and symbols that
 *   Chinese technical writing keeps in Latin letters.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from './problems';
import { CJK } from './drift';

export const KEEP_ENGLISH: ReadonlySet<string> = new Set(
  [
    // Libraries, products, formats, units
    'tensorflow', 'js', 'tfjs', 'webgpu', 'webgl', 'cpu', 'gpu', 'gpus', 'tpu', 'api', 'apis', 'json', 'csv', 'html', 'url', 'http', 'https', 'typescript',
    'javascript', 'monaco', 'katex', 'mermaid', 'uplot', 'zustand', 'react', 'vite', 'npm', 'node', 'chromium', 'chrome', 'firefox', 'safari', 'github', 'pages',
    'nginx', 'indexeddb', 'localhost', 'openai', 'gpt', 'chatgpt', 'llama', 'bert', 'saas', 'tiktoken', 'cl100k_base', 'o200k_base', 'pytorch', 'keras',
    'kb', 'mb', 'gb', 'tb', 'mib', 'gib', 'ms', 'flops', 'flop', 'tflop', 'tflops', 'usd', 'cny', 'h100', 'a100', 'sxm', 'pcie', 'nvidia', 'cuda', 'int8', 'float32', 'fp16', 'bf16',
    // Model and math names Chinese writing keeps in Latin letters
    'relu', 'sigmoid', 'softmax', 'logit', 'logits', 'tanh', 'adam', 'adamw', 'sgd', 'rmsprop', 'he', 'glorot', 'xavier', 'transformer', 'transformers', 'cnn', 'rnn', 'lstm', 'mlp',
    'bpe', 'mse', 'bce', 'cce', 'roc', 'auc', 'ap', 'ece', 'dp', 'fedavg', 'lora', 'rlhf', 'ltv', 'cac', 'cpm', 'mfu', 'roi', 'som', 'sam', 'tam', 'max', 'min', 'exp', 'ln',
    'log', 'argmax', 'mean', 'std', 'dense', 'sequential', 'fit', 'predict', 'compile', 'lab', 'tf', 'epoch', 'epochs', 'batch', 'token', 'tokens', 'xor', 'nan', 'inf',
    'infinity', 'true', 'false', 'null', 'id', 'ids', 'vs', 'eg', 'ie', 'et', 'al', 'wilson', 'ok',
  ],
);

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const indexEntrySchema = z.strictObject({ title: z.string().min(1), summary: z.string().min(1) });
const planSchema = z.strictObject({
  zh: z.strictObject({ pending: z.array(slugSchema), index: z.record(slugSchema, indexEntrySchema).optional() }),
});

/** A pending lesson's Chinese title and summary, shown in the course index until its text is translated. */
export type IndexEntry = z.infer<typeof indexEntrySchema>;

export interface TranslationPlan {
  /** Slugs of lessons and pages whose Chinese edition may still be missing. */
  readonly pending: ReadonlySet<string>;
  /** Chinese titles and summaries of pending items, for the course index. */
  readonly index: ReadonlyMap<string, IndexEntry>;
  readonly problems: ContentProblem[];
  readonly file: string;
}

/** content/translations.json (or LML_TRANSLATIONS_FILE for a test's fixture), or an empty plan. */
export function loadTranslationPlan(projectRoot: string): TranslationPlan {
  const path = process.env['LML_TRANSLATIONS_FILE'] ?? join(projectRoot, 'content', 'translations.json');
  const file = relative(projectRoot, path);
  if (!existsSync(path)) return { pending: new Set(), index: new Map(), problems: [], file };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { pending: new Set(), index: new Map(), problems: [{ file, line: 1, message: `not valid JSON: ${(error as Error).message}`, severity: 'error' }], file };
  }
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { pending: new Set(), index: new Map(), problems: [{ file, line: 1, message: `${issue?.path.join('.') || '(file)'}: ${issue?.message ?? 'invalid'}`, severity: 'error' }], file };
  }
  const pending = new Set(parsed.data.zh.pending);
  const index = new Map(Object.entries(parsed.data.zh.index ?? {}));
  const problems: ContentProblem[] = [...index.keys()]
    .filter((slug) => !pending.has(slug))
    .map((slug) => ({ file, line: null, message: `zh.index has "${slug}", which is not pending: its title and summary belong in its Chinese edition now`, severity: 'error' as const }));
  return { pending, index, problems, file };
}

/** The problem for an item whose Chinese edition is missing, or listed as pending though it exists. */
export function editionProblem(plan: TranslationPlan, slug: string, file: string, hasZh: boolean, zhFile: string): ContentProblem | null {
  if (!hasZh && plan.pending.has(slug)) {
    return { file, line: null, message: `not translated yet: ${zhFile} is missing (listed as pending in ${plan.file})`, severity: 'warning' };
  }
  if (!hasZh) return { file, line: null, message: `untranslated: write ${zhFile} (content/README.md, "Translating"), or list "${slug}" as pending in ${plan.file}`, severity: 'error' };
  if (plan.pending.has(slug)) return { file: plan.file, line: null, message: `"${slug}" has its Chinese edition now: take it off the pending list`, severity: 'error' };
  return null;
}

/**
 * UI strings whose Chinese is missing: equal to the English, or without a
 * Chinese character where the English has words. Placeholders (`{name}`) and
 * the allowed words do not count. `allowed` keys may stay as they are
 * (`WebGPU`, `{backend}`, `LTV / CAC`).
 */
export function checkDictionaries(
  en: Readonly<Record<string, string>>,
  zh: Readonly<Record<string, string>>,
  allowedKeys: ReadonlySet<string>,
  where: (key: string) => { file: string; line: number | null },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [key, english] of Object.entries(en)) {
    if (allowedKeys.has(key)) continue;
    const chinese = zh[key];
    if (chinese === undefined) continue; // tsc reports missing keys
    const words = (text: string) => [...text.replace(/\{\w+\}/g, ' ').matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]).filter((w) => !KEEP_ENGLISH.has(w.toLowerCase()));
    if (words(english).length === 0) continue;
    if (chinese === english || (!CJK.test(chinese) && words(chinese).length > 0)) {
      problems.push({ ...where(key), message: `"${key}" is not translated: "${chinese.slice(0, 60)}"`, severity: 'error' });
    }
  }
  return problems;
}
