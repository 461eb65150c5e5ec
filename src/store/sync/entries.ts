/**
 * Per-item saving that several tabs can share (pure: no storage, no clock).
 *
 * A store's saved state is a set of collections (the editor's `codes`, the
 * worksheet's `scenarios`, …), each a map of items. Every stored item carries
 * `at`, the time (ms) of the edit that made it, and a deleted item stays as a
 * tombstone `{ at, gone: true }` so that another tab learns of the deletion.
 *
 * A tab mirrors each item it knows with the stamp of the stored version its
 * own value derives from (`base`) and whether it changed it since (`dirty`).
 * `reconcile` compares that mirror with what storage holds now and decides,
 * item by item, without ever touching an item nobody changed:
 *
 * | this tab          | stored item                 | outcome                                    |
 * |-------------------|-----------------------------|--------------------------------------------|
 * | clean             | newer (`S.at > T.at`)       | adopt the stored version                   |
 * | clean             | older or missing            | write ours again (a write that was lost)   |
 * | dirty             | not changed since our base  | write ours                                 |
 * | dirty             | changed since our base      | conflict: same text → nothing; a deletion  |
 * |                   |                             | in a collection where deletions are final  |
 * |                   |                             | wins; else the newer edit wins storage and |
 * |                   |                             | the other text is returned to be kept aside |
 */

/** A stored item: its value (JSON data) and when it was last edited; `order` places list items. */
export interface LiveEntry {
  readonly at: number;
  readonly value: unknown;
  readonly order?: number;
  /** The stamp of the version this one was edited from (absent: unknown, e.g. imported). */
  readonly base?: number;
}

/** A deleted item, kept so other tabs delete it too. */
export interface GoneEntry {
  readonly at: number;
  readonly gone: true;
  readonly base?: number;
}

export type Entry = LiveEntry | GoneEntry;
/** Items of one collection by key. */
export type Collection = Readonly<Record<string, Entry>>;
/** Collections by name. */
export type DocItems = Readonly<Record<string, Collection>>;

export const isGone = (entry: Entry): entry is GoneEntry => 'gone' in entry;

/** What this tab knows of one item. `value === GONE` is a deletion. */
export interface Tracked {
  readonly value: unknown;
  /** When this tab's value was made (its own edit) or stored (adopted). */
  readonly at: number;
  /** The stamp of the stored version this value derives from. */
  readonly base: number;
  /** Changed here since `base`, not yet written. */
  readonly dirty: boolean;
  readonly order?: number;
}

export const GONE: unique symbol = Symbol('gone');

export type Mirror = ReadonlyMap<string, ReadonlyMap<string, Tracked>>;

export interface CollectionPolicy {
  /** A deletion beats later edits made elsewhere (scenarios): deleting is never undone by another tab. */
  readonly finalDelete?: boolean;
  /** false: this tab never takes the stored value from others (e.g. which scenario this tab shows). */
  readonly adopt?: boolean;
  /** Items carry `order`; new ones go last. */
  readonly ordered?: boolean;
}

export interface Conflict {
  readonly collection: string;
  readonly key: string;
  /** The text that lost and must be kept aside. */
  readonly kept: unknown;
  /** `here`: this tab's version won storage; `there`: the other tab's did. */
  readonly winner: 'here' | 'there';
  /** `deleted`: the item was deleted (here or there) and the deletion won. */
  readonly reason: 'edited' | 'deleted';
}

export interface Adoption {
  readonly collection: string;
  readonly key: string;
  readonly entry: Entry;
}

export interface ReconcilePlan {
  /** The stored items with this tab's writes applied; null when nothing of ours needs writing. */
  readonly write: DocItems | null;
  /** Stored versions this tab takes on (remote edits, deletions, conflict losses). */
  readonly adopt: readonly Adoption[];
  readonly conflicts: readonly Conflict[];
  /** The items of this tab that `write` puts, by collection and key. */
  readonly puts: readonly (readonly [string, string])[];
  /** The mirror after the write succeeds. */
  readonly mirror: Mirror;
}

/** Tombstones older than this are dropped (a tab open longer than that is not expected). */
export const TOMBSTONE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

