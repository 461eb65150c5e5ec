/**
 * Numbers quoted by "Convolution and pooling", computed by src/math/convolution.
 * The seed's "= 15" is quoted data: the wrong sum the lesson corrects.
 */
import { conv2d, globalMaxPool, maxPool, outputSize } from '../../../src/math/convolution';
import { fmt } from '../../../src/format/prose';

export const inputs = {
  /** A 5 × 7 patch: bright and flat on the left, an edge in the middle, dark and flat on the right. */
  patch: [
    [9, 9, 8, 5, 1, 0, 0],
    [9, 8, 9, 5, 1, 1, 0],
    [8, 9, 9, 4, 0, 1, 1],
    [9, 9, 8, 5, 1, 0, 1],
    [9, 8, 9, 4, 1, 1, 0],
  ],
  /** The window worked over the edge: row 1, column 3 (counting from 1). */
  edgeColumn: 3,
  sobel: [
    [1, 0, -1],
    [2, 0, -2],
    [1, 0, -1],
  ],
  /** A 4 × 4 feature map to pool. */
  map: [
    [1, 3, 2, 0],
    [4, 6, 1, 2],
    [0, 2, 7, 5],
    [1, 1, 3, 8],
  ],
  /** The circulating example: a 3×3 patch summed by an all-ones kernel, said to give 15. */
  seedPatch: [
    [1, 2, 3],
    [2, 2, 3],
    [3, 4, 5],
  ],
  seedWrongSum: 15,
  image: 28,
  kernelSize: 3,
} as const;

const i = inputs;
const out = conv2d(i.patch, i.sobel);
const pooled = maxPool(i.map);
const at = (grid: readonly (readonly number[])[], r: number, c: number) => grid[r]?.[c] ?? Number.NaN;
const matrix = (grid: readonly (readonly number[])[]) => `\\begin{pmatrix} ${grid.map((row) => row.map((v) => fmt(v, 0)).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
const rowSums = i.seedPatch.map((row) => row.reduce((s, v) => s + v, 0));
const valid = outputSize(i.image, i.kernelSize);
const patch = i.patch as readonly (readonly number[])[];
/** One row of a window under the Sobel kernel: weight × (left pixel − right pixel), e.g. "2 \\cdot 9 - 2 \\cdot 1". */
const windowTerm = (row: number, column: number, weight: number) => {
  const left = fmt(patch[row]?.[column] ?? NaN, 0);
  const right = fmt(patch[row]?.[column + 2] ?? NaN, 0);
  return weight === 1 ? `${left} - ${right}` : `${weight} \\cdot ${left} - ${weight} \\cdot ${right}`;
};
// The edge is the patch's grey column 4 (counting from 1) and the drop after it: the map's
// columns 2 to 4 (indices 1 to 3) come from windows covering it, columns 1 and 5 from flat areas.
const edgeColumns = new Set([1, 2, 3]);
const edgeValues = out.flatMap((row) => row.filter((_, c) => edgeColumns.has(c)));
const flatValues = out.flatMap((row) => row.filter((_, c) => !edgeColumns.has(c)));

export const facts: Readonly<Record<string, string>> = {
  patch: matrix(i.patch),
  sobel: matrix(i.sobel),
  out: matrix(out),
  out_11: fmt(at(out, 0, 0), 0),
  // The first window's products, left column minus right column, row by row.
  term_1: windowTerm(0, 0, 1),
  term_2: windowTerm(1, 0, 2),
  term_3: windowTerm(2, 0, 1),
  out_13: fmt(at(out, 0, i.edgeColumn - 1), 0),
  edge_term_1: windowTerm(0, i.edgeColumn - 1, 1),
  edge_term_2: windowTerm(1, i.edgeColumn - 1, 2),
  edge_term_3: windowTerm(2, i.edgeColumn - 1, 1),
  out_cells: fmt(out.length * (out[0]?.length ?? NaN), 0),
  edge_min: fmt(Math.min(...edgeValues), 0),
  edge_max: fmt(Math.max(...edgeValues), 0),
  flat_max: fmt(Math.max(...flatValues.map(Math.abs)), 0),
  map: matrix(i.map),
  pooled: matrix(pooled),
  global_max: fmt(globalMaxPool(i.map), 0),
  seed_row_1: fmt(rowSums[0] ?? NaN, 0),
  seed_row_2: fmt(rowSums[1] ?? NaN, 0),
  seed_row_3: fmt(rowSums[2] ?? NaN, 0),
  seed_sum: fmt(rowSums.reduce((s, v) => s + v, 0), 0),
  seed_wrong: fmt(i.seedWrongSum, 0),
  image: fmt(i.image, 0),
  kernel_size: fmt(i.kernelSize, 0),
  valid_size: fmt(valid, 0),
  same_padding: fmt((i.kernelSize - 1) / 2, 0),
  same_size: fmt(outputSize(i.image, i.kernelSize, (i.kernelSize - 1) / 2), 0),
  pooled_size: fmt(Math.floor(valid / 2), 0),
  valid_cells: fmt(valid * valid, 0),
  pixels: fmt(i.image * i.image, 0),
  patch_rows: fmt(i.patch.length, 0),
  patch_cols: fmt(i.patch[0].length, 0),
  out_rows: fmt(out.length, 0),
  out_cols: fmt(out[0]?.length ?? NaN, 0),
  same_pooled: fmt(Math.floor(outputSize(i.image, i.kernelSize, (i.kernelSize - 1) / 2) / 2), 0),
};
