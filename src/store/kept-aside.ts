/**
 * Work kept aside instead of being dropped: a saved item that failed
 * validation, the losing text when two tabs edited the same item, an edit
 * made to a scenario another tab deleted, a newer version an import replaced.
 * Each is one `lml.aside.<id>` key holding the text as it was, so it is never
 * overwritten by the stores, shows in the Offline & storage menu, goes into
 * the work export, and can be downloaded, restored or discarded.
 */
import * as z from 'zod/mini';
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
export type AsideKind = 'code' | 'controlValues' | 'controlSpecs' | 'setting' | 'scenario' | 'view' | 'store';

const reasonSchema = z.enum(['damaged', 'conflict', 'deleted', 'replaced']);
const kindSchema = z.enum(['code', 'controlValues', 'controlSpecs', 'setting', 'scenario', 'view', 'store']);

const entrySchema = z.object({
  v: z.literal(1),
  at: z.number(),
  reason: reasonSchema,
  /** The store's key (`lml.editor`, …). */
  source: z.string().check(z.maxLength(100)),
  kind: kindSchema,
  /** The item's key in its store (`lesson/example`, a scenario id); '' for a whole store. */
  item: z.string().check(z.maxLength(300)),
  /** A name people recognise (the example, the scenario's name). */
  name: z.string().check(z.maxLength(300)),
  /** Why it failed validation, in words; '' when not damaged. */
  detail: z.string().check(z.maxLength(2000)),
  text: z.string(),
});

export type AsideEntry = z.infer<typeof entrySchema> & { readonly id: string };
export type AsideInput = Omit<AsideEntry, 'v' | 'id' | 'at'>;

/** A stored `lml.aside.*` value that is not an entry (kept anyway: it is listed as unreadable). */
export interface UnreadableAside {
  readonly id: string;
  readonly text: string;
}

export function parseAside(id: string, raw: string): AsideEntry | UnreadableAside {
  try {
    const checked = entrySchema.safeParse(JSON.parse(raw));
    if (checked.success) return { ...checked.data, id };
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
