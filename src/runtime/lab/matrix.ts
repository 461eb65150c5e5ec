/**
 * Reading grids of numbers the user passes to `lab.heatmap` / `lab.images`:
 * rows of numbers or a tensor. Shapes are checked at the call (so an error
 * points at the user's line); tensor values are read asynchronously.
 */
import type * as tfjs from '@tensorflow/tfjs';

type Tf = typeof tfjs;

export interface Grid {
  readonly rows: number;
  readonly columns: number;
  /** Values per cell (1 for grey or plain values, 3 for RGB). */
  readonly channels: number;
  /** Row-major values, or a promise of them when they come from a tensor. */
  readonly values: number[] | Promise<number[]>;
}

const isTensor = (tf: Tf, v: unknown): v is tfjs.Tensor => v instanceof tf.Tensor;

/** Reads a tensor through a kept clone (the user may dispose the original right after the call). */
async function readTensor(tf: Tf, t: tfjs.Tensor): Promise<number[]> {
  const copy = tf.keep(t.clone());
  try {
    return Array.from(await copy.data(), Number);
  } finally {
    copy.dispose();
  }
}

/**
 * A grid from rows of numbers or a tensor of shape [h, w] (or, when
 * `allowChannels`, [h, w, 1] / [h, w, 3]). `what` names the argument in errors.
 */
export function readGrid(tf: Tf, input: unknown, what: string, allowChannels = false): Grid {
  if (isTensor(tf, input)) {
    if (input.isDisposed) throw new Error(`${what}: the tensor was disposed before it could be drawn`);
    const [h, w, c] = [input.shape.at(0), input.shape.at(1), input.shape.at(2)];
    const channelsOk = input.rank === 2 || (allowChannels && input.rank === 3 && (c === 1 || c === 3));
    if (!channelsOk || h === undefined || w === undefined) {
      throw new RangeError(`${what}: expected a tensor of shape [rows, columns]${allowChannels ? ' (or [h, w, 1] / [h, w, 3])' : ''}, got [${input.shape.join(', ')}]`);
    }
    return { rows: h, columns: w, channels: input.rank === 3 ? (c ?? 1) : 1, values: readTensor(tf, input) };
  }
  if (!Array.isArray(input) || input.length === 0) throw new TypeError(`${what}: expected rows of numbers (an array of arrays) or a tensor`);
  const rows = input as unknown[];
  const first = rows[0];
  const columns = first !== null && typeof first === 'object' && typeof (first as ArrayLike<number>).length === 'number' ? (first as ArrayLike<number>).length : -1;
  if (columns <= 0) throw new TypeError(`${what}: row 1 is not a list of numbers`);
  const values: number[] = [];
  rows.forEach((row, i) => {
    const r = row as ArrayLike<unknown> | null;
    if (r === null || typeof r !== 'object' || r.length !== columns) {
      throw new RangeError(`${what}: row ${i + 1} has ${r && typeof r === 'object' ? r.length : 0} values, row 1 has ${columns} (rows must be the same length)`);
    }
    for (let j = 0; j < columns; j++) {
      const v = Number(r[j]);
      values.push(v);
    }
  });
  return { rows: rows.length, columns, channels: 1, values };
}

/** Numbers from an array, a typed array or a tensor (flattened). */
export function readNumbers(tf: Tf, input: unknown, what: string): number[] | Promise<number[]> {
  if (isTensor(tf, input)) {
    if (input.isDisposed) throw new Error(`${what}: the tensor was disposed before it could be drawn`);
    return readTensor(tf, input);
  }
  if (input === null || typeof input !== 'object' || typeof (input as ArrayLike<number>).length !== 'number') {
    throw new TypeError(`${what} must be an array of numbers or a tensor`);
  }
  return Array.from(input as ArrayLike<unknown>, Number);
}
