/**
 * What importing a backup would do, worked out before anything is written.
 *
 * Every item of the backup is checked on the schemas the stores load with;
 * one bad item refuses the whole import (it is all or nothing). Then, item
 * by item against what is saved here:
 * - new here → added; the same → nothing; older here → replaced;
 * - newer here (edited, or deleted, after the backup was made) → listed, so
 *   the user chooses: take the backup's version (the newer one is kept
 *   aside) or keep the newer one;
 * - saved here and not in the backup → kept (an import never deletes).
 * Imported items are stamped with the import's time, so open tabs take them on.
 */
import { t } from '../i18n';
import { isLocale } from '../i18n/locales';
import { asideId, checkAsideItem, type AsideInput } from '../store/kept-aside';
import { decodeDoc, encodeDoc, type DocSchema } from '../store/sync/doc';
import { isGone, type Collection, type DocItems, type Entry } from '../store/sync/entries';
import { err, ok, type Result } from '../result';
import type { ParsedBackup } from './backup';

/** One item store the import writes into (the editor, the worksheet). */
export interface ImportTarget {
  readonly key: string;
  readonly schema: DocSchema;
  /** Where the store writes now (its key, or its copy). */
  readonly activeKey: string;
  /** Collections that belong to one tab's view and are not imported. */
  readonly skip: readonly string[];
  readonly describe: (collection: string, key: string, value: unknown) => Pick<AsideInput, 'kind' | 'name'>;
}

export interface NewerHere {
  readonly target: string;
  readonly collection: string;
  readonly key: string;
  readonly kind: AsideInput['kind'];
  readonly name: string;
  /** When it was changed here (ms). */
  readonly at: number;
  readonly deleted: boolean;
}

export interface ImportPlan {
  readonly exportedAt: number;
  /** Items added or replaced whatever the choice, by target key. */
  readonly take: readonly { readonly target: string; readonly collection: string; readonly key: string; readonly entry: Entry }[];
  /** Items newer here than in the backup: replaced only if the user says so. */
  readonly newerHere: readonly (NewerHere & { readonly entry: Entry; readonly local: Entry })[];
  readonly settings: string | null;
  readonly aside: readonly (readonly [string, string])[];
  readonly dropped: readonly string[];
  /** The stored docs the writes start from, by target key. */
  readonly base: Readonly<Record<string, { readonly activeKey: string; readonly items: DocItems }>>;
}

const sameValue = (a: Entry, b: Entry): boolean =>
  isGone(a) === isGone(b) && (isGone(a) || JSON.stringify((a as { value: unknown }).value) === JSON.stringify((b as { value: unknown }).value));

/** The backup's items for one store: its own key and its copy merged (the newer of each item). */
function backupItems(target: ImportTarget, backup: ParsedBackup): Result<DocItems> {
  const merged: Record<string, Record<string, Entry>> = {};
  for (const key of Object.keys(backup.items).filter((k) => k === target.key || k.startsWith(`${target.key}.v`))) {
    const decoded = decodeDoc(backup.items[key] ?? null, target.schema, backup.exportedAt);
    if (decoded.kind === 'damaged') return err(t('offline.import.itemDamaged', { key, problem: decoded.problem }));
    if (decoded.kind === 'newer') return err(t('offline.import.itemNewer', { key, version: decoded.version, known: target.schema.version }));
    if (decoded.kind === 'absent') continue;
    const bad = decoded.rejected[0];
    if (bad) return err(t('offline.import.itemInvalid', { key, item: bad.key ? `${bad.collection}/${bad.key}` : bad.collection, problem: bad.problem }));
    for (const [collection, entries] of Object.entries(decoded.items)) {
      const out = (merged[collection] ??= {});
      for (const [item, entry] of Object.entries(entries)) {
        const seen = out[item];
        if (!seen || entry.at > seen.at) out[item] = entry;
      }
    }
  }
  return ok(merged);
}

/** Settings are preferences: imported as they are when valid, never asked about. */
function checkSettings(text: string, version: number): Result<string> {
  try {
    const json = JSON.parse(text) as unknown;
    const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : null;
    const state = record?.['state'];
    const stored = record?.['version'];
    if (!record || typeof state !== 'object' || state === null || typeof stored !== 'number') throw new Error('shape');
    if (stored > version) return err(t('offline.import.itemNewer', { key: 'lml.settings', version: stored, known: version }));
    const { theme, worksheetOpen, language, currency } = state as Record<string, unknown>;
    if (theme !== undefined && theme !== 'system' && theme !== 'light' && theme !== 'dark') throw new Error('theme');
    if (worksheetOpen !== undefined && typeof worksheetOpen !== 'boolean') throw new Error('worksheetOpen');
    if (language !== undefined && language !== null && !isLocale(language)) throw new Error('language');
    if (currency !== undefined && currency !== null && currency !== 'USD' && currency !== 'CNY') throw new Error('currency');
    return ok(text);
  } catch {
    return err(t('offline.import.itemDamaged', { key: 'lml.settings', problem: t('offline.import.settingsInvalid') }));
  }
}

