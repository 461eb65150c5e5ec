/**
 * 2-D convolution and max pooling on plain number grids (rows of numbers),
 * for the convolution lesson's worked examples and its tests.
 *
 * Deep-learning "convolution" is really cross-correlation: the kernel is not
 * flipped. Output cell (i, j) = Σₐ Σ_b input[i·s + a − p][j·s + b − p] · kernel[a][b],
 * with zeros outside the input (padding p). Output size: ⌊(n + 2p − k) / s⌋ + 1.
 */
export type Grid = readonly (readonly number[])[];

export function outputSize(n: number, k: number, padding = 0, stride = 1): number {
  return Math.floor((n + 2 * padding - k) / stride) + 1;
}

export function conv2d(input: Grid, kernel: Grid, padding: 'valid' | 'same' = 'valid', stride = 1): number[][] {
  const n = input.length;
  const m = input[0]?.length ?? 0;
  const k = kernel.length;
  const kw = kernel[0]?.length ?? 0;
  // "same" (stride 1) pads so the output keeps the input's size: (k − 1) / 2 on each side for odd k.
  const p = padding === 'same' ? Math.floor((k - 1) / 2) : 0;
  const rows = outputSize(n, k, p, stride);
  const cols = outputSize(m, kw, p, stride);
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      let sum = 0;
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < kw; b++) {
          const value = input[i * stride + a - p]?.[j * stride + b - p] ?? 0;
          sum += value * (kernel[a]?.[b] ?? 0);
        }
      }
      return sum;
    }),
  );
}

/** Max pooling with a size×size window and the same stride (2×2 halves each side, dropping an odd last row/column). */
export function maxPool(input: Grid, size = 2): number[][] {
  const rows = Math.floor(input.length / size);
  const cols = Math.floor((input[0]?.length ?? 0) / size);
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      let best = -Infinity;
      for (let a = 0; a < size; a++) for (let b = 0; b < size; b++) best = Math.max(best, input[i * size + a]?.[j * size + b] ?? -Infinity);
      return best;
    }),
  );
}

/** Global max pooling: the single largest value of the whole map. */
export const globalMaxPool = (input: Grid): number => Math.max(...input.flat());
