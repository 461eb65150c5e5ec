/** storage.ts: a full quota keeps the newest value in memory for the export, and is reported. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onStorageWrite, safeLocalStorage, storedEntries, useStorageProblem, writeAllOrNothing } from '../../../src/store/storage';
import { FakeStorage, installStorage } from '../store/fake-storage';

describe('safeLocalStorage and storedEntries', () => {
  let fake: FakeStorage;
  let uninstall: () => void;
  beforeEach(() => {
    fake = new FakeStorage();
    uninstall = installStorage(fake);
    useStorageProblem.getState().clear();
  });
  afterEach(() => uninstall());

  it('lists stored lml.* items only', () => {
    safeLocalStorage.setItem('lml.editor', 'A');
    fake.map.set('other', 'B');
    expect(storedEntries('lml.')).toEqual({ 'lml.editor': 'A' });
  });

  it('on a full quota: reports it, keeps the newest value for the export, and no write listener fires', () => {
    const written: string[] = [];
    const stop = onStorageWrite((key) => written.push(key));
    safeLocalStorage.setItem('lml.editor', 'old');
    fake.quota = 0; // full
    safeLocalStorage.setItem('lml.editor', 'new');
    expect(useStorageProblem.getState()).toMatchObject({ problem: 'quota', key: 'lml.editor' });
    expect(fake.map.get('lml.editor')).toBe('old');
    expect(storedEntries('lml.')).toEqual({ 'lml.editor': 'new' });
    expect(written).toEqual(['lml.editor']);
    // Space freed: the next write succeeds, clears the problem and the in-memory copy.
    fake.quota = Infinity;
    safeLocalStorage.setItem('lml.editor', 'newer');
    expect(useStorageProblem.getState().problem).toBeNull();
    expect(storedEntries('lml.')).toEqual({ 'lml.editor': 'newer' });
    expect(written).toEqual(['lml.editor', 'lml.editor']);
    stop();
  });

  it('writeAllOrNothing: a write that fails puts back what was written before it, keeps nothing for the export and reports no problem', () => {
    // A real quota (characters): the old editor value and the new worksheet only fit while the editor is small.
    const sized = new FakeStorage(60);
    installStorage(sized);
    sized.setItem('lml.editor', 'old editor, somewhat long');
    const result = writeAllOrNothing([
      ['lml.editor', 'new'],
      ['lml.worksheet', 'new worksheet'],
      ['lml.aside.x', 'does not fit at all, not even close'],
    ]);
    expect(result).toEqual({ ok: false, failure: 'quota', key: 'lml.aside.x' });
    expect(Object.fromEntries(sized.map)).toEqual({ 'lml.editor': 'old editor, somewhat long' });
    expect(storedEntries('lml.')).toEqual({ 'lml.editor': 'old editor, somewhat long' });
    expect(useStorageProblem.getState().problem).toBeNull();
  });

  it('writeAllOrNothing: all written when they fit (null removes a key)', () => {
    safeLocalStorage.setItem('lml.gone', 'x');
    expect(writeAllOrNothing([['lml.editor', 'e'], ['lml.gone', null]])).toEqual({ ok: true });
    expect(Object.fromEntries(fake.map)).toEqual({ 'lml.editor': 'e' });
  });
});