function entryOf(tracked: Tracked, order: number | undefined): Entry {
  const base = tracked.base;
  if (tracked.value === GONE) return { at: tracked.at, gone: true, base };
  return order === undefined ? { at: tracked.at, value: tracked.value, base } : { at: tracked.at, value: tracked.value, order, base };
}

function trackedOf(entry: Entry): Tracked {
  if (isGone(entry)) return { value: GONE, at: entry.at, base: entry.at, dirty: false };
  return { value: entry.value, at: entry.at, base: entry.at, dirty: false, ...(entry.order !== undefined ? { order: entry.order } : {}) };
}

function nextOrder(stored: ReadonlyMap<string, Entry>, mirror: ReadonlyMap<string, Tracked> | undefined): number {
  let max = -1;
  for (const entry of stored.values()) if (!isGone(entry) && entry.order !== undefined) max = Math.max(max, entry.order);
  for (const tracked of mirror?.values() ?? []) if (tracked.order !== undefined) max = Math.max(max, tracked.order);
  return max + 1;
}

/**
 * Decides what to write and what to adopt; see the table above. `now` only
 * prunes old tombstones. Pure: the caller writes `write`, applies `adopt`,
 * keeps `conflicts` aside and, once written, takes `mirror`.
 */
export function reconcile(
  stored: DocItems,
  mirror: Mirror,
  policies: Readonly<Record<string, CollectionPolicy>>,
  now: number,
): ReconcilePlan {
  const write: Record<string, Record<string, Entry>> = {};
  const nextMirror = new Map<string, Map<string, Tracked>>();
  const adopt: Adoption[] = [];
  const conflicts: Conflict[] = [];
  const puts: [string, string][] = [];

  for (const [name, policy] of Object.entries(policies)) {
    const storedItems = stored[name] ?? {};
    const mine = mirror.get(name);
    const out = new Map<string, Entry>(Object.entries(storedItems));
    const known = new Map<string, Tracked>();
    const put = (key: string, tracked: Tracked) => {
      let order = tracked.order;
      if (policy.ordered && tracked.value !== GONE && order === undefined) order = nextOrder(out, known);
      out.set(key, entryOf(tracked, order));
      known.set(key, { value: tracked.value, at: tracked.at, base: tracked.at, dirty: false, ...(order !== undefined ? { order } : {}) });
      puts.push([name, key]);
    };
    const take = (key: string, entry: Entry) => {
      known.set(key, trackedOf(entry));
      if (policy.adopt !== false) adopt.push({ collection: name, key, entry });
    };

    for (const [key, entry] of Object.entries(storedItems)) {
      if (!mine?.has(key)) take(key, entry);
    }
    for (const [key, tracked] of mine ?? []) {
      const there = storedItems[key];
      if (!there) {
        // Ours is new, or storage lost it (a race, or site data cleared): write it.
        // A clean deletion storage no longer lists (a pruned tombstone) is simply forgotten.
        if (tracked.dirty || (tracked.value !== GONE && tracked.at > 0)) put(key, tracked);
        else if (tracked.value !== GONE) known.set(key, tracked);
        continue;
      }
      if (!tracked.dirty) {
        if (there.at > tracked.at) {
          // Written by a tab that had not seen this tab's version (edited from an older one): a clash
          // found late (two tabs saved at the same moment), resolved as any other.
          const unseen = policy.adopt !== false && there.base !== undefined && there.base < tracked.at;
          const theirs = isGone(there) ? GONE : there.value;
          if (unseen && !sameValue(theirs, tracked.value)) {
            if (policy.finalDelete && tracked.value === GONE) {
              // Deleted here: the deletion stands over their edit, which is kept.
              put(key, { ...tracked, at: there.at + 1, base: there.at });
              conflicts.push({ collection: name, key, kept: theirs, winner: 'here', reason: 'deleted' });
              continue;
            }
            if (tracked.value !== GONE) {
              conflicts.push({ collection: name, key, kept: tracked.value, winner: 'there', reason: theirs === GONE ? 'deleted' : 'edited' });
            }
          }
          take(key, there);
        } else if (there.at < tracked.at) put(key, tracked);
        else known.set(key, tracked.order === undefined && !isGone(there) && there.order !== undefined ? { ...tracked, order: there.order } : tracked);
        continue;
      }
      // No concurrent change, or a per-tab value (the last tab to write wins, nothing to keep).
      if (there.at <= tracked.base || policy.adopt === false) {
        put(key, { ...tracked, order: tracked.order ?? (isGone(there) ? undefined : there.order) });
        continue;
      }
      // Both tabs changed this item since this tab last saw it.
      const theirs = isGone(there) ? GONE : there.value;
      if (sameValue(theirs, tracked.value)) {
        known.set(key, trackedOf(there));
        continue;
      }
      const deletedThere = theirs === GONE;
      const deletedHere = tracked.value === GONE;
      let weWin: boolean;
      let reason: Conflict['reason'] = 'edited';
      if (policy.finalDelete && (deletedThere || deletedHere)) {
        weWin = deletedHere;
        reason = 'deleted';
      } else {
        weWin = tracked.at >= there.at;
      }
      if (weWin) {
        put(key, { ...tracked, order: tracked.order ?? (isGone(there) ? undefined : there.order) });
        if (!deletedThere) conflicts.push({ collection: name, key, kept: theirs, winner: 'here', reason });
      } else {
        // Adopted even where this tab does not adopt others' values: its own version lost.
        known.set(key, trackedOf(there));
        adopt.push({ collection: name, key, entry: there });
        if (!deletedHere) conflicts.push({ collection: name, key, kept: tracked.value, winner: 'there', reason });
      }
    }

    // Old tombstones go (only from what is written; an unchanged collection is not rewritten for it).
    for (const [key, entry] of out) {
      if (isGone(entry) && now - entry.at > TOMBSTONE_DAYS * DAY_MS) {
        out.delete(key);
        known.delete(key);
      }
    }
    write[name] = Object.fromEntries(out);
    nextMirror.set(name, known);
  }
  return { write: puts.length > 0 ? write : null, adopt, conflicts, puts, mirror: nextMirror };
}

