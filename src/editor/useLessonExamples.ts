import { loadExamples } from 'virtual:examples';
import type { LessonExample } from '../lessons/types';
import { useLessonPart, type PartLoad } from '../lessons/useLessonPart';

export type ExamplesLoad = PartLoad<readonly LessonExample[]>;

/** A lesson's examples in the reader's language (their own lazy chunk; see useLessonPart). */
export function useLessonExamples(slug: string): ExamplesLoad {
  return useLessonPart(loadExamples, slug);
}
