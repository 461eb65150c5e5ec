import { describe, expect, it } from 'vitest';
import { conv2d, globalMaxPool, maxPool, outputSize } from '../../../src/math/convolution';

describe('convolution and pooling', () => {
  it('sizes outputs by ⌊(n + 2p − k)/s⌋ + 1', () => {
    expect(outputSize(28, 3)).toBe(26);
    expect(outputSize(28, 3, 1)).toBe(28);
    expect(outputSize(28, 5, 0, 2)).toBe(12);
  });

  it('slides the kernel without flipping it (cross-correlation)', () => {
    const input = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    expect(conv2d(input, [[1, 0], [0, 0]])).toEqual([[1, 2], [4, 5]]);
    expect(conv2d(input, [[0, 0], [0, 1]])).toEqual([[5, 6], [8, 9]]);
    expect(conv2d(input, [[1, 1, 1], [1, 1, 1], [1, 1, 1]])).toEqual([[45]]);
  });

  it('keeps the size with same padding, treating outside as zeros', () => {
    const out = conv2d([[1, 2], [3, 4]], [[1, 1, 1], [1, 1, 1], [1, 1, 1]], 'same');
    expect(out).toEqual([[10, 10], [10, 10]]);
  });

  it('max-pools 2×2 windows and takes a global max', () => {
    const grid = [[1, 5, 2, 0], [3, 4, 8, 1], [0, 0, 1, 1], [9, 2, 1, 7]];
    expect(maxPool(grid)).toEqual([[5, 8], [9, 7]]);
    expect(globalMaxPool(grid)).toBe(9);
  });
});