/**
 * Records this tab's own changes in the mirror: every item whose value
 * differs from the mirror's becomes dirty, stamped `now` (or just after its
 * base, so that an edit always counts as newer than the version it edits).
 */
export function recordLocal(
  mirror: Mirror,
  current: Readonly<Record<string, ReadonlyMap<string, unknown>>>,
  now: number,
): { mirror: Mirror; changed: boolean } {
  const next = new Map<string, Map<string, Tracked>>();
  let changed = false;
  for (const [name, items] of Object.entries(current)) {
    const known = new Map(mirror.get(name) ?? []);
    for (const [key, value] of items) {
      const tracked = known.get(key);
      if (tracked && tracked.value === value) continue;
      if (tracked && tracked.value !== GONE && sameValue(tracked.value, value)) continue;
      const base = tracked?.base ?? 0;
      known.set(key, { value, at: Math.max(now, (tracked?.at ?? 0) + 1), base, dirty: true, ...(tracked?.order !== undefined ? { order: tracked.order } : {}) });
      changed = true;
    }
    for (const [key, tracked] of known) {
      if (tracked.value === GONE || items.has(key)) continue;
      known.set(key, { ...tracked, value: GONE, at: Math.max(now, tracked.at + 1), dirty: true });
      changed = true;
    }
    next.set(name, known);
  }
  for (const [name, known] of mirror) if (!next.has(name)) next.set(name, new Map(known));
  return { mirror: next, changed };
}

/** The order a list item has in the mirror (for stores that place items by it). */
export function orderOf(mirror: Mirror, collection: string, key: string): number | undefined {
  return mirror.get(collection)?.get(key)?.order;
}

/** The mirror after a failed write: the items `plan` would have put stay as they were (dirty, to retry). */
export function keepUnwritten(plan: ReconcilePlan, before: Mirror): Mirror {
  const next = new Map<string, Map<string, Tracked>>();
  for (const [name, known] of plan.mirror) next.set(name, new Map(known));
  for (const [name, key] of plan.puts) {
    const old = before.get(name)?.get(key);
    if (old) next.get(name)?.set(key, old);
  }
  return next;
}
