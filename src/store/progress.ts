/**
 * The student's progress: which exercises they tried and solved (with tries,
 * hints and whether they saw the solution) and which lessons they opened, all
 * local, saved item by item under `lml.progress` (progress-doc.ts, sync/)
 * like the editor's code: two tabs never undo each other, the whole-work
 * export carries it, a damaged item is kept aside.
 *
 * A lesson is not started (never opened, no exercise touched), in progress,
 * or done (every exercise done): `lessonStatus`.
 */
import { create } from 'zustand';
import { progressDocSchema, type ExerciseProgress, type LessonVisit } from './progress-doc';
import { isGone, type Adoption } from './sync/entries';
import { syncStore } from './sync/synced-store';

export { PROGRESS_VERSION, type ExerciseProgress, type LessonVisit } from './progress-doc';

export const PROGRESS_STORAGE_KEY = 'lml.progress';

export const exerciseKey = (lessonSlug: string, exerciseId: string) => `${lessonSlug}/${exerciseId}`;

export type ExerciseEvent =
  /** An answer or a check run: right or not. */
  | { readonly kind: 'answer'; readonly right: boolean; readonly answer: string }
  | { readonly kind: 'hint' }
  | { readonly kind: 'solution' }
  | { readonly kind: 'reset' };

export interface ProgressState {
  readonly exercises: Readonly<Record<string, ExerciseProgress>>;
  readonly lessons: Readonly<Record<string, LessonVisit>>;
  readonly record: (key: string, event: ExerciseEvent, now?: number) => void;
  readonly visit: (lessonSlug: string, heading?: string | null, now?: number) => void;
}

const FRESH: ExerciseProgress = { status: 'tried', tries: 0, hints: 0, solutionShown: false };

/** The progress after one event (pure). Once done, an exercise stays done until it is reset. */
export function nextProgress(previous: ExerciseProgress | undefined, event: ExerciseEvent, now: number): ExerciseProgress | undefined {
  const p = previous ?? FRESH;
  switch (event.kind) {
    case 'reset':
      return undefined;
    case 'hint':
      return { ...p, hints: p.hints + 1 };
    case 'solution':
      return p.solutionShown || p.status === 'done' ? p : { ...p, solutionShown: true };
    case 'answer': {
      const tries = p.tries + 1;
      if (p.status === 'done') return { ...p, tries, answer: event.answer };
      return event.right ? { ...p, tries, answer: event.answer, status: 'done', doneAt: now } : { ...p, tries, answer: event.answer };
    }
  }
}

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

/** A lesson's status from its exercises' ids and the saved progress. */
export function lessonStatus(slug: string, exerciseIds: readonly string[], state: Pick<ProgressState, 'exercises' | 'lessons'>): LessonStatus {
  const done = exerciseIds.filter((id) => state.exercises[exerciseKey(slug, id)]?.status === 'done').length;
  if (exerciseIds.length > 0 && done === exerciseIds.length) return 'done';
  const touched = state.lessons[slug] !== undefined || exerciseIds.some((id) => state.exercises[exerciseKey(slug, id)] !== undefined);
  return touched ? 'in-progress' : 'not-started';
}

/** The lesson opened last (and its heading), for "continue where you left off"; null before any. */
export function lastVisited(state: Pick<ProgressState, 'lessons'>): { slug: string; heading?: string } | null {
  let best: { slug: string; at: number; heading?: string } | null = null;
  for (const [slug, visit] of Object.entries(state.lessons)) {
    if (!best || visit.visitedAt > best.at) best = { slug, at: visit.visitedAt, ...(visit.heading ? { heading: visit.heading } : {}) };
  }
  return best && { slug: best.slug, ...(best.heading ? { heading: best.heading } : {}) };
}

function withKey<T>(map: Readonly<Record<string, T>>, key: string, value: T | undefined): Record<string, T> {
  const { [key]: _old, ...rest } = map;
  return value === undefined ? rest : { ...rest, [key]: value };
}

export function adoptProgress(state: Pick<ProgressState, 'exercises' | 'lessons'>, changes: readonly Adoption[]): Partial<ProgressState> {
  let { exercises, lessons } = state;
  for (const { collection, key, entry } of changes) {
    const value = isGone(entry) ? undefined : entry.value;
    if (collection === 'exercises') exercises = withKey(exercises, key, value as ExerciseProgress | undefined);
    else if (collection === 'lessons') lessons = withKey(lessons, key, value as LessonVisit | undefined);
  }
  return { exercises, lessons };
}

export const useProgress = create<ProgressState>()((set) => ({
  exercises: {},
  lessons: {},
  record: (key, event, now = Date.now()) => set((s) => ({ exercises: withKey(s.exercises, key, nextProgress(s.exercises[key], event, now)) })),
  visit: (lessonSlug, heading, now = Date.now()) =>
    set((s) => {
      const before = s.lessons[lessonSlug];
      const next: LessonVisit = { visitedAt: now, ...(heading ? { heading } : {}) };
      // Unchanged but for the time within a minute: no write (scrolling would otherwise write on every heading).
      if (before && before.heading === next.heading && now - before.visitedAt < 60_000) return {};
      return { lessons: { ...s.lessons, [lessonSlug]: next } };
    }),
}));

export const progressSync = syncStore(useProgress, {
  key: PROGRESS_STORAGE_KEY,
  schema: progressDocSchema,
  policies: { exercises: {}, lessons: {} },
  items: (state) => ({ exercises: new Map(Object.entries(state.exercises)), lessons: new Map(Object.entries(state.lessons)) }),
  adopt: (state, changes) => adoptProgress(state, changes),
  describe: (_collection, key) => ({ kind: 'progress', name: key }),
});