export function planImport(
  backup: ParsedBackup,
  targets: readonly ImportTarget[],
  settingsVersion: number,
  read: (key: string) => string | null,
  now: number,
): Result<ImportPlan> {
  const take: ImportPlan['take'][number][] = [];
  const newerHere: ImportPlan['newerHere'][number][] = [];
  const base: Record<string, { activeKey: string; items: DocItems }> = {};
  for (const target of targets) {
    const incoming = backupItems(target, backup);
    if (!incoming.ok) return incoming;
    const decoded = decodeDoc(read(target.activeKey), target.schema, now);
    const local: DocItems = decoded.kind === 'ok' || decoded.kind === 'newer' ? decoded.items : {};
    base[target.key] = { activeKey: target.activeKey, items: decoded.kind === 'ok' ? decoded.items : {} };
    for (const [collection, entries] of Object.entries(incoming.value)) {
      if (target.skip.includes(collection)) continue;
      const here: Collection = local[collection] ?? {};
      for (const [key, entry] of Object.entries(entries)) {
        // A deletion in the backup never deletes here.
        if (isGone(entry)) continue;
        const mine = here[key];
        if (mine && sameValue(mine, entry)) continue;
        if (mine && mine.at > entry.at) {
          const what = target.describe(collection, key, isGone(mine) ? entry.value : mine.value);
          newerHere.push({ target: target.key, collection, key, ...what, at: mine.at, deleted: isGone(mine), entry, local: mine });
        } else {
          take.push({ target: target.key, collection, key, entry });
        }
      }
    }
  }
  let settings: string | null = null;
  const settingsText = backup.items['lml.settings'];
  if (settingsText !== undefined) {
    const checked = checkSettings(settingsText, settingsVersion);
    if (!checked.ok) return checked;
    settings = checked.value;
  }
  const aside: [string, string][] = [];
  for (const [key, text] of Object.entries(backup.items)) {
    if (!key.startsWith('lml.aside.')) continue;
    const problem = checkAsideItem(text);
    if (problem) return err(t('offline.import.itemDamaged', { key, problem }));
    if (read(key) === null) aside.push([key, text]);
  }
  return ok({ exportedAt: backup.exportedAt, take, newerHere, settings, aside, dropped: backup.dropped, base });
}

/** Names one item of a plan (the user's choice is a set of these). */
export const itemId = (item: { readonly target: string; readonly collection: string; readonly key: string }): string =>
  `${item.target}|${item.collection}|${item.key}`;

export interface ImportWrites {
  readonly writes: readonly (readonly [string, string])[];
  /** Newer versions here that the backup replaces, to keep aside first. */
  readonly keep: readonly AsideInput[];
  readonly counts: { readonly scenarios: number; readonly codes: number; readonly settings: number; readonly other: number };
}

function nextOrder(collection: Collection): number {
  let max = -1;
  for (const entry of Object.values(collection)) if (!isGone(entry) && entry.order !== undefined) max = Math.max(max, entry.order);
  return max + 1;
}

/** The documents to write for the user's choice; imported items are stamped `now`. */
/**
 * The documents to write: everything the plan takes, plus the newer-here
 * items named in `replace` (the user agreed to replace those, and only those).
 * Imported items are stamped `now`.
 */
export function importWrites(plan: ImportPlan, targets: readonly ImportTarget[], replace: ReadonlySet<string>, now: number, settingsKey = 'lml.settings'): ImportWrites {
  const replaced = plan.newerHere.filter((item) => replace.has(itemId(item)));
  const chosen = [...plan.take, ...replaced];
  const writes: [string, string][] = [];
  const counts = { scenarios: 0, codes: 0, settings: 0, other: 0 };
  const keep: AsideInput[] = [];
  for (const target of targets) {
    const start = plan.base[target.key];
    if (!start) continue;
    const items: Record<string, Record<string, Entry>> = {};
    for (const [name, entries] of Object.entries(start.items)) items[name] = { ...entries };
    let changed = false;
    for (const item of chosen) {
      if (item.target !== target.key || isGone(item.entry)) continue;
      const collection = (items[item.collection] ??= {});
      const mine = collection[item.key];
      const order = mine && !isGone(mine) && mine.order !== undefined ? mine.order : item.entry.order === undefined ? undefined : nextOrder(collection);
      collection[item.key] = order === undefined ? { at: now, value: item.entry.value } : { at: now, value: item.entry.value, order };
      changed = true;
      if (item.collection === 'scenarios') counts.scenarios += 1;
      else if (item.collection === 'codes') counts.codes += 1;
      else counts.other += 1;
    }
    if (changed) writes.push([start.activeKey, encodeDoc(items, target.schema.version)]);
  }
  for (const item of replaced) {
    if (isGone(item.local)) continue;
    const text = typeof item.local.value === 'string' ? item.local.value : JSON.stringify(item.local.value, null, 2);
    keep.push({ reason: 'replaced', source: item.target, kind: item.kind, item: `${item.collection}/${item.key}`, name: item.name, detail: '', text });
  }
  if (plan.settings !== null) {
    writes.push([settingsKey, plan.settings]);
    counts.settings = 1;
  }
  for (const [key, text] of plan.aside) writes.push([key, text]);
  counts.other += plan.aside.length;
  return { writes, keep, counts };
}

/** The aside entries to write for `keep`, as keys and texts (written in the same all-or-nothing step). */
export function asideWrites(keep: readonly AsideInput[], now: number): [string, string][] {
  return keep.map((input) => [`lml.aside.${asideId(input)}`, JSON.stringify({ v: 1, at: now, ...input })]);
}
