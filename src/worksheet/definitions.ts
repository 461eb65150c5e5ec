/**
 * Every summary figure with its value and definition, in one list: the help
 * panel shows the definitions, the CSV export writes figure, value and
 * definition (io/csv.ts). Stream figures are named `<stream>.<figure>`.
 */
import { t, type MessageKey } from '../i18n';
import type { CsvFigure } from './io/csv';
import type { Summary } from './model/summary';

const SUMMARY_FIGURES: readonly [string, (s: Summary) => number | null, MessageKey][] = [
  ['breakEvenMonth', (s) => s.breakEvenMonth, 'worksheet.def.breakEvenMonth'],
  ['sustainedBreakEvenMonth', (s) => s.sustainedBreakEvenMonth, 'worksheet.def.sustainedBreakEvenMonth'],
  ['cashOutMonth', (s) => s.cashOutMonth, 'worksheet.def.cashOutMonth'],
  ['runwayMonths', (s) => s.runwayMonths, 'worksheet.def.runwayMonths'],
  ['recoveryMonth', (s) => s.recoveryMonth, 'worksheet.def.recoveryMonth'],
  ['rescueRoundMonth', (s) => s.rescueRoundMonth, 'worksheet.def.rescueRoundMonth'],
  ['cashPaybackMonth', (s) => s.cashPaybackMonth, 'worksheet.def.cashPaybackMonth'],
  ['finalCash', (s) => s.finalCash, 'worksheet.def.finalCash'],
  ['totalRevenue', (s) => s.totalRevenue, 'worksheet.def.totalRevenue'],
  ['totalCosts', (s) => s.totalCosts, 'worksheet.def.totalCosts'],
  ['roi', (s) => s.roi, 'worksheet.def.roi'],
  ['grossMarginShare', (s) => s.grossMarginShare, 'worksheet.def.grossMarginShare'],
  ['blendedCac', (s) => s.cac, 'worksheet.def.blendedCac'],
  ['blendedLtv', (s) => s.ltv, 'worksheet.def.blendedLtv'],
  ['blendedLtvToCac', (s) => s.ltvToCac, 'worksheet.def.blendedLtvToCac'],
  ['blendedPaybackMonths', (s) => s.paybackMonths, 'worksheet.def.blendedPaybackMonths'],
];

type StreamFigure = 'acquisitionSpend' | 'newCustomers' | 'cac' | 'grossMarginShare' | 'revenuePerCustomerMonth' | 'ltv' | 'ltvToCac' | 'paybackMonths';
const STREAM_FIGURES: readonly [StreamFigure, MessageKey][] = [
  ['acquisitionSpend', 'worksheet.def.acquisitionSpend'],
  ['newCustomers', 'worksheet.def.newCustomers'],
  ['cac', 'worksheet.def.cac'],
  ['grossMarginShare', 'worksheet.def.streamMargin'],
  ['revenuePerCustomerMonth', 'worksheet.def.revenuePerCustomerMonth'],
  ['ltv', 'worksheet.def.ltv'],
  ['ltvToCac', 'worksheet.def.ltvToCac'],
  ['paybackMonths', 'worksheet.def.paybackMonths'],
];

/** Definitions of the monthly columns whose meaning the header alone does not give. */
const COLUMN_DEFINITIONS: readonly [string, MessageKey][] = [
  ['paymentFees', 'worksheet.def.paymentFees'],
  ['modelCalls', 'worksheet.def.modelCalls'],
  ['gpusAtPeak', 'worksheet.def.gpusAtPeak'],
  ['cumulativeCashFlow', 'worksheet.def.cumulativeCashFlow'],
  ['apiAccounts', 'worksheet.def.customers'],
  ['inferenceCost', 'worksheet.def.capacityCost'],
];

/** The help panel's list: every definition once. */
export const DEFINITION_KEYS: readonly MessageKey[] = [
  ...SUMMARY_FIGURES.map(([, , key]) => key),
  ...STREAM_FIGURES.map(([, key]) => key),
  ...COLUMN_DEFINITIONS.map(([, key]) => key),
  'worksheet.def.monteCarlo',
];

/** The CSV's figure table: summary figures, each stream's figures, then column definitions (no value). */
export function csvFigures(summary: Summary): CsvFigure[] {
  return [
    ...SUMMARY_FIGURES.map(([figure, get, key]) => ({ figure, value: get(summary), definition: t(key) })),
    ...summary.streams.flatMap((stream) =>
      STREAM_FIGURES.map(([figure, key]) => ({ figure: `${stream.stream}.${figure}`, value: figure === 'newCustomers' && !stream.countsCustomers ? null : stream[figure], definition: t(key) })),
    ),
    ...COLUMN_DEFINITIONS.map(([column, key]) => ({ figure: `column.${column}`, value: null, definition: t(key) })),
  ];
}
