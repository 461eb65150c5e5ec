import { useMemo } from 'react';
import { loadExercises } from 'virtual:exercises';
import { exerciseTabId } from '../exercises/types';
import { t } from '../i18n';
import type { LessonExample } from '../lessons/types';
import { useLessonPart } from '../lessons/useLessonPart';

const NONE: readonly LessonExample[] = [];

/**
 * A lesson's code exercises as tabs of its code pane, after its examples:
 * `exercise-<id>`, titled "Exercise: …", starting from the starter code. Their
 * edits are saved like an example's (store/editor.ts); the exercise's "Check
 * my code" checks what the tab holds. None while loading or if the load fails
 * (the examples still show), and none until `wanted`: the pane asks once the
 * reader opens the editor or an exercise asks for its tab, so a lesson's
 * first seconds do not pay for unpacking its exercises (that cost the
 * lesson pages ~100 ms of blocking time on Lighthouse's mobile run).
 */
export function useExerciseTabs(slug: string, wanted: boolean): readonly LessonExample[] {
  const load = useLessonPart(loadExercises, slug, wanted);
  return useMemo(
    () =>
      load.state !== 'ready'
        ? NONE
        : load.value.flatMap((e) => (e.kind === 'code' ? [{ id: exerciseTabId(e.id), title: t('exercise.code.tab', { title: e.title }), code: e.starter, highlight: e.highlight }] : [])),
    [load],
  );
}
