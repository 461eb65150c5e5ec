/**
 * Turns values the user prints into display text. Pure: a tensor arrives as
 * its shape, dtype and flat values (read by the caller), so this file needs
 * no tfjs and is tested with plain arrays. Numbers follow the app's one rule
 * for read-out values (src/format/significant.ts).
 */
import { formatSignificant } from './significant';

export interface TensorData {
  readonly shape: readonly number[];
  readonly dtype: string;
  readonly values: ArrayLike<number | string | boolean>;
}

/** Per axis, how many entries are shown before eliding the middle with "…". */
export const EDGE_ITEMS = 3;
/** An axis longer than this is elided to EDGE_ITEMS at each end. */
export const MAX_AXIS = 2 * EDGE_ITEMS + 2;

function formatScalar(v: number | string | boolean, dtype: string): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean' || dtype === 'bool') return v ? 'true' : 'false';
  return formatSignificant(v);
}

/** Which indices of an axis of length n are shown; null marks the "…" gap. */
function shownIndices(n: number): (number | null)[] {
  if (n <= MAX_AXIS) return Array.from({ length: n }, (_, i) => i);
  const head = Array.from({ length: EDGE_ITEMS }, (_, i) => i);
  const tail = Array.from({ length: EDGE_ITEMS }, (_, i) => n - EDGE_ITEMS + i);
  return [...head, null, ...tail];
}

/**
 * Nested-bracket text like numpy's: `[[1, 2], [3, 4]]` with one row per line
 * for 2-D and up, columns padded to the same width, long axes elided.
 */
export function formatTensorValues(data: TensorData): string {
  const { shape, dtype, values } = data;
  if (shape.length === 0) return values.length > 0 ? formatScalar(values[0] as number, dtype) : '';
  // Row-major strides: stride[k] = product of shape[k+1..].
  const strides = shape.map((_, k) => shape.slice(k + 1).reduce((a, b) => a * b, 1));
  const cells: string[] = [];
  const cellAt = (offset: number): string => formatScalar(values[offset] as number, dtype);
  // First pass collects the shown cells so every column gets the same width.
  const collect = (axis: number, offset: number): void => {
    for (const i of shownIndices(shape[axis] ?? 0)) {
      if (i === null) continue;
      const at = offset + i * (strides[axis] ?? 1);
      if (axis === shape.length - 1) cells.push(cellAt(at));
      else collect(axis + 1, at);
    }
  };
  collect(0, 0);
  const width = cells.reduce((w, c) => Math.max(w, c.length), 0);
  const render = (axis: number, offset: number, indent: string): string => {
    const parts = shownIndices(shape[axis] ?? 0).map((i) => {
      if (i === null) return '…';
      const at = offset + i * (strides[axis] ?? 1);
      return axis === shape.length - 1 ? cellAt(at).padStart(width) : render(axis + 1, at, indent + ' ');
    });
    if (axis === shape.length - 1) return `[${parts.join(', ')}]`;
    // Higher axes: one sub-array per line, a blank line between 3-D blocks.
    const separator = ',\n' + '\n'.repeat(shape.length - axis - 2) + indent + ' ';
    return `[${parts.join(separator)}]`;
  };
  return render(0, 0, '');
}

/** The header students see above a printed tensor, e.g. `Tensor float32 [3, 2]`. */
export function tensorHeader(shape: readonly number[], dtype: string): string {
  return `Tensor ${dtype} [${shape.join(', ')}]`;
}

/** Values that are not tensors: numbers, strings, arrays, plain objects, errors. */
export function formatPrintedValue(value: unknown, describeTensor: (v: unknown) => string | null, depth = 0): string {
  const asTensor = describeTensor(value);
  if (asTensor !== null) return asTensor;
  if (typeof value === 'string') return depth === 0 ? value : JSON.stringify(value);
  if (typeof value === 'number') return formatSignificant(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'symbol') {
    return String(value);
  }
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (depth >= 3) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    const shown = items.slice(0, 20).map((v) => formatPrintedValue(v, describeTensor, depth + 1));
    if (items.length > 20) shown.push(`… ${items.length - 20} more`);
    return `[${shown.join(', ')}]`;
  }
  if (value instanceof Map) {
    const entries = [...value.entries()].map(
      ([k, v]) => `${formatPrintedValue(k, describeTensor, depth + 1)} => ${formatPrintedValue(v, describeTensor, depth + 1)}`,
    );
    return `Map {${entries.join(', ')}}`;
  }
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => `${k}: ${formatPrintedValue(v, describeTensor, depth + 1)}`,
  );
  return `{ ${entries.join(', ')} }`.replace('{  }', '{}');
}
