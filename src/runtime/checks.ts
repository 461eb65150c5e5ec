/**
 * What an exercise's checker calls (`check.that`, `check.close`,
 * `check.equal`): each call is one check the student sees, with its label in
 * both languages, whether it passed, and what was found against what was
 * expected. The checker runs after the student's code, in the same scope (it
 * reads the functions and values the code defined) and the same worker
 * sandbox as every run; see `withChecker` for how the two are joined.
 */
import { OUTPUT_LIMITS } from './protocol/limits';

/** A check's label, one text per language (the page shows the reader's). */
export interface CheckLabel {
  readonly en: string;
  readonly zh: string;
}

export interface CheckEvent {
  readonly type: 'check';
  readonly label: CheckLabel;
  readonly passed: boolean;
  /** What the code gave and what the checker expected, as text; absent for a yes/no check. */
  readonly got?: string;
  readonly expected?: string;
}

/** The checker's `check` object (documented for authors in content/README.md). */
export interface Checks {
  /** A yes/no check: `passed` is taken as a boolean. */
  that(label: CheckLabel, passed: unknown, got?: unknown, expected?: unknown): boolean;
  /** Numbers (or lists of numbers, element by element) within `tolerance` (absolute) of `expected`. */
  close(label: CheckLabel, actual: unknown, expected: number | readonly number[], tolerance: number): boolean;
  /** Equal as JSON: shapes, lists, strings. */
  equal(label: CheckLabel, actual: unknown, expected: unknown): boolean;
}

/** The name the runner gives the recorder inside the joined code; a student's code is unlikely to declare it. */
export const CHECKS_PARAMETER = '__labChecks';

/**
 * The student's code with the checker after it. The checker is a function of
 * its own (its names cannot clash with the student's) that sees the
 * student's top-level names, and it starts on a new line, so every line of
 * the student's code keeps its number in errors.
 */
export function withChecker(code: string, checker: string): string {
  return `${code}\n;await (async (check) => {\n${checker}\n})(${CHECKS_PARAMETER});\n`;
}

const limit = (s: string) => (s.length > OUTPUT_LIMITS.nameLength ? `${s.slice(0, OUTPUT_LIMITS.nameLength - 1)}…` : s);

/** A value as the student would write it: numbers to 4 significant digits, lists in brackets. */
export function shownValue(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `[${value.map(shownValue).join(', ')}]`;
  try {
    const json: unknown = JSON.stringify(value);
    return typeof json === 'string' ? json : typeof value;
  } catch {
    return typeof value;
  }
}

function asNumbers(value: unknown): number[] | null {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return value;
  // What `await t.data()` gives.
  if (value instanceof Float32Array || value instanceof Int32Array || value instanceof Uint8Array || value instanceof Float64Array) return Array.from(value);
  return null;
}

function cleanLabel(label: unknown): CheckLabel {
  const l = (typeof label === 'object' && label !== null ? label : {}) as Record<string, unknown>;
  const en = typeof l['en'] === 'string' ? l['en'] : String(label);
  const zh = typeof l['zh'] === 'string' ? l['zh'] : en;
  return { en: limit(en || '(check)'), zh: limit(zh || '(check)') };
}

export function createChecks(emit: (event: CheckEvent) => void): Checks {
  const record = (label: unknown, passed: boolean, got?: string, expected?: string): boolean => {
    emit({ type: 'check', label: cleanLabel(label), passed, ...(got !== undefined ? { got: limit(got) } : {}), ...(expected !== undefined ? { expected: limit(expected) } : {}) });
    return passed;
  };
  const shownIf = (value: unknown, given: boolean) => (given ? shownValue(value) : undefined);
  return Object.freeze({
    that: (label: CheckLabel, passed: unknown, ...found: unknown[]) =>
      record(label, Boolean(passed), shownIf(found[0], found.length > 0), shownIf(found[1], found.length > 1)),
    close: (label: CheckLabel, actual: unknown, expected: number | readonly number[], tolerance: number) => {
      const want = asNumbers(expected) ?? [];
      const have = asNumbers(actual);
      const passed =
        have !== null && have.length === want.length && have.every((v, i) => Number.isFinite(v) && Math.abs(v - (want[i] ?? NaN)) <= tolerance);
      return record(label, passed, shownValue(have?.length === 1 && typeof expected === 'number' ? have[0] : (have ?? actual)), `${shownValue(expected)} ± ${shownValue(tolerance)}`);
    },
    equal: (label: CheckLabel, actual: unknown, expected: unknown) => {
      let passed: boolean;
      try {
        passed = JSON.stringify(actual) === JSON.stringify(expected);
      } catch {
        passed = false;
      }
      return record(label, passed, shownValue(actual), shownValue(expected));
    },
  });
}
