/**
 * Whether a stored or requested value still fits its control's spec: the
 * worker asks when it resolves `lab.control` (a stored value that no longer
 * fits gives way to the spec's own), the page when it draws the control.
 * Zod-free, so the worker can import it (see index.ts).
 */
import type { ControlSpec, ControlValue } from './controls';

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Whether a stored value fits the spec. */
export function fits(spec: ControlSpec, value: ControlValue | undefined): value is ControlValue {
  switch (spec.kind) {
    case 'choice':
      return typeof value === 'string' && spec.options.includes(value);
    case 'matrix':
      return (
        Array.isArray(value) &&
        value.length === spec.value.length &&
        value.every((row, i) => Array.isArray(row) && row.length === spec.value[i]?.length && row.every(finite))
      );
    case 'number':
      if (!finite(value)) return false;
      if (spec.options) return spec.options.includes(value);
      return (spec.min === undefined || value >= spec.min) && (spec.max === undefined || value <= spec.max);
  }
}
