/**
 * Group fairness of yes/no decisions, for the fairness lesson. A lender
 * approves or declines; afterwards each borrower repaid or defaulted. Per
 * group:
 *
 *   approval rate            = approved / everyone in the group
 *   approval among repayers  = approved repayers / repayers
 *                              (the true-positive rate when "repays" is the good outcome)
 *   wrongly declined         = declined repayers / repayers  = 1 − approval among repayers
 *   wrongly approved         = approved defaulters / defaulters
 *
 * Two common criteria compare two groups:
 *   demographic parity: equal approval rates (outcomes ignored);
 *   equal opportunity (Hardt, Price & Srebro 2016): equal approval among
 *     repayers, so a borrower who would repay has the same chance in either group.
 * When the groups' repayment rates differ, even a perfect predictor satisfies
 * equal opportunity and violates demographic parity.
 */

export interface GroupRates {
  readonly count: number;
  readonly approvalRate: number;
  readonly repayers: number;
  readonly approvalAmongRepayers: number;
  readonly wronglyDeclined: number;
  readonly defaulters: number;
  readonly wronglyApproved: number;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? Number.NaN : part / whole);

/**
 * Rates for the people whose `inGroup` is true. `approved[i]` is the
 * decision, `defaulted[i]` the outcome (1 defaulted, 0 repaid).
 */
export function groupRates(approved: readonly boolean[], defaulted: readonly number[], inGroup: readonly boolean[]): GroupRates {
  let count = 0;
  let approvedCount = 0;
  let repayers = 0;
  let approvedRepayers = 0;
  let defaulters = 0;
  let approvedDefaulters = 0;
  approved.forEach((yes, i) => {
    if (!inGroup[i]) return;
    count++;
    if (yes) approvedCount++;
    if (defaulted[i] === 1) {
      defaulters++;
      if (yes) approvedDefaulters++;
    } else {
      repayers++;
      if (yes) approvedRepayers++;
    }
  });
  const approvalAmongRepayers = ratio(approvedRepayers, repayers);
  return {
    count,
    approvalRate: ratio(approvedCount, count),
    repayers,
    approvalAmongRepayers,
    wronglyDeclined: 1 - approvalAmongRepayers,
    defaulters,
    wronglyApproved: ratio(approvedDefaulters, defaulters),
  };
}

/** |approval rate of a − approval rate of b|: 0 means demographic parity. */
export const demographicParityGap = (a: GroupRates, b: GroupRates): number => Math.abs(a.approvalRate - b.approvalRate);

/** |approval among repayers of a − of b|: 0 means equal opportunity. */
export const equalOpportunityGap = (a: GroupRates, b: GroupRates): number => Math.abs(a.approvalAmongRepayers - b.approvalAmongRepayers);

/** Pearson correlation of two equally long lists: Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²). */
export function correlation(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length || x.length < 2) throw new RangeError('correlation: needs two lists of the same length, at least 2');
  const mean = (v: readonly number[]) => v.reduce((s, a) => s + a, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    const dx = xi - mx;
    const dy = (y[i] ?? Number.NaN) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxy / Math.sqrt(sxx * syy);
}
