/**
 * A store's saved document: `{ "version": 2, "state": { <collection>: { <key>: <entry> } } }`,
 * read field by field. Every item is checked on its collection's schema on
 * its own, so one bad item is rejected (for the caller to keep aside) and
 * never takes the others down; an unreadable document, or one a newer build
 * wrote, is reported as such instead of being reset.
 */
import * as z from 'zod/mini';
import { t } from '../../i18n';
import type { DocItems, Entry } from './entries';

export type ItemCheck =
  | { readonly ok: true; readonly value: unknown; readonly repaired?: string }
  | { readonly ok: false; readonly problem: string };

/** A zod error's first problem, after its path when it has one (`spec.min: Invalid input`). */
export function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** An item check from a zod schema: the parsed value, or the first problem with its path. */
export function schemaCheck<T>(schema: z.ZodMiniType<T>): (value: unknown) => ItemCheck {
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: firstIssue(parsed.error) };
  };
}

export interface CollectionSchema {
  /** Which keys this collection may hold (never `__proto__` and friends). */
  readonly validKey: (key: string) => boolean;
  /** Checks one item's value; may return a repaired value with what was wrong. */
  readonly check: (value: unknown, key: string) => ItemCheck;
}

export interface DocSchema {
  readonly version: number;
  readonly collections: Readonly<Record<string, CollectionSchema>>;
  /** An older version's `state` as this version's items, stamped `at`; null for a version this build never wrote. */
  readonly upgrade: (version: number, state: unknown, at: number) => DocItems | null;
}

/** An item that failed its check, as it was stored. */
export interface Rejected {
  readonly collection: string;
  /** '' when a whole collection (or the document) was unreadable. */
  readonly key: string;
  readonly text: string;
  readonly problem: string;
  /** The value used instead, when the item could be repaired. */
  readonly repaired?: unknown;
}

export type Decoded =
  | { readonly kind: 'absent' }
  | { readonly kind: 'damaged'; readonly problem: string }
  /** Written by a newer build: left alone; `items` is what this build can read of it. */
  | { readonly kind: 'newer'; readonly version: number; readonly items: DocItems }
  | { readonly kind: 'ok'; readonly items: DocItems; readonly rejected: readonly Rejected[]; readonly upgradedFrom: number | null };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
export const isSafeKey = (key: string): boolean => !FORBIDDEN.has(key);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const stamp = z.number().check(z.gte(0));
const entrySchema = z.union([
  z.object({ at: stamp, gone: z.literal(true), base: z.optional(stamp) }),
  z.object({ at: stamp, value: z.unknown(), order: z.optional(z.number()), base: z.optional(stamp) }),
]);

// JSON.stringify gives undefined for undefined, functions and symbols, whatever its type says.
const stringifyOrUndefined: (value: unknown) => string | undefined = JSON.stringify;

const textOf = (value: unknown): string => {
  try {
    return stringifyOrUndefined(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Reads the collections of a current-version `state`. */
export function readItems(state: unknown, schema: DocSchema): { items: DocItems; rejected: Rejected[] } {
  const items: Record<string, Record<string, Entry>> = {};
  const rejected: Rejected[] = [];
  if (!isRecord(state)) {
    return { items, rejected: [{ collection: '', key: '', text: textOf(state), problem: t('storage.problem.stateNotObject') }] };
  }
  for (const [name, raw] of Object.entries(state)) {
    const collection = schema.collections[name];
    if (!collection) {
      rejected.push({ collection: name, key: '', text: textOf(raw), problem: t('storage.problem.unknownPart', { name: name.slice(0, 80) }) });
      continue;
    }
    if (!isRecord(raw)) {
      rejected.push({ collection: name, key: '', text: textOf(raw), problem: t('storage.problem.notAList', { name }) });
      continue;
    }
    const out: Record<string, Entry> = {};
    for (const [key, rawEntry] of Object.entries(raw)) {
      if (!isSafeKey(key) || !collection.validKey(key)) {
        rejected.push({ collection: name, key, text: textOf(rawEntry), problem: t('storage.problem.badKey', { key: key.slice(0, 80) }) });
        continue;
      }
      const entry = entrySchema.safeParse(rawEntry);
      if (!entry.success || (!('gone' in entry.data) && !(isRecord(rawEntry) && 'value' in rawEntry))) {
        rejected.push({ collection: name, key, text: textOf(rawEntry), problem: t('storage.problem.badEntry') });
        continue;
      }
      const base = entry.data.base === undefined ? {} : { base: entry.data.base };
      if ('gone' in entry.data) {
        out[key] = { at: entry.data.at, gone: true, ...base };
        continue;
      }
      const checked = collection.check(entry.data.value, key);
      if (!checked.ok) {
        rejected.push({ collection: name, key, text: textOf(entry.data.value), problem: checked.problem });
        continue;
      }
      const order = entry.data.order;
      out[key] = { at: entry.data.at, value: checked.value, ...(order === undefined ? {} : { order }), ...base };
      if (checked.repaired !== undefined) {
        rejected.push({ collection: name, key, text: textOf(entry.data.value), problem: checked.repaired, repaired: checked.value });
      }
    }
    items[name] = out;
  }
  return { items, rejected };
}

/**
 * Decodes a stored document's text. `now` stamps items upgraded from an
 * older version (they carried no times: they count as edited at the upgrade).
 */
export function decodeDoc(text: string | null, schema: DocSchema, now: number): Decoded {
  if (text === null) return { kind: 'absent' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'damaged', problem: t('storage.problem.notJson', { detail: error instanceof Error ? error.message.slice(0, 80) : String(error) }) };
  }
  if (!isRecord(json)) return { kind: 'damaged', problem: t('storage.problem.notObject') };
  const version = json['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'damaged', problem: t('storage.problem.noVersion') };
  }
  if (version > schema.version) {
    return { kind: 'newer', version, items: readItems(json['state'], schema).items };
  }
  if (version < schema.version) {
    const upgraded = schema.upgrade(version, json['state'], now);
    if (!upgraded) return { kind: 'damaged', problem: t('storage.problem.unknownOldVersion', { version }) };
    // The upgraded items go through the same checks as current ones.
    const read = readItems(upgraded, schema);
    return { kind: 'ok', items: read.items, rejected: read.rejected, upgradedFrom: version };
  }
  const read = readItems(json['state'], schema);
  return { kind: 'ok', items: read.items, rejected: read.rejected, upgradedFrom: null };
}

export function encodeDoc(items: DocItems, version: number): string {
  return JSON.stringify({ version, state: items });
}
