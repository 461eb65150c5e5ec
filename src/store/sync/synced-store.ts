/**
 * Binds a zustand store to its saved document in localStorage, item by item
 * (see entries.ts for the rules), instead of `persist` writing the whole state:
 *
 * - at start the document is read and checked item by item; a bad item is
 *   kept aside (kept-aside.ts) and left out, a damaged document is kept aside
 *   whole, and a document written by a newer build is never rewritten: the
 *   store then works from a copy under `<key>.v<version>`;
 * - every change of the store writes only the items that changed, merged into
 *   what storage holds now (read-merge-write), so another tab's items survive;
 * - a change made in another tab (the `storage` event) is read and adopted,
 *   and when both tabs changed the same item the losing text is kept aside.
 */
import type { StoreApi } from 'zustand';
import { keepAside, type AsideKind } from '../kept-aside';
import { onExternalChange, safeLocalStorage } from '../storage';
import { t } from '../../i18n';
import { decodeDoc, encodeDoc, type DocSchema, type Rejected } from './doc';
import { keepUnwritten, reconcile, recordLocal, type Adoption, type CollectionPolicy, type DocItems, type Mirror } from './entries';
import { copyKeyOf, setSyncMode, type SyncMode } from './status';

export interface SyncSpec<S> {
  /** The localStorage key (`lml.editor`). */
  readonly key: string;
  readonly schema: DocSchema;
  readonly policies: Readonly<Record<string, CollectionPolicy>>;
  /** The items the state holds, by collection then key. Unchanged items should keep their identity. */
  readonly items: (state: S) => Record<string, ReadonlyMap<string, unknown>>;
  /** The state after stored versions are taken on (another tab's edits, deletions, an import). */
  readonly adopt: (state: S, changes: readonly Adoption[], mirror: Mirror) => Partial<S>;
  /** Names an item for the kept-aside list. */
  readonly describe: (collection: string, key: string, value: unknown) => { kind: AsideKind; name: string };
  /** After loading: a change the state needs (a default scenario when none is saved), or null. */
  readonly afterLoad?: (state: S) => Partial<S> | null;
}

export interface SyncHandle {
  /** Reads storage again and takes on what changed (after an import). */
  refresh(): void;
  /** The key this store writes now (its own, or the copy). */
  activeKey(): string;
  /** The stamp (ms) of the version of an item this tab holds; undefined when it holds none. */
  stampOf(collection: string, key: string): number | undefined;
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));

