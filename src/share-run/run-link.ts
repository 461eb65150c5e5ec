/**
 * Shared runs: `#/run/<payload>`, a link that carries an example's code, its
 * settings and the seed, so a reader can run exactly what someone else ran.
 *
 *   r1:<check>:<data>   data = lz-string compressToEncodedURIComponent(JSON),
 *                       check = FNV-1a (8 hex digits) of that JSON
 *
 * JSON: `{ "lesson": slug, "example": id, "code": text, "settings": { name: value }, "seed": n }`.
 * Decoding is bounded before any work (the payload's length, then the
 * decompressed length, lz-bounded.ts) and checked field by field; it never
 * throws, and a damaged, altered or hostile link is refused with the reason.
 * Opening a link never changes the reader's saved code (SharedRunRoute).
 */
import { compressToEncodedURIComponent } from 'lz-string';
import * as z from 'zod/mini';
import { shortHash } from '../hash';
import type { Locale } from '../i18n/locales';
import { err, ok, type Result } from '../result';
import { controlValuesSchema, type ControlValue } from '../runtime/protocol';
import { decompressBounded, TOO_LONG } from '../worksheet/io/lz-bounded';

export const RUN_LINK_PREFIX = 'r1:';
/** Longest code a link carries (characters): the course's examples are 2–12 k. */
export const MAX_SHARED_CODE = 60_000;
/** Longest payload accepted; a link carrying the longest example is ~5 k. */
export const MAX_RUN_PAYLOAD = 40_000;
/** Longest JSON a payload may expand to. */
export const MAX_RUN_JSON = 100_000;

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,119}$/));
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
/** At most 64 settings with names of 1–200 characters, none that names an object's internals. */
function fairNames(names: readonly string[]): boolean {
  return names.length <= 64 && names.every((name) => name.length > 0 && name.length <= 200 && !FORBIDDEN_NAMES.has(name));
}
const settingsSchema = controlValuesSchema.check(z.refine((values) => fairNames(Object.keys(values)), 'setting names'));
const runSchema = z.object({
  lesson: slug,
  example: slug,
  code: z.string().check(z.maxLength(MAX_SHARED_CODE)),
  settings: settingsSchema,
  seed: z.int().check(z.gte(0), z.lte(2 ** 31 - 1)),
});

export interface SharedRun {
  readonly lesson: string;
  readonly example: string;
  readonly code: string;
  readonly settings: Readonly<Record<string, ControlValue>>;
  readonly seed: number;
}

export type RunLinkProblem =
  | { readonly kind: 'unknownVersion'; readonly version: string | null }
  | { readonly kind: 'tooLong'; readonly length: number; readonly max: number }
  | { readonly kind: 'expandsTooFar'; readonly max: number }
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'checkFailed' }
  | { readonly kind: 'invalid'; readonly field: string };

export function encodeRunPayload(run: SharedRun): string {
  const json = JSON.stringify({ lesson: run.lesson, example: run.example, code: run.code, settings: run.settings, seed: run.seed });
  return `${RUN_LINK_PREFIX}${shortHash(json)}:${compressToEncodedURIComponent(json)}`;
}

/** The full link: the page's address up to the hash, the reader's language, the payload. */
export function runLinkUrl(pageHref: string, run: SharedRun, locale: Locale): string {
  return `${pageHref.replace(/#.*$/s, '')}#/${locale}/run/${encodeRunPayload(run)}`;
}

export function decodeRunPayload(rawPayload: string): Result<SharedRun, RunLinkProblem> {
  let payload = rawPayload;
  // A mail client or a router may have percent-encoded it; lz-string's URI alphabet has no '%'.
  if (payload.includes('%')) {
    try {
      payload = decodeURIComponent(payload);
    } catch {
      return err({ kind: 'corrupt' });
    }
  }
  if (payload.length > MAX_RUN_PAYLOAD) return err({ kind: 'tooLong', length: payload.length, max: MAX_RUN_PAYLOAD });
  if (!payload.startsWith(RUN_LINK_PREFIX)) return err({ kind: 'unknownVersion', version: /^(r\d{1,6}):/.exec(payload)?.[1] ?? null });
  const match = /^([0-9a-f]{8}):/.exec(payload.slice(RUN_LINK_PREFIX.length));
  if (!match) return err({ kind: 'corrupt' });
  const text = decompressBounded(payload.slice(RUN_LINK_PREFIX.length + match[0].length), MAX_RUN_JSON);
  if (text === TOO_LONG) return err({ kind: 'expandsTooFar', max: MAX_RUN_JSON });
  if (!text) return err({ kind: 'corrupt' });
  if (shortHash(text) !== match[1]) return err({ kind: 'checkFailed' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return err({ kind: 'corrupt' });
  }
  // Checked on the parsed JSON itself: copying a `__proto__` key into a new object would change its prototype instead.
  const rawSettings = (value as { settings?: unknown } | null)?.settings;
  if (typeof rawSettings === 'object' && rawSettings !== null && !fairNames(Object.keys(rawSettings))) return err({ kind: 'invalid', field: 'settings' });
  const parsed = runSchema.safeParse(value);
  if (!parsed.success) return err({ kind: 'invalid', field: parsed.error.issues[0]?.path.map(String).join('.') || 'run' });
  return ok(parsed.data);
}
