/**
 * `lab.control`: the code declares a setting with its default; the page
 * shows it and sends the student's value with the next run. A stored value
 * that no longer fits the spec (the code changed) falls back to the default
 * with a warning, never to a crash.
 */
import type { ControlSpec, ControlValue } from '../protocol';
import { fits } from '../protocol/control-fit';
import { CHOICE_LENGTH_MAX, OPTIONS_MAX } from '../protocol/limits';
import { shown, type Untrusted } from './untrusted';

export interface ResolvedControl {
  readonly spec: ControlSpec;
  readonly value: ControlValue;
  /** Why a stored value was not used, when it was not. */
  readonly warning: string | null;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks the spec the code passed; throws a message naming the control. */
/** Every field any kind of spec may have, as the user's code may really pass them. */
type SpecFields = Untrusted<{ kind: unknown; value: unknown; options: unknown; min: unknown; max: unknown; step: unknown; log: unknown }>;

/** Checks the number a spec field holds, when it holds one. */
function optionalFinite(v: unknown, message: string): number | undefined {
  if (v === undefined) return undefined;
  if (!finite(v)) throw new RangeError(message);
  return v;
}

export function normalizeSpec(name: string, input: unknown): ControlSpec {
  const where = `lab.control('${name}')`;
  if (input === null || typeof input !== 'object') throw new TypeError(`${where} needs a spec, e.g. { value: 0.1, min: 0, max: 1 }`);
  const spec: SpecFields = input;
  if (spec.kind === 'choice') {
    if (!Array.isArray(spec.options) || spec.options.length === 0) throw new RangeError(`${where}: a choice needs options`);
    const options = (spec.options as readonly unknown[]).map(shown);
    if (options.length > OPTIONS_MAX || options.some((o) => o.length > CHOICE_LENGTH_MAX)) {
      throw new RangeError(`${where}: at most ${OPTIONS_MAX} options of at most ${CHOICE_LENGTH_MAX} characters`);
    }
    const value = shown(spec.value);
    if (!options.includes(value)) throw new RangeError(`${where}: value '${value}' is not one of the options (${options.join(', ')})`);
    return { kind: 'choice', value, options };
  }
  if (spec.kind === 'matrix') {
    const rows: unknown = spec.value;
    const width = Array.isArray(rows) && Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 0;
    if (!Array.isArray(rows) || rows.length === 0 || rows.length > 16 || width === 0 || width > 16 || !(rows as unknown[]).every((r) => Array.isArray(r) && r.length === width && (r as unknown[]).every(finite))) {
      throw new RangeError(`${where}: a matrix needs rows of finite numbers, all the same length (at most 16×16)`);
    }
    // Checked just above: rows of finite numbers.
    return { kind: 'matrix', value: (rows as readonly (readonly number[])[]).map((r) => [...r]) };
  }
  if (spec.kind !== undefined && spec.kind !== 'number') throw new RangeError(`${where}: kind must be 'number', 'choice' or 'matrix'`);
  const { value, options, log } = spec;
  if (!finite(value)) throw new RangeError(`${where}: value must be a finite number`);
  if (options !== undefined) {
    if (!Array.isArray(options) || options.length === 0 || options.length > OPTIONS_MAX || !options.every(finite)) {
      throw new RangeError(`${where}: options must be 1–${OPTIONS_MAX} finite numbers`);
    }
    if (!options.includes(value)) throw new RangeError(`${where}: value ${value} is not one of the options (${options.join(', ')})`);
    return { kind: 'number', value, options: [...(options as readonly number[])] };
  }
  const min = optionalFinite(spec.min, `${where}: min must be a finite number`);
  const max = optionalFinite(spec.max, `${where}: max must be a finite number`);
  if (min !== undefined && max !== undefined && !(min < max)) throw new RangeError(`${where}: min (${min}) must be below max (${max})`);
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) throw new RangeError(`${where}: value ${value} is outside [${min ?? '−∞'}, ${max ?? '∞'}]`);
  const step = spec.step;
  if (step !== undefined && !(finite(step) && step > 0)) throw new RangeError(`${where}: step must be a positive number`);
  if (log && !(min !== undefined && max !== undefined && min > 0)) throw new RangeError(`${where}: a log slider needs min and max above 0`);
  return { kind: 'number', value, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), ...(finite(step) ? { step } : {}), ...(log ? { log: true } : {}) };
}


export function resolveControl(name: string, spec: LabControlSpec, stored: ControlValue | undefined): ResolvedControl {
  const normalized = normalizeSpec(name, spec);
  if (stored === undefined) return { spec: normalized, value: normalized.value, warning: null };
  if (fits(normalized, stored)) return { spec: normalized, value: stored, warning: null };
  return {
    spec: normalized,
    value: normalized.value,
    warning: `Setting "${name}": the saved value no longer fits this code, so the code's default is used.`,
  };
}
