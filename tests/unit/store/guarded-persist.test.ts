/** Settings storage (zustand persist): a damaged value is kept aside before it is replaced; a newer build's is never rewritten. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isReadable, useKeptAside } from '../../../src/store/kept-aside';
import { guardedPersistStorage } from '../../../src/store/sync/guarded-persist';
import { useSyncStatus } from '../../../src/store/sync/status';
import { FakeStorage, installStorage } from './fake-storage';

let storage: FakeStorage;
let uninstall: () => void;

beforeEach(() => {
  storage = new FakeStorage();
  uninstall = installStorage(storage);
  useKeptAside.setState({ entries: [], fresh: [] });
  useSyncStatus.setState({ modes: {} });
});
afterEach(() => uninstall());

describe('guardedPersistStorage', () => {
  it.each(['{oops', 'null', '[1]', '{"state":{}}'])('keeps %s aside, reports it, and then writes normally', (text) => {
    storage.setItem('lml.settings', text);
    const adapter = guardedPersistStorage<{ theme: string }>(1);
    expect(adapter.getItem('lml.settings')).toBeNull();
    expect(useKeptAside.getState().entries.filter(isReadable).map((e) => [e.reason, e.text])).toEqual([['damaged', text]]);
    void adapter.setItem('lml.settings', { state: { theme: 'dark' }, version: 1 });
    expect(storage.getItem('lml.settings')).toBe('{"state":{"theme":"dark"},"version":1}');
  });

  it('a newer build’s value is read but never rewritten: writes go to the copy, which is read next time', () => {
    const newer = '{"state":{"theme":"dark","newThing":1},"version":2}';
    storage.setItem('lml.settings', newer);
    const adapter = guardedPersistStorage<{ theme: string }>(1);
    expect(adapter.getItem('lml.settings')).toEqual({ state: { theme: 'dark', newThing: 1 }, version: 2 });
    expect(useSyncStatus.getState().modes['lml.settings']).toEqual({ kind: 'newer', version: 2, known: 1, copyKey: 'lml.settings.v1' });
    void adapter.setItem('lml.settings', { state: { theme: 'light' }, version: 1 });
    expect(storage.getItem('lml.settings')).toBe(newer);
    expect(guardedPersistStorage<{ theme: string }>(1).getItem('lml.settings')).toEqual({ state: { theme: 'light' }, version: 1 });
  });
});
