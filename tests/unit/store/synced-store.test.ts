/**
 * The per-item saving layer with two "tabs" (two stores on one storage):
 * neither undoes the other, each learns of the other's changes, a conflict
 * keeps both texts, a deletion stands, and damaged or newer-build data is
 * kept, never silently reset or rewritten. `refresh()` stands in for the
 * browser's `storage` event (Node has none; the browser tests use the real one).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { create, type StoreApi } from 'zustand';
import { isReadable, useKeptAside, type AsideEntry } from '../../../src/store/kept-aside';
import { useStorageProblem } from '../../../src/store/storage';
import type { CollectionSchema, DocSchema } from '../../../src/store/sync/doc';
import { isGone, type Adoption } from '../../../src/store/sync/entries';
import { useSyncStatus } from '../../../src/store/sync/status';
import { syncStore, type SyncHandle } from '../../../src/store/sync/synced-store';
import { FakeStorage, installStorage } from './fake-storage';

interface Notes {
  readonly notes: Readonly<Record<string, string>>;
}

const notesCollection: CollectionSchema = {
  validKey: (key) => /^[a-z]+$/.test(key),
  check: (value) => (typeof value === 'string' ? { ok: true, value } : { ok: false, problem: 'a note is text' }),
};
const schema: DocSchema = {
  version: 2,
  collections: { notes: notesCollection },
  upgrade: (version, state, at) =>
    version === 1 && typeof state === 'object' && state !== null
      ? { notes: Object.fromEntries(Object.entries((state as { notes: Record<string, string> }).notes).map(([k, v]) => [k, { at, value: v }])) }
      : null,
};
const KEY = 'lml.notes';

function tab(finalDelete = true): { store: StoreApi<Notes>; sync: SyncHandle } {
  const store = create<Notes>()(() => ({ notes: {} }));
  const sync = syncStore(store, {
    key: KEY,
    schema,
    policies: { notes: { finalDelete } },
    items: (s) => ({ notes: new Map(Object.entries(s.notes)) }),
    adopt: (s, changes: readonly Adoption[]) => {
      const notes = new Map(Object.entries(s.notes));
      for (const { key, entry } of changes) {
        if (isGone(entry)) notes.delete(key);
        else notes.set(key, entry.value as string);
      }
      return { notes: Object.fromEntries(notes) };
    },
    describe: (_collection, key) => ({ kind: 'scenario', name: key }),
  });
  return { store, sync };
}

const edit = (t: { store: StoreApi<Notes> }, key: string, text: string) => t.store.setState((s) => ({ notes: { ...s.notes, [key]: text } }));
const remove = (t: { store: StoreApi<Notes> }, key: string) =>
  t.store.setState((s) => ({ notes: Object.fromEntries(Object.entries(s.notes).filter(([k]) => k !== key)) }));
const stored = (storage: FakeStorage) => JSON.parse(storage.getItem(KEY) ?? 'null') as { version: number; state: { notes: Record<string, { value?: string; gone?: true }> } };
const storedNotes = (storage: FakeStorage) =>
  Object.fromEntries(Object.entries(stored(storage).state.notes).filter(([, e]) => !e.gone).map(([k, e]) => [k, e.value]));
const aside = () => useKeptAside.getState().entries.filter<AsideEntry>(isReadable);

let storage: FakeStorage;
let uninstall: () => void;
let now = 1_000_000;
const realNow = Date.now;

beforeEach(() => {
  storage = new FakeStorage();
  uninstall = installStorage(storage);
  useKeptAside.setState({ entries: [], fresh: [] });
  useStorageProblem.getState().clear();
  useSyncStatus.setState({ modes: {} });
  // A clock that moves 1 s per reading: edits in sequence are in order.
  Date.now = () => (now += 1000);
});

afterEach(() => {
  Date.now = realNow;
  uninstall();
});

describe('two tabs on one storage', () => {
  it('an edit of another item in tab B, open since before, keeps tab A’s edit (tabs/different-examples)', () => {
    const a = tab();
    const b = tab();
    edit(a, 'gradient', 'A’s edit');
    edit(b, 'attention', 'B’s edit');
    expect(storedNotes(storage)).toEqual({ gradient: 'A’s edit', attention: 'B’s edit' });
    // Tab A reloads: its edit is there (tabs/different-examples-after-reload).
    expect(tab().store.getState().notes).toEqual({ gradient: 'A’s edit', attention: 'B’s edit' });
  });

  it('learns of the other tab’s changes and shows them', () => {
    const a = tab();
    const b = tab();
    edit(a, 'gradient', 'from A');
    expect(b.store.getState().notes).toEqual({});
    b.sync.refresh();
    expect(b.store.getState().notes).toEqual({ gradient: 'from A' });
    expect(aside()).toEqual([]);
  });

  it('the same item edited in both: the newer edit is saved, the other is kept aside and named', () => {
    const a = tab();
    const b = tab();
    edit(a, 'plan', 'older, from A');
    edit(b, 'plan', 'newer, from B');
    expect(storedNotes(storage)).toEqual({ plan: 'newer, from B' });
    const kept = aside();
    expect(kept.map((e) => [e.reason, e.text, e.name])).toEqual([['conflict', 'older, from A', 'plan']]);
    expect(useKeptAside.getState().fresh).toEqual([kept[0]?.id]);
    // Tab A is told by the storage event and shows the saved version.
    a.sync.refresh();
    expect(a.store.getState().notes).toEqual({ plan: 'newer, from B' });
  });

  it('a deletion stands: an edit of another item does not bring it back, and an edit of it is kept aside (tabs/delete-resurrected)', () => {
    const a = tab();
    edit(a, 'keep', 'k');
    edit(a, 'gone', 'g');
    const b = tab();
    expect(b.store.getState().notes).toEqual({ keep: 'k', gone: 'g' });
    remove(a, 'gone');
    edit(b, 'keep', 'k2');
    expect(storedNotes(storage)).toEqual({ keep: 'k2' });
    b.sync.refresh();
    expect(b.store.getState().notes).toEqual({ keep: 'k2' });
    // B edits a note A deleted before B heard of it: the deletion stands, B's text is kept aside.
    const c = tab();
    edit(c, 'draft', 'd');
    const d = tab();
    remove(c, 'draft');
    edit(d, 'draft', 'd, edited in D');
    expect(storedNotes(storage)).toEqual({ keep: 'k2' });
    expect(d.store.getState().notes).toEqual({ keep: 'k2' });
    expect(aside().map((e) => [e.reason, e.text])).toEqual([['deleted', 'd, edited in D']]);
  });

  it('two saves at the same moment (B had not seen A’s): A finds out when it hears of B’s, and keeps its own text aside', () => {
    const a = tab();
    const b = tab();
    const before = storage.getItem(KEY);
    edit(a, 'plan', 'from A');
    // B's renderer has not seen A's write yet: its read-merge-write starts from the older document.
    const afterA = storage.getItem(KEY);
    if (before === null) storage.removeItem(KEY);
    else storage.setItem(KEY, before);
    edit(b, 'plan', 'from B');
    expect(afterA).toContain('from A');
    expect(storedNotes(storage)).toEqual({ plan: 'from B' });
    a.sync.refresh();
    expect(a.store.getState().notes).toEqual({ plan: 'from B' });
    expect(aside().map((e) => [e.reason, e.text])).toEqual([['conflict', 'from A']]);
  });

  it('writes a lost write again (another tab overwrote the document with an old copy)', () => {
    const a = tab();
    edit(a, 'one', '1');
    const old = storage.getItem(KEY) ?? '';
    edit(a, 'two', '2');
    storage.setItem(KEY, old);
    a.sync.refresh();
    expect(storedNotes(storage)).toEqual({ one: '1', two: '2' });
  });
});

describe('what is stored that this build cannot use', () => {
  it.each([
    ['not JSON', '{"version":2,"state":{"notes":{"a":{"at":1,"value":"x"}'],
    ['null', 'null'],
    ['a list', '[1,2]'],
    ['no version', '{"state":{}}'],
  ])('%s: kept aside whole and reported, then replaced by the first edit (storage/*/says-what-happened)', (_name, text) => {
    storage.setItem(KEY, text);
    const t = tab();
    expect(t.store.getState().notes).toEqual({});
    const kept = aside();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ reason: 'damaged', source: KEY, kind: 'store', text });
    expect(kept[0]?.detail).not.toBe('');
    expect(useKeptAside.getState().fresh).toHaveLength(1);
    edit(t, 'new', 'n');
    expect(storedNotes(storage)).toEqual({ new: 'n' });
    // The damaged text is still there, under its own key.
    expect([...storage.map.entries()].filter(([k]) => k.startsWith('lml.aside.')).map(([, v]) => (JSON.parse(v) as { text: string }).text)).toEqual([text]);
  });

  it('one bad item is kept aside; the others load; the document is rewritten without it', () => {
    storage.setItem(KEY, JSON.stringify({ version: 2, state: { notes: { good: { at: 5, value: 'ok' }, bad: { at: 5, value: 42 }, BAD: { at: 5, value: 'x' } } } }));
    const t = tab();
    expect(t.store.getState().notes).toEqual({ good: 'ok' });
    expect(aside().map((e) => [e.item, e.detail]).sort()).toEqual([
      ['notes/BAD', '“BAD” is not a valid name here'],
      ['notes/bad', 'a note is text'],
    ]);
    expect(storedNotes(storage)).toEqual({ good: 'ok' });
  });

  it('a document from a newer build is never rewritten: this build works from a copy and says so (storage/*-version-2-from-newer-build)', () => {
    const newer = JSON.stringify({ version: 3, state: { notes: { shared: { at: 5, value: 'from v3' } }, newField: { x: 1 } } });
    storage.setItem(KEY, newer);
    const t = tab();
    expect(t.store.getState().notes).toEqual({ shared: 'from v3' });
    expect(useSyncStatus.getState().modes[KEY]).toEqual({ kind: 'newer', version: 3, known: 2, copyKey: `${KEY}.v2` });
    edit(t, 'mine', 'from v2');
    expect(storage.getItem(KEY)).toBe(newer);
    const copy = JSON.parse(storage.getItem(`${KEY}.v2`) ?? 'null') as { version: number; state: { notes: Record<string, { value: string }> } };
    expect(copy.version).toBe(2);
    expect(Object.fromEntries(Object.entries(copy.state.notes).map(([k, e]) => [k, e.value]))).toEqual({ shared: 'from v3', mine: 'from v2' });
    // The next load reads the copy.
    expect(tab().store.getState().notes).toEqual({ shared: 'from v3', mine: 'from v2' });
  });

  it('upgrades an older version at load (format 1 → 2) and writes it at once', () => {
    storage.setItem(KEY, JSON.stringify({ version: 1, state: { notes: { old: 'kept' } } }));
    const t = tab();
    expect(t.store.getState().notes).toEqual({ old: 'kept' });
    expect(stored(storage).version).toBe(2);
    expect(storedNotes(storage)).toEqual({ old: 'kept' });
  });

  it('damaged and no room to set it aside: the damaged document is left as it is and this tab writes to the copy', () => {
    const damaged = 'x'.repeat(400);
    storage.setItem(KEY, damaged);
    storage.quota = 600;
    const t = tab();
    expect(useSyncStatus.getState().modes[KEY]).toEqual({ kind: 'blocked', copyKey: `${KEY}.v2` });
    edit(t, 'a', 'b');
    expect(storage.getItem(KEY)).toBe(damaged);
    expect(JSON.parse(storage.getItem(`${KEY}.v2`) ?? 'null')).toMatchObject({ version: 2, state: { notes: { a: { value: 'b' } } } });
  });
});
