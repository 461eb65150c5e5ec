/**
 * Shared by the per-lesson facts tests (one file per lesson in this folder):
 * formatting written independently of src/format/prose (toFixed and Intl),
 * and the check that a lesson's index.md uses exactly the facts it defines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const LESSONS_DIR = join(import.meta.dirname, '../../../../content/lessons');
export const PUBLIC_DIR = join(import.meta.dirname, '../../../../public');

/** x.toFixed(digits), without a minus sign on a rounded zero. */
export const fixed = (x: number, digits: number): string => x.toFixed(digits).replace(/^-(0\.?0*)$/, '$1');

/** Thousands grouped with commas, as en-US writes them. */
export const grouped = (x: number, digits = 0): string =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);

export const list = (xs: readonly number[], digits: number): string => `[${xs.map((x) => fixed(x, digits)).join(', ')}]`;
export const percent = (fraction: number, digits: number): string => `${fixed(fraction * 100, digits)}%`;
export const usd = (x: number, digits = 0): string => `USD ${grouped(x, digits)}`;
export const sig = (z: number): number => 1 / (1 + Math.exp(-z));

export function lessonText(slug: string): string {
  return readFileSync(join(LESSONS_DIR, slug, 'index.md'), 'utf8');
}

/** index.md names no fact that does not exist, and every fact is used. */
export function expectUsesExactly(slug: string, facts: Readonly<Record<string, unknown>>): void {
  const used = new Set([...lessonText(slug).matchAll(/\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g)].map((m) => m[1] ?? ''));
  expect([...used].filter((name) => !Object.hasOwn(facts, name))).toEqual([]);
  expect(Object.keys(facts).filter((name) => !used.has(name))).toEqual([]);
}
