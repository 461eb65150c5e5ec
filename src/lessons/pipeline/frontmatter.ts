/**
 * Lesson frontmatter: parsed with gray-matter, validated with zod. Errors
 * name the field, so the validator can say exactly what is wrong.
 */
import matter from 'gray-matter';
import { z } from 'zod';
import { err, ok, type Result } from '../../result';

const exampleSchema = z.strictObject({
  file: z.string().regex(/^[a-z0-9][a-z0-9-]*\.ts$/, 'must be a file name like "my-example.ts" in examples/'),
  title: z.string().min(1),
});

export const frontmatterSchema = z.strictObject({
  title: z.string().min(1),
  order: z.number(),
  summary: z.string().min(1),
  draft: z.boolean().optional(),
  examples: z.array(exampleSchema).optional(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** A reference page (content/pages/<slug>.md): no examples; `order` sorts the reference links. */
export const pageFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  order: z.number().optional(),
  draft: z.boolean().optional(),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

/**
 * A translation's frontmatter (index.zh.md, <page>.zh.md): only what is
 * written in words. Order, draft and the example files come from the English
 * edition; `examples` repeats its files, in its order, with translated titles.
 */
export const translationFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  examples: z.array(exampleSchema).optional(),
});

export type TranslationFrontmatter = z.infer<typeof translationFrontmatterSchema>;

export interface ParsedFile<F> {
  readonly frontmatter: F;
  /** The Markdown body, with blank lines where the frontmatter was so that line numbers match the file. */
  readonly body: string;
}

export type ParsedLessonFile = ParsedFile<Frontmatter>;

export function parseLessonFile(source: string): Result<ParsedLessonFile, { message: string; line: number | null }> {
  return parseWithSchema(source, frontmatterSchema, 'the file must start with frontmatter between --- lines (title, order, summary)');
}

export function parsePageFile(source: string): Result<ParsedFile<PageFrontmatter>, { message: string; line: number | null }> {
  return parseWithSchema(source, pageFrontmatterSchema, 'the file must start with frontmatter between --- lines (title, summary)');
}

export function parseTranslationFile(source: string): Result<ParsedFile<TranslationFrontmatter>, { message: string; line: number | null }> {
  return parseWithSchema(source, translationFrontmatterSchema, 'the file must start with frontmatter between --- lines (title, summary)');
}

function parseWithSchema<S extends z.ZodType>(
  source: string,
  schema: S,
  missing: string,
): Result<ParsedFile<z.infer<S>>, { message: string; line: number | null }> {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object defeats gray-matter's cache, which keeps the first parse of equal strings.
    parsed = matter(source, {});
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    return err({
      message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`,
      line: typeof mark?.line === 'number' ? mark.line + 2 : 1,
    });
  }
  if (!source.startsWith('---')) {
    return err({ message: missing, line: 1 });
  }
  const checked = schema.safeParse(parsed.data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.path.join('.') || '(frontmatter)';
    return err({ message: `frontmatter field "${field}": ${issue?.message ?? 'invalid'}`, line: 1 });
  }
  const headerLines = source.slice(0, source.length - parsed.content.length).split('\n').length - 1;
  return ok({ frontmatter: checked.data, body: '\n'.repeat(headerLines) + parsed.content });
}
