/**
 * "Export hand-in": the student's progress, lesson visits and code
 * exercises' code, from the stores, as a hand-in file (format.ts) named
 * after them. The name is remembered on this device (`lml.handinName`, not
 * part of the whole-work backup: a preference, not work).
 */
import { courseLessons, courseVersion } from 'virtual:exercises';
import { exerciseTabId } from '../exercises/types';
import { downloadText } from '../platform/download';
import { codeKey, useEditorStore } from '../store/editor';
import { useProgress } from '../store/progress';
import { safeLocalStorage } from '../store/storage';
import { handinFileName, makeHandin } from './format';

export const HANDIN_NAME_KEY = 'lml.handinName';

export const rememberedName = (): string => safeLocalStorage.getItem(HANDIN_NAME_KEY) ?? '';

/** Downloads the hand-in; returns its file name. */
export function downloadHandin(student: string, now = new Date()): string {
  safeLocalStorage.setItem(HANDIN_NAME_KEY, student.trim(), { quiet: true });
  const codes = useEditorStore.getState().codes;
  const code: Record<string, string> = {};
  for (const { slug, exercises } of courseLessons) {
    for (const { id, kind } of exercises) {
      const edited = kind === 'code' ? codes[codeKey(slug, exerciseTabId(id))] : undefined;
      if (edited !== undefined) code[`${slug}/${id}`] = edited;
    }
  }
  const { exercises, lessons } = useProgress.getState();
  const handin = makeHandin({ student, now, course: { version: courseVersion, lessons: courseLessons }, progress: exercises, visits: lessons, code });
  const file = handinFileName(student, now);
  downloadText(file, JSON.stringify(handin, null, 2), 'application/json');
  return file;
}
