/**
 * Progress: the pure rules (an exercise goes tried → done and stays done
 * until reset; hints and a solution seen are counted; a lesson's status; the
 * lesson to continue), and the saved document: written item by item under
 * `lml.progress`, read back, a damaged item kept aside without losing the rest.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progressDocSchema } from '../../../src/store/progress-doc';
import { decodeDoc } from '../../../src/store/sync/doc';
import { FakeStorage, installStorage } from './fake-storage';

const storage = new FakeStorage();
let uninstall: () => void = () => undefined;
beforeEach(() => {
  storage.map.clear();
  uninstall = installStorage(storage);
});
afterEach(() => uninstall());

const AT = 1_700_000_000_000;

describe('progress rules', async () => {
  const { nextProgress, lessonStatus, lastVisited } = await import('../../../src/store/progress');

  it('counts tries, hints and a solution seen; done stays done until reset', () => {
    let p = nextProgress(undefined, { kind: 'hint' }, AT);
    expect(p).toEqual({ status: 'tried', tries: 0, hints: 1, solutionShown: false });
    p = nextProgress(p, { kind: 'answer', right: false, answer: '3' }, AT);
    p = nextProgress(p, { kind: 'solution' }, AT);
    p = nextProgress(p, { kind: 'answer', right: true, answer: '4' }, AT + 5);
    expect(p).toEqual({ status: 'done', tries: 2, hints: 1, solutionShown: true, answer: '4', doneAt: AT + 5 });
    p = nextProgress(p, { kind: 'answer', right: false, answer: '5' }, AT + 9);
    expect(p).toMatchObject({ status: 'done', tries: 3, answer: '5', doneAt: AT + 5 });
    // A solution looked at after solving it is not "seen before solving".
    expect(nextProgress({ status: 'done', tries: 1, hints: 0, solutionShown: false }, { kind: 'solution' }, AT)).toMatchObject({ solutionShown: false });
    expect(nextProgress(p, { kind: 'reset' }, AT)).toBeUndefined();
  });

  it('a lesson is not started, in progress (opened or touched) or done (every exercise done)', () => {
    const ids = ['a', 'b'];
    const done = { status: 'done' as const, tries: 1, hints: 0, solutionShown: false };
    expect(lessonStatus('l', ids, { exercises: {}, lessons: {} })).toBe('not-started');
    expect(lessonStatus('l', ids, { exercises: {}, lessons: { l: { visitedAt: AT } } })).toBe('in-progress');
    expect(lessonStatus('l', ids, { exercises: { 'l/a': done }, lessons: {} })).toBe('in-progress');
    expect(lessonStatus('l', ids, { exercises: { 'l/a': done, 'l/b': done }, lessons: {} })).toBe('done');
    expect(lessonStatus('l', ids, { exercises: { 'm/a': done, 'm/b': done }, lessons: {} })).toBe('not-started');
  });

  it('continues with the lesson opened last, at its heading', () => {
    expect(lastVisited({ lessons: {} })).toBeNull();
    expect(lastVisited({ lessons: { a: { visitedAt: AT }, b: { visitedAt: AT + 1, heading: 'softmax' } } })).toEqual({ slug: 'b', heading: 'softmax' });
  });
});

describe('saved progress', () => {
  it('is written item by item and read back by a fresh store', async () => {
    const { useProgress, progressSync } = await import('../../../src/store/progress');
    useProgress.getState().record('losses-and-softmax/softmax-by-hand', { kind: 'answer', right: true, answer: '0.844' }, AT);
    useProgress.getState().visit('losses-and-softmax', 'softmax', AT);
    const stored = JSON.parse(storage.getItem('lml.progress') ?? 'null') as { version: number; state: Record<string, Record<string, { value: unknown }>> };
    expect(stored.version).toBe(1);
    expect(stored.state['exercises']?.['losses-and-softmax/softmax-by-hand']?.value).toEqual({ status: 'done', tries: 1, hints: 0, solutionShown: false, answer: '0.844', doneAt: AT });
    expect(stored.state['lessons']?.['losses-and-softmax']?.value).toEqual({ visitedAt: AT, heading: 'softmax' });
    // Another tab's change, adopted on refresh.
    const other = structuredClone(stored);
    (other.state['exercises'] as Record<string, unknown>)['gradient-descent/step'] = { at: AT + 10, value: { status: 'tried', tries: 1, hints: 2, solutionShown: false } };
    storage.setItem('lml.progress', JSON.stringify(other));
    progressSync.refresh();
    expect(useProgress.getState().exercises['gradient-descent/step']).toEqual({ status: 'tried', tries: 1, hints: 2, solutionShown: false });
  });

  it('a damaged item is refused on its own (and named), the rest is kept', () => {
    const text = JSON.stringify({
      version: 1,
      state: {
        exercises: { 'a/b': { at: AT, value: { status: 'done', tries: 1, hints: 0, solutionShown: false } }, 'a/c': { at: AT, value: { status: 'perfect' } } },
        lessons: { 'Not A Slug': { at: AT, value: { visitedAt: AT } } },
      },
    });
    const decoded = decodeDoc(text, progressDocSchema, AT);
    expect(decoded).toMatchObject({ kind: 'ok', items: { exercises: { 'a/b': { value: { status: 'done' } } } } });
    expect(decoded.kind === 'ok' ? decoded.rejected.map((r) => [r.collection, r.key]).sort() : []).toEqual([
      ['exercises', 'a/c'],
      ['lessons', 'Not A Slug'],
    ]);
  });

  it('a damaged item found at start is kept aside as progress', async () => {
    storage.setItem('lml.progress', JSON.stringify({ version: 1, state: { exercises: { 'a/c': { at: AT, value: { status: 'perfect' } } } } }));
    vi.resetModules();
    const { useProgress } = await import('../../../src/store/progress');
    const { useKeptAside } = await import('../../../src/store/kept-aside');
    expect(useProgress.getState().exercises).toEqual({});
    expect(useKeptAside.getState().entries.some((e) => 'kind' in e && e.kind === 'progress' && e.source === 'lml.progress')).toBe(true);
  });
});
