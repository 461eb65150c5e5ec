/**
 * Writes public/data/corpus.txt, the language-model lesson's training text:
 * the prose of this course's own lessons (content/lessons/<slug>/index.md in
 * course order, src/data/corpus.ts cleans it), cut to at most MAX_BYTES.
 * Run: npx tsx scripts/data/corpus.ts (again after editing lessons, if you like;
 * the lesson works with any text made of the corpus alphabet).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { cleanLessonText } from '../../src/data/corpus';

const MAX_BYTES = 60_000;
const LESSONS = resolve(import.meta.dirname, '../../content/lessons');
export const CORPUS_FILE = resolve(import.meta.dirname, '../../public/data/corpus.txt');

const lessons = readdirSync(LESSONS)
  .map((slug) => join(LESSONS, slug, 'index.md'))
  .filter((file) => existsSync(file))
  .map((file) => {
    const text = readFileSync(file, 'utf8');
    return { order: Number(matter(text).data['order'] ?? 0), text };
  })
  .sort((a, b) => a.order - b.order);

let corpus = lessons.map((l) => cleanLessonText(l.text)).join('\n');
if (corpus.length > MAX_BYTES) corpus = corpus.slice(0, corpus.lastIndexOf('\n', MAX_BYTES));
writeFileSync(CORPUS_FILE, corpus + '\n');
console.log(`wrote ${CORPUS_FILE}: ${corpus.length + 1} bytes from ${lessons.length} lessons, ${new Set(corpus).size} distinct characters`);
