import { describe, expect, it } from 'vitest';
import { permutationImportance, shuffleColumn } from '../../../src/math/importance';
import { auc } from '../../../src/math/metrics';

describe('permutation importance', () => {
  const rows = [[0, 5], [1, 5], [2, 5], [3, 5]];
  const labels = [0, 0, 1, 1];
  // The model scores by column 0 only.
  const model = (rs: readonly (readonly number[])[]) => rs.map((r) => r[0] ?? NaN);

  it('shuffles one column and leaves the others', () => {
    expect(shuffleColumn(rows, 0, [3, 2, 1, 0])).toEqual([[3, 5], [2, 5], [1, 5], [0, 5]]);
    expect(() => shuffleColumn(rows, 0, [0])).toThrow(RangeError);
  });

  it('is the fall in AUC: 1 → 0 when the used column is reversed, 0 for the ignored column', () => {
    // Intact: scores 0,1,2,3 rank both positives on top: AUC 1. Reversed column 0: scores 3,2,1,0: AUC 0.
    expect(permutationImportance(model, rows, labels, auc, [3, 2, 1, 0])).toEqual([1, 0]);
    // Order [1, 0, 3, 2] keeps the negatives below the positives: no fall.
    expect(permutationImportance(model, rows, labels, auc, [1, 0, 3, 2])).toEqual([0, 0]);
  });
});
