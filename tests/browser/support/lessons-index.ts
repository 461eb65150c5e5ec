import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonMeta } from '../../../src/lessons/types';
import { DIST_DIR } from './static-server';

/** The published lessons of a build, from the index the lesson pipeline emits. */
export function builtLessons(distDir = DIST_DIR): LessonMeta[] {
  return (JSON.parse(readFileSync(join(distDir, 'lessons-index.json'), 'utf8')) as { lessons: LessonMeta[] }).lessons;
}
