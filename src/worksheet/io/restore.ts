/**
 * Rebuilds a scenario from persisted data field by field, so old or corrupt
 * browser storage never crashes the app and never loses the fields that are
 * still good:
 *   0. upgrade an older shape (upgrade.ts);
 *   1. copy the raw value onto the shape of `fallback` (same keys, same
 *      primitive types; anything else takes the fallback's value);
 *   2. validate with the strict schema; for each problem, reset that one
 *      field to the fallback's value (or drop that one list entry) and retry.
 */
import type { Scenario } from '../model/types';
import { MAX_LIST } from '../model/limits';
import { scenarioInputsSchema } from './schema';
import { upgradeScenarioJson } from './upgrade';

type Json = unknown;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function mergeShape(fallback: Json, raw: Json): Json {
  if (Array.isArray(fallback)) return Array.isArray(raw) ? raw.slice(0, MAX_LIST) : structuredClone(fallback);
  if (isRecord(fallback)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(fallback)) {
      out[key] = mergeShape(fallback[key], isRecord(raw) && Object.hasOwn(raw, key) ? raw[key] : undefined);
    }
    return out;
  }
  return typeof raw === typeof fallback ? raw : fallback;
}

function getIn(value: Json, path: readonly PropertyKey[]): Json {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Applies one fix for one problem path. False when nothing could be fixed. */
function fixAt(target: Record<string, unknown>, fallback: Json, path: readonly PropertyKey[]): boolean {
  const arrayAt = path.findIndex((key) => typeof key === 'number');
  if (arrayAt > 0) {
    const list = getIn(target, path.slice(0, arrayAt));
    if (Array.isArray(list)) {
      list.splice(path[arrayAt] as number, 1);
      return true;
    }
  }
  if (path.length === 0) return false;
  const parent = getIn(target, path.slice(0, -1));
  const replacement = getIn(fallback, path);
  if (typeof parent !== 'object' || parent === null || replacement === undefined) return false;
  (parent as Record<PropertyKey, unknown>)[path[path.length - 1] as PropertyKey] = structuredClone(replacement);
  return true;
}

/** A valid scenario from whatever was stored; `fallback` supplies every field that is missing or bad. */
export function restoreScenario(raw: unknown, fallback: Scenario, id: string): Scenario {
  const { id: _ignored, ...fallbackInputs } = fallback;
  // Upgrade first: filling new fields from `fallback` (a preset) would invent values, e.g. its acquisition split.
  const candidate = mergeShape(fallbackInputs, upgradeScenarioJson(raw)) as Record<string, unknown>;
  for (let attempt = 0; attempt < 100; attempt++) {
    const parsed = scenarioInputsSchema.safeParse(candidate);
    if (parsed.success) return { ...(parsed.data as unknown as Omit<Scenario, 'id'>), id };
    const first = parsed.error.issues[0];
    if (!first || !fixAt(candidate, fallbackInputs, first.path)) break;
  }
  return { ...structuredClone(fallbackInputs), id };
}
