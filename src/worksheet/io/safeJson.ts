/**
 * Parses untrusted JSON text defensively, before any schema sees it:
 * a size cap (checked before parsing), then a walk that refuses deep
 * nesting, huge arrays and keys that could pollute prototypes if the data
 * were ever merged into an object (`__proto__`, `constructor`, `prototype`).
 * Never throws: every failure is a typed error.
 */
import { err, ok, type Result } from '../../result';

export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_DEPTH = 12;
export const MAX_ARRAY = 1000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonProblem =
  /** `max`: the limit that applied (bytes for files, characters for links). */
  | { readonly kind: 'tooLarge'; readonly size: number; readonly max: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'notJson'; readonly detail: string }
  | { readonly kind: 'tooDeep' }
  | { readonly kind: 'arrayTooLong' }
  | { readonly kind: 'forbiddenKey'; readonly key: string };

/** Walks the parsed value iteratively (no recursion, so no stack overflow). */
function checkShape(root: unknown): JsonProblem | null {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return { kind: 'tooDeep' };
    if (Array.isArray(value)) {
      if (value.length > MAX_ARRAY) return { kind: 'arrayTooLong' };
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbiddenKey', key };
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}

/** Size in UTF-8 bytes, counted without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function parseJsonSafely(text: string, maxBytes = MAX_IMPORT_BYTES): Result<unknown, JsonProblem> {
  // A cheap bound first: every UTF-16 unit is at least one byte.
  if (text.length > maxBytes) return err({ kind: 'tooLarge', size: text.length, max: maxBytes });
  const size = utf8Length(text);
  if (size > maxBytes) return err({ kind: 'tooLarge', size, max: maxBytes });
  if (text.trim() === '') return err({ kind: 'empty' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return err({ kind: 'notJson', detail: error instanceof Error ? error.message : String(error) });
  }
  const problem = checkShape(value);
  return problem ? err(problem) : ok(value);
}
