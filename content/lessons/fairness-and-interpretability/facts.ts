/**
 * Numbers quoted by "Fairness and interpretability": a ten-applicant worked
 * example through src/math/fairness; the credit data's groups, default
 * rates and the age proxy read from public/data/credit.json; the bounds the
 * example's test checks are inputs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { correlation, demographicParityGap, equalOpportunityGap, groupRates } from '../../../src/math/fairness';
import { fmt, fmtGrouped, fmtPercent } from '../../../src/format/prose';
import { auc } from '../../../src/math/metrics';

const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/data/credit.json'), 'utf8')) as { columns: string[]; rows: number[][] };

export const inputs = {
  /** Worked example: ten applicants, the first five in group A; 1 = defaulted. */
  toyDefaulted: [0, 0, 0, 0, 1, 0, 0, 1, 1, 1],
  /** A lender that approves three in each group: A's first three, B's first repayer and two defaulters. */
  toyParityApprovals: [true, true, true, false, false, true, false, true, true, false],
  /** The audit's groups: under this age, and the rest. */
  ageLimit: 30,
  /** The example approves when the predicted chance of default is below this (its default setting). */
  threshold: 0.25,
  /** The example's test: the model with age approves under-30s at least this much less often (fraction of borrowers)… */
  gapAtLeast: 0.15,
  /** …without age, at least this share of that gap remains… */
  remainingShareAtLeast: 2 / 3,
  /** …repayers under 30 are still approved at least this much less often… */
  opportunityGapAtLeast: 0.15,
  /** …the test AUC moves by less than this… */
  aucChangeBelow: 0.01,
  /** …and history_years' permutation importance at least doubles. */
  importanceGrowth: 2,
} as const;

const i = inputs;
const inA = i.toyDefaulted.map((_, k) => k < 5);
const inB = inA.map((a) => !a);
const perfect = i.toyDefaulted.map((d) => d === 0);
const perfectA = groupRates(perfect, i.toyDefaulted, inA);
const perfectB = groupRates(perfect, i.toyDefaulted, inB);
const parityA = groupRates(i.toyParityApprovals, i.toyDefaulted, inA);
const parityB = groupRates(i.toyParityApprovals, i.toyDefaulted, inB);

const ageColumn = data.columns.indexOf('age');
const historyColumn = data.columns.indexOf('history_years');
const ages = data.rows.map((r) => r[ageColumn] ?? Number.NaN);
const young = ages.map((a) => a < i.ageLimit);
const defaulted = data.rows.map((r) => r.at(-1) ?? Number.NaN);
const defaultRate = (group: boolean) => {
  const members = defaulted.filter((_, k) => young[k] === group);
  return members.filter((d) => d === 1).length / members.length;
};
const count = (n: number) => fmt(n, 0);

export const facts: Readonly<Record<string, string>> = {
  age_limit: fmt(i.ageLimit, 0),
  borrowers: fmtGrouped(data.rows.length),
  young_count: fmtGrouped(young.filter(Boolean).length),
  young_share: fmtPercent(young.filter(Boolean).length / data.rows.length, 0),
  young_default: fmtPercent(defaultRate(true), 0),
  older_default: fmtPercent(defaultRate(false), 0),
  age_history_r: fmt(correlation(ages, data.rows.map((r) => r[historyColumn] ?? Number.NaN)), 2),
  history_auc: fmt(auc(young.map((y) => (y ? 1 : 0)), data.rows.map((r) => -(r[historyColumn] ?? Number.NaN))), 2),
  toy_a_repayers: count(perfectA.repayers),
  toy_b_repayers: count(perfectB.repayers),
  perfect_a: fmtPercent(perfectA.approvalRate, 0),
  perfect_b: fmtPercent(perfectB.approvalRate, 0),
  perfect_dp_gap: fmt(demographicParityGap(perfectA, perfectB) * 100, 0),
  perfect_eo_gap: fmt(equalOpportunityGap(perfectA, perfectB) * 100, 0),
  parity_a: fmtPercent(parityA.approvalRate, 0),
  parity_b: fmtPercent(parityB.approvalRate, 0),
  parity_a_repayers: fmtPercent(parityA.approvalAmongRepayers, 0),
  parity_b_repayers: fmtPercent(parityB.approvalAmongRepayers, 0),
  parity_eo_gap: fmt(equalOpportunityGap(parityA, parityB) * 100, 0),
  parity_b_defaulters: fmtPercent(parityB.wronglyApproved, 0),
  threshold: fmt(i.threshold, 2),
  gap_at_least: fmt(i.gapAtLeast * 100, 0),
  remaining_share: fmtPercent(i.remainingShareAtLeast, 0),
  opportunity_gap_at_least: fmt(i.opportunityGapAtLeast * 100, 0),
  auc_change_below: fmt(i.aucChangeBelow, 2),
  importance_growth: fmt(i.importanceGrowth, 0),
};