export function syncStore<S>(store: StoreApi<S>, spec: SyncSpec<S>): SyncHandle {
  const version = spec.schema.version;
  const copyKey = copyKeyOf(spec.key, version);
  let mode: SyncMode = { kind: 'main' };
  let mirror: Mirror = new Map();
  let applying = false;
  let quietWrites = false;
  /** What this build could read of a newer build's document, until the copy exists. */
  let seed: DocItems = {};
  const activeKey = () => (mode.kind === 'main' ? spec.key : copyKey);

  const enterMode = (next: SyncMode) => {
    mode = next;
    setSyncMode(spec.key, next);
  };

  /** Keeps rejected items aside; true when every one of them is safely stored. */
  const keepRejected = (rejected: readonly Rejected[], source: string): boolean => {
    let all = true;
    for (const item of rejected) {
      const what = spec.describe(item.collection, item.key, undefined);
      const kept = keepAside({
        reason: 'damaged',
        source,
        kind: item.key === '' ? 'store' : what.kind,
        item: item.key === '' ? item.collection : `${item.collection}/${item.key}`,
        name: item.key === '' ? source : what.name,
        detail: item.problem,
        text: item.text,
      });
      all &&= kept.stored;
    }
    return all;
  };

  /**
   * The active document's items. Switches to the copy when the document is a
   * newer build's, or damaged and not safely kept aside. `rewrite` is set when
   * the stored text must be replaced (bad items left out, an old version upgraded).
   */
  const readActive = (now: number): { items: DocItems; rewrite: boolean } => {
    for (;;) {
      const key = activeKey();
      const raw = safeLocalStorage.getItem(key);
      const decoded = decodeDoc(raw, spec.schema, now);
      switch (decoded.kind) {
        case 'absent':
          return { items: key === spec.key ? {} : seed, rewrite: false };
        case 'ok': {
          const kept = decoded.rejected.length === 0 || keepRejected(decoded.rejected, key);
          if (!kept && key === spec.key) {
            enterMode({ kind: 'blocked', copyKey });
            continue;
          }
          return { items: decoded.items, rewrite: decoded.rejected.length > 0 || decoded.upgradedFrom !== null };
        }
        case 'damaged': {
          const kept = keepAside({ reason: 'damaged', source: key, kind: 'store', item: '', name: key, detail: decoded.problem, text: raw ?? '' });
          if (!kept.stored && key === spec.key) {
            enterMode({ kind: 'blocked', copyKey });
            continue;
          }
          return { items: {}, rewrite: true };
        }
        case 'newer':
          if (key === spec.key) {
            seed = decoded.items;
            enterMode({ kind: 'newer', version: decoded.version, known: version, copyKey });
            continue;
          }
          // The copy itself is a newer build's (it never writes one): leave it alone, work in memory.
          return { items: {}, rewrite: false };
      }
    }
  };

  const write = (items: DocItems): boolean => safeLocalStorage.setItem(activeKey(), encodeDoc(items, version), { quiet: quietWrites });

  const apply = (changes: readonly Adoption[]) => {
    if (changes.length === 0) return;
    applying = true;
    try {
      store.setState(spec.adopt(store.getState(), changes, mirror));
    } finally {
      applying = false;
    }
    // Taking changes on may change other items (a placeholder gives way): those are this tab's own changes.
    const recorded = recordLocal(mirror, spec.items(store.getState()), Date.now());
    if (recorded.changed) {
      mirror = recorded.mirror;
      sync();
    }
  };

  const sync = () => {
    const now = Date.now();
    const { items: stored, rewrite } = readActive(now);
    const plan = reconcile(stored, mirror, spec.policies, now);
    const target = plan.write ?? (rewrite ? stored : null);
    if (target === null) mirror = plan.mirror;
    else mirror = write(target) ? plan.mirror : keepUnwritten(plan, mirror);
    for (const conflict of plan.conflicts) {
      keepAside({
        reason: conflict.reason === 'deleted' ? 'deleted' : 'conflict',
        source: spec.key,
        ...spec.describe(conflict.collection, conflict.key, conflict.kept),
        item: `${conflict.collection}/${conflict.key}`,
        detail: t(conflict.winner === 'here' ? 'storage.aside.otherTabLost' : 'storage.aside.thisTabLost'),
        text: textOf(conflict.kept),
      });
    }
    apply(plan.adopt);
  };

  // Load: everything stored is taken on, whatever the policy (this tab starts from storage).
  const load = () => {
    // What loading writes (an upgrade, a default) is not a save of the user's work.
    quietWrites = true;
    try {
      const now = Date.now();
      const { items: stored, rewrite } = readActive(now);
      // Bad items left out, an old format upgraded: stored at once, before anything else writes.
      if (rewrite) write(stored);
      const plan = reconcile(stored, new Map(), spec.policies, now);
      mirror = plan.mirror;
      const all: Adoption[] = [];
      for (const [collection, entries] of Object.entries(stored)) {
        for (const [key, entry] of Object.entries(entries)) all.push({ collection, key, entry });
      }
      apply(all);
      const extra = spec.afterLoad?.(store.getState());
      if (extra) store.setState(extra);
    } finally {
      quietWrites = false;
    }
  };

  store.subscribe((state) => {
    if (applying) return;
    const recorded = recordLocal(mirror, spec.items(state), Date.now());
    if (!recorded.changed) return;
    mirror = recorded.mirror;
    sync();
  });

  load();
  onExternalChange((key) => {
    if (key === null || key === activeKey()) sync();
  });

  return {
    refresh: sync,
    activeKey,
    stampOf: (collection, key) => mirror.get(collection)?.get(key)?.at,
  };
}
