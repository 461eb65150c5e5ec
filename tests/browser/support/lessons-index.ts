import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonMeta, PageMeta } from '../../../src/lessons/types';
import { TEST_DIST } from './build';

/** The published lessons of a build, from the index the lesson pipeline emits. */
export function builtLessons(distDir = TEST_DIST): LessonMeta[] {
  return (JSON.parse(readFileSync(join(distDir, 'lessons-index.json'), 'utf8')) as { lessons: LessonMeta[] }).lessons;
}

/** The published reference pages of a build (notation, glossary…), from the same index. */
export function builtPages(distDir = TEST_DIST): PageMeta[] {
  return (JSON.parse(readFileSync(join(distDir, 'lessons-index.json'), 'utf8')) as { pages?: PageMeta[] }).pages ?? [];
}
