import { describe, expect, it } from 'vitest';
import { correlation, demographicParityGap, equalOpportunityGap, groupRates } from '../../../src/math/fairness';

// Ten applicants. Group A (first five): defaulted 0 0 0 0 1; group B: 0 0 1 1 1.
const defaulted = [0, 0, 0, 0, 1, 0, 0, 1, 1, 1];
const inA = defaulted.map((_, i) => i < 5);
const inB = inA.map((a) => !a);

describe('group rates', () => {
  it('are worked by hand for a lender that approves exactly the repayers', () => {
    const approved = defaulted.map((d) => d === 0);
    const a = groupRates(approved, defaulted, inA);
    const b = groupRates(approved, defaulted, inB);
    expect(a).toEqual({ count: 5, approvalRate: 4 / 5, repayers: 4, approvalAmongRepayers: 1, wronglyDeclined: 0, defaulters: 1, wronglyApproved: 0 });
    expect(b.approvalRate).toBe(2 / 5);
    // Perfect decisions: equal opportunity holds, demographic parity does not (0.8 vs 0.4).
    expect(equalOpportunityGap(a, b)).toBe(0);
    expect(demographicParityGap(a, b)).toBeCloseTo(0.4, 12);
  });

  it('shows demographic parity without equal opportunity', () => {
    // Approve 3 in each group: A's first three repayers; in B one repayer and two defaulters.
    const approved = [true, true, true, false, false, true, false, true, true, false];
    const a = groupRates(approved, defaulted, inA);
    const b = groupRates(approved, defaulted, inB);
    expect(demographicParityGap(a, b)).toBe(0);
    expect(a.approvalAmongRepayers).toBe(3 / 4);
    expect(b.approvalAmongRepayers).toBe(1 / 2);
    expect(b.wronglyDeclined).toBe(1 / 2);
    expect(b.wronglyApproved).toBe(2 / 3);
    expect(equalOpportunityGap(a, b)).toBeCloseTo(0.25, 12);
  });

  it('reports NaN, not 0, for a group with nobody in it', () => {
    const r = groupRates([true], [0], [false]);
    expect(r.count).toBe(0);
    expect(r.approvalRate).toBeNaN();
  });
});

describe('correlation', () => {
  it('is 1, −1 and a hand-worked value', () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    // x = [1, 2, 3], y = [1, 3, 2]: deviations (−1, 0, 1) and (−1, 1, 0): 1 / √(2 · 2) = 0.5.
    expect(correlation([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 12);
    expect(() => correlation([1], [1])).toThrow(RangeError);
  });
});
