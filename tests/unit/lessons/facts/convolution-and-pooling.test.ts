/** "Convolution and pooling": the Sobel map, pooling and output sizes, all recomputed with plain loops from the lesson's inputs. */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/convolution-and-pooling/facts';
import { expectUsesExactly } from './helpers';

const matrix = (grid: readonly (readonly number[])[]) => `\\begin{pmatrix} ${grid.map((row) => row.join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;

/** out[r][c] = Σ_a Σ_b in[r + a][c + b] · w[a][b] (0-based here), valid padding. */
function correlate(input: readonly (readonly number[])[], w: readonly (readonly number[])[]): number[][] {
  const rows = input.length - w.length + 1;
  const cols = (input[0]?.length ?? 0) - (w[0]?.length ?? 0) + 1;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      let total = 0;
      w.forEach((wr, a) => wr.forEach((wab, b) => (total += (input[r + a]?.[c + b] ?? NaN) * wab)));
      return total;
    }),
  );
}

describe('convolution-and-pooling facts', () => {
  it('match the hand arithmetic', () => {
    const out = correlate(i.patch, i.sobel);
    const p = i.patch;
    const c = i.edgeColumn - 1;
    // 2×2 max pool of the 4 × 4 map, and its global max.
    const pooled = [0, 2].map((r) => [0, 2].map((col) => Math.max(...[0, 1].flatMap((a) => [0, 1].map((b) => i.map[r + a]?.[col + b] ?? -Infinity)))));
    const valid = i.image - i.kernelSize + 1; // 26
    const same = i.image + 2 * ((i.kernelSize - 1) / 2) - i.kernelSize + 1; // 28
    const rowSums = i.seedPatch.map((row) => row.reduce((s, v) => s + v, 0));
    const edge = out.flatMap((row) => row.slice(1, 4));
    const flat = out.flatMap((row) => [row[0] ?? NaN, row[4] ?? NaN]);
    const term = (r: number, col: number, weight: number) =>
      weight === 1 ? `${p[r]?.[col]} - ${p[r]?.[col + 2]}` : `${weight} \\cdot ${p[r]?.[col]} - ${weight} \\cdot ${p[r]?.[col + 2]}`;
    expect(facts).toEqual({
      patch: matrix(p),
      sobel: matrix(i.sobel),
      out: matrix(out),
      out_11: String(out[0]?.[0]), // (9 − 8) + 2(9 − 9) + (8 − 9) = 0
      term_1: term(0, 0, 1), term_2: term(1, 0, 2), term_3: term(2, 0, 1),
      out_13: String(out[0]?.[c]), // (8 − 1) + 2(9 − 1) + (9 − 0) = 32
      edge_term_1: term(0, c, 1), edge_term_2: term(1, c, 2), edge_term_3: term(2, c, 1),
      out_cells: String(out.length * (out[0]?.length ?? NaN)),
      edge_min: String(Math.min(...edge)),
      edge_max: String(Math.max(...edge)),
      flat_max: String(Math.max(...flat.map(Math.abs))),
      map: matrix(i.map),
      pooled: matrix(pooled),
      global_max: String(Math.max(...i.map.flat())),
      seed_row_1: String(rowSums[0]), seed_row_2: String(rowSums[1]), seed_row_3: String(rowSums[2]),
      seed_sum: String(rowSums.reduce((s, v) => s + v, 0)), // 25, not 15
      seed_wrong: String(i.seedWrongSum),
      image: String(i.image), kernel_size: String(i.kernelSize),
      valid_size: String(valid), same_padding: '1', same_size: String(same),
      pooled_size: String(Math.floor(valid / 2)), valid_cells: String(valid * valid), pixels: String(i.image * i.image),
      patch_rows: String(p.length), patch_cols: String(p[0].length),
      out_rows: String(p.length - 2), out_cols: String(p[0].length - 2),
      same_pooled: String(Math.floor(same / 2)),
    });
    // The lesson's claim: the edge columns dwarf the flat ones.
    expect(Math.min(...edge)).toBeGreaterThan(5 * Math.max(...flat.map(Math.abs)));
    expectUsesExactly('convolution-and-pooling', facts);
  });
});
