/**
 * The shape of the course glossary (content/glossary.ts), validated by the
 * build so a bad entry is reported with its id rather than breaking a page.
 */
import { z } from 'zod';

const text = z.string().trim().min(1);

export const glossaryTermSchema = z.strictObject({
  /** Lowercase letters, digits and dashes: the entry's anchor on the glossary page (`#/glossary/term-<id>`). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'),
  /** The English term, as the English lessons write it. */
  en: text,
  /** The Chinese the course uses (d2l-zh's where it has one). */
  zh: text,
  /** Other renderings a Chinese reader will meet elsewhere. */
  alternatives: z.array(text).optional(),
  /** Forms to link in lessons when they are not just the term (English also matches plurals of these). */
  match: z.strictObject({ en: z.array(text).min(1).optional(), zh: z.array(text).min(1).optional() }).optional(),
  /** One line in each language. */
  definition: z.strictObject({ en: text, zh: text }),
});

export type GlossaryTerm = z.input<typeof glossaryTermSchema>;
export const glossarySchema = z.array(glossaryTermSchema);
