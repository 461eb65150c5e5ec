/**
 * How the code pane's saved state is stored (`lml.editor`, format 2): one
 * item per example's code, per example's settings values, per example's
 * declared settings, and the backend choice, each checked on its own schema.
 *
 *   { "version": 2, "state": {
 *       "codes":         { "<lesson>/<example>": { "at": 1764…, "value": "<code>" } },
 *       "controlValues": { "<lesson>/<example>": { "at": …, "value": { "<name>": 0.1 } } },
 *       "controlSpecs":  { "<lesson>/<example>": { "at": …, "value": [{ "name": …, "spec": … }] } },
 *       "prefs":         { "backend": { "at": …, "value": "auto" } } } }
 *
 * Format 1 (`persist` of the whole state, no times) is upgraded on load.
 */
import * as z from 'zod/mini';
import { t } from '../i18n';
import { controlSpecSchema, controlValueSchema, OUTPUT_LIMITS, type BackendChoice, type ControlSpec, type ControlValue } from '../runtime/protocol';
import { firstIssue, schemaCheck, type CollectionSchema, type DocSchema, type ItemCheck } from './sync/doc';
import type { DocItems, Entry } from './sync/entries';

export const EDITOR_VERSION = 2;
/** Longest saved code (characters); the starter examples are a few thousand. */
export const MAX_CODE = 1_000_000;
/** Most settings one example may declare. */
export const MAX_CONTROLS = 64;

/** A setting an example's last run declared. */
export interface StoredControl {
  readonly name: string;
  readonly spec: ControlSpec;
}

/** `<lessonSlug>/<exampleId>`: both kebab-case file names. */
const CODE_KEY = /^[\w.-]{1,120}\/[\w.-]{1,120}$/;
const isCodeKey = (key: string) => CODE_KEY.test(key);

const controlName = z.string().check(z.minLength(1), z.maxLength(OUTPUT_LIMITS.nameLength));
const backendSchema = z.enum(['auto', 'webgpu', 'webgl', 'cpu']);
const codeSchema = z.string().check(z.maxLength(MAX_CODE, `is longer than ${MAX_CODE} characters`));
const storedControlSchema = z.object({ name: controlName, spec: controlSpecSchema });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The settings values of one example: bad values are dropped (and named), good ones kept. */
function checkValues(value: unknown): ItemCheck {
  if (!isRecord(value)) return { ok: false, problem: t('storage.problem.valuesNotRecord') };
  const kept: Record<string, ControlValue> = {};
  const dropped: string[] = [];
  for (const [name, raw] of Object.entries(value).slice(0, MAX_CONTROLS)) {
    const parsed = controlValueSchema.safeParse(raw);
    if (controlName.safeParse(name).success && parsed.success) kept[name] = parsed.data;
    else dropped.push(name.slice(0, 60));
  }
  if (Object.keys(kept).length === 0) return { ok: false, problem: t('storage.problem.noValidValue') };
  return dropped.length === 0 ? { ok: true, value: kept } : { ok: true, value: kept, repaired: t('storage.problem.valuesLeftOut', { names: dropped.join(', ') }) };
}

/** The settings one example declared: malformed ones are dropped (and named). */
function checkSpecs(value: unknown): ItemCheck {
  if (!Array.isArray(value)) return { ok: false, problem: t('storage.problem.specsNotList') };
  const kept: StoredControl[] = [];
  const dropped: string[] = [];
  for (const [index, raw] of value.slice(0, MAX_CONTROLS).entries()) {
    const parsed = storedControlSchema.safeParse(raw);
    if (parsed.success) kept.push(parsed.data);
    else dropped.push(`${isRecord(raw) && typeof raw['name'] === 'string' ? `“${raw['name'].slice(0, 60)}”` : `#${index + 1}`} (${firstIssue(parsed.error)})`);
  }
  if (kept.length === 0) return { ok: false, problem: t('storage.problem.noValidSpec', { problems: dropped.join('; ') }) };
  return dropped.length === 0 ? { ok: true, value: kept } : { ok: true, value: kept, repaired: t('storage.problem.specsLeftOut', { problems: dropped.join('; ') }) };
}

const collections: Record<string, CollectionSchema> = {
  codes: { validKey: isCodeKey, check: schemaCheck(codeSchema) },
  controlValues: { validKey: isCodeKey, check: checkValues },
  controlSpecs: { validKey: isCodeKey, check: checkSpecs },
  prefs: { validKey: (key) => key === 'backend', check: schemaCheck(backendSchema) },
};

/** Format 1 → items stamped `at`; malformed parts are passed on for the item checks to reject. */
function upgradeV1(state: unknown, at: number): DocItems {
  const value = isRecord(state) ? state : {};
  const stamp = (raw: unknown): unknown => {
    if (!isRecord(raw)) return raw;
    const out: Record<string, Entry> = {};
    for (const [key, item] of Object.entries(raw)) out[key] = { at, value: item };
    return out;
  };
  const items: Record<string, unknown> = {};
  for (const name of ['codes', 'controlValues', 'controlSpecs'] as const) {
    if (value[name] !== undefined) items[name] = stamp(value[name]);
  }
  if (value['backend'] !== undefined) items['prefs'] = { backend: { at, value: value['backend'] } };
  return items as DocItems;
}

export const editorDocSchema: DocSchema = {
  version: EDITOR_VERSION,
  collections,
  upgrade: (version, state, at) => (version === 1 ? upgradeV1(state, at) : null),
};

export const isBackendChoice = (v: unknown): v is BackendChoice => backendSchema.safeParse(v).success;
