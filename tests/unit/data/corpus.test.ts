/** The language-model corpus: cleaned lesson prose in the corpus alphabet, of the stated size. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLessonText, CORPUS_ALPHABET } from '../../../src/data/corpus';

describe('corpus', () => {
  it('keeps prose and drops frontmatter, code, math, placeholders, tables and link targets', () => {
    const md = [
      '---', 'title: X', '---', '', '## A heading', '', 'The **softmax** of $z$ is [here](#/x) {{fact}}, as `code` shows and the model learns a lot.',
      '', '```ts', 'const x = 1;', '```', '', '$$', 'e^{x}', '$$', '', '| a | b |', '|---|---|',
    ].join('\n');
    expect(cleanLessonText(md)).toBe('the softmax of is here , as shows and the model learns a lot.');
  });

  it('ships a corpus made only of the alphabet, 30–80 KB', () => {
    const corpus = readFileSync(resolve(import.meta.dirname, '../../../public/data/corpus.txt'), 'utf8');
    const allowed = new Set(CORPUS_ALPHABET);
    expect(Array.from(corpus).every((c) => allowed.has(c))).toBe(true);
    expect(corpus.length).toBeGreaterThan(30_000);
    expect(corpus.length).toBeLessThan(80_000);
  });
});
