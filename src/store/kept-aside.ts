/**
 * Work kept aside instead of being dropped: a saved item that failed
 * validation, the losing text when two tabs edited the same item, an edit
 * made to a scenario another tab deleted, a newer version an import replaced.
 * Each is one `lml.aside.<id>` key holding the text as it was, so it is never
 * overwritten by the stores, shows in the Offline & storage menu, goes into
 * the work export, and can be downloaded, restored or discarded.
 */
import { create } from 'zustand';
import { shortHash } from '../hash';
import { onExternalChange, safeLocalStorage, storedEntries } from './storage';

export const ASIDE_PREFIX = 'lml.aside.';

/** Why something was kept aside. */
export type AsideReason =
  /** Stored data that failed validation (or could not be read at all). */
  | 'damaged'
  /** Two tabs changed the same item; this is the version that lost. */
  | 'conflict'
  /** Changed here after another tab deleted it (or deleted here after another tab changed it). */
  | 'deleted'
  /** An import replaced it with the backup's older version. */
  | 'replaced';

/** What the kept text is, to name it and to offer the right restore. */
export type AsideKind = 'code' | 'controlValues' | 'controlSpecs' | 'setting' | 'scenario' | 'view' | 'store' | 'progress' | 'run';

const REASONS: readonly AsideReason[] = ['damaged', 'conflict', 'deleted', 'replaced'];
const KINDS: readonly AsideKind[] = ['code', 'controlValues', 'controlSpecs', 'setting', 'scenario', 'view', 'store', 'progress', 'run'];

/** A kept-aside entry as stored under `lml.aside.<id>`. */
interface StoredAside {
  readonly v: 1;
  readonly at: number;
  readonly reason: AsideReason;
  /** The store's key (`lml.editor`, …). */
  readonly source: string;
  readonly kind: AsideKind;
  /** The item's key in its store (`lesson/example`, a scenario id); '' for a whole store. */
  readonly item: string;
  /** A name people recognise (the example, the scenario's name). */
  readonly name: string;
  /** Why it failed validation, in words; '' when not damaged. */
  readonly detail: string;
  readonly text: string;
}

/** Longest value each string field may hold (`text` is whatever was kept, unbounded). */
const MAX_LENGTH = { source: 100, item: 300, name: 300, detail: 2000 } as const;

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T => values.some((v) => v === value);
const shortString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/**
 * The stored envelope, checked field by field. A hand-written guard, not a
 * zod schema like the rest of stored state: this module is in the first
 * load (the header's notices read it at start), and zod would add ~9 KiB gzip
 * to every first visit for these nine fields.
 */
export function isStoredAside(value: unknown): value is StoredAside {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    e['v'] === 1 &&
    typeof e['at'] === 'number' &&
    Number.isFinite(e['at']) &&
    oneOf(REASONS, e['reason']) &&
    oneOf(KINDS, e['kind']) &&
    shortString(e['source'], MAX_LENGTH.source) &&
    shortString(e['item'], MAX_LENGTH.item) &&
    shortString(e['name'], MAX_LENGTH.name) &&
    shortString(e['detail'], MAX_LENGTH.detail) &&
    typeof e['text'] === 'string'
  );
}

export type AsideEntry = StoredAside & { readonly id: string };
export type AsideInput = Omit<AsideEntry, 'v' | 'id' | 'at'>;

/** A stored `lml.aside.*` value that is not an entry (kept anyway: it is listed as unreadable). */
export interface UnreadableAside {
  readonly id: string;
  readonly text: string;
}

export function parseAside(id: string, raw: string): AsideEntry | UnreadableAside {
  try {
    const value: unknown = JSON.parse(raw);
    if (isStoredAside(value)) return { ...value, id };
  } catch {
    // Not JSON: listed as unreadable below.
  }
  return { id, text: raw };
}

export const isReadable = (entry: AsideEntry | UnreadableAside): entry is AsideEntry => 'reason' in entry;

export interface KeptAsideState {
  /** Everything kept aside, newest first. */
  readonly entries: readonly (AsideEntry | UnreadableAside)[];
  /** Ids kept aside since this page loaded, for the notice (cleared when dismissed). */
  readonly fresh: readonly string[];
  readonly dismissFresh: () => void;
}

/** When this page loaded: entries kept aside since (here or in another tab) are announced. */
const loadedAt = Date.now();

export const useKeptAside = create<KeptAsideState>()((set) => ({
  entries: [],
  fresh: [],
  dismissFresh: () => set({ fresh: [] }),
}));

function listAside(): (AsideEntry | UnreadableAside)[] {
  const list = Object.entries(storedEntries(ASIDE_PREFIX)).map(([key, raw]) => parseAside(key.slice(ASIDE_PREFIX.length), raw));
  return list.sort((a, b) => (isReadable(b) ? b.at : 0) - (isReadable(a) ? a.at : 0));
}

/** Reads the list again (after another tab or an import changed it); what another tab kept aside just now is news here too. */
export function refreshKeptAside(): void {
  const known = new Set(useKeptAside.getState().entries.map((e) => e.id));
  const entries = listAside();
  const arrived = entries.filter((e) => !known.has(e.id) && isReadable(e) && e.at >= loadedAt).map((e) => e.id);
  useKeptAside.setState((s) => ({ entries, fresh: arrived.length > 0 ? [...s.fresh, ...arrived] : s.fresh }));
}

let watching = false;
/** Reads the list once and follows other tabs' changes to it. */
function watch(): void {
  if (watching) return;
  watching = true;
  refreshKeptAside();
  onExternalChange((key) => {
    if (key === null || key.startsWith(ASIDE_PREFIX)) refreshKeptAside();
  });
}

/** The same thing kept twice (by two tabs, or at two loads) gets one id, so one entry. */
export function asideId(input: Pick<AsideInput, 'source' | 'item' | 'reason' | 'text'>): string {
  return shortHash(`${input.source}\n${input.item}\n${input.reason}`) + shortHash(input.text);
}

/**
 * Keeps `input` aside under an id derived from its content (keeping the same
 * thing twice writes one entry). True when it is stored; when storage is full
 * it is still listed and exported (from memory) and the quota is reported.
 */
export function keepAside(input: AsideInput, now = Date.now()): { id: string; stored: boolean } {
  watch();
  const id = asideId(input);
  const existing = useKeptAside.getState().entries.find(
    (e) => isReadable(e) && e.source === input.source && e.item === input.item && e.reason === input.reason && e.text === input.text,
  );
  if (existing) return { id: existing.id, stored: true };
  const entry = { v: 1 as const, at: now, ...input };
  const stored = safeLocalStorage.setItem(ASIDE_PREFIX + id, JSON.stringify(entry));
  useKeptAside.setState((s) => ({ entries: listAside(), fresh: [...s.fresh, id] }));
  return { id, stored };
}

export function discardAside(id: string): void {
  safeLocalStorage.removeItem(ASIDE_PREFIX + id);
  useKeptAside.setState((s) => ({ entries: listAside(), fresh: s.fresh.filter((f) => f !== id) }));
}

/** Loads the list once at start. */
export function startKeptAside(): void {
  watch();
}

/** Validates an `lml.aside.*` item of a backup file. */
export function checkAsideItem(raw: string): string | null {
  const parsed = parseAside('', raw);
  return isReadable(parsed) ? null : 'not a kept-aside entry';
}
