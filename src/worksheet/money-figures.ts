/**
 * Which outputs are amounts of money (dollars in the model), so the sidebar
 * and the CSV convert exactly those to the display currency and nothing else
 * (counts, months, ratios and shares stay as they are).
 */
import type { OutputColumn } from './model/project';

export const MONEY_COLUMNS: ReadonlySet<OutputColumn> = new Set<OutputColumn>([
  'revenueSubscription',
  'revenueApi',
  'revenueAds',
  'revenueEnterprise',
  'revenue',
  'inferenceCost',
  'paymentFees',
  'fineTuningCost',
  'costOfRevenue',
  'grossMargin',
  'trainingCost',
  'labellingCost',
  'teamCost',
  'fixedCost',
  'acquisitionCost',
  'operatingCosts',
  'netIncome',
  'cumulativeCashFlow',
  'funding',
  'cash',
]);

/** Summary figures (CSV `figure` ids; stream figures as `<stream>.<figure>`) that are amounts of money. */
const MONEY_SUMMARY_FIGURES: ReadonlySet<string> = new Set(['finalCash', 'totalRevenue', 'totalCosts', 'blendedCac', 'blendedLtv']);
const MONEY_STREAM_FIGURES: ReadonlySet<string> = new Set(['acquisitionSpend', 'cac', 'revenuePerCustomerMonth', 'ltv']);

export function isMoneyFigure(figure: string): boolean {
  const [first = '', second] = figure.split('.');
  return second === undefined ? MONEY_SUMMARY_FIGURES.has(first) : first !== 'column' && MONEY_STREAM_FIGURES.has(second);
}
