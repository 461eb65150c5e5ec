/** The headline figures of a projection, as a description list (each value carries `data-summary` for tests and tools). */
import { t } from '../i18n';
import type { Summary } from './model/summary';
import { formatPercent, formatMoney } from './money-display';

const na = () => t('worksheet.summary.na');
export const ratioText = (v: number | null) => (v === null ? na() : v.toFixed(1) + '×');
const monthsText = (v: number | null) => (v === null ? na() : t('worksheet.summary.months', { n: v.toFixed(1) }));

/** Sustained break-even, with the first positive month beside it when they differ. */
export function breakEvenText(summary: Summary, horizon: number): string {
  const sustained = summary.sustainedBreakEvenMonth;
  const main = sustained === null ? t('worksheet.summary.never', { h: horizon }) : t('worksheet.summary.month', { n: sustained });
  const first = summary.breakEvenMonth;
  return first !== null && first !== sustained ? `${main} (${t('worksheet.summary.firstBreakEven', { n: first })})` : main;
}

/** Runway, with what happens after the cash-out: a rescuing round, or cash coming back by itself. */
export function runwayText(summary: Summary, horizon: number): string {
  if (summary.runwayMonths === null) return t('worksheet.summary.beyond', { h: horizon });
  const main = t('worksheet.summary.months', { n: summary.runwayMonths });
  if (summary.rescueRoundMonth !== null) return `${main} (${t('worksheet.summary.rescue', { n: summary.rescueRoundMonth })})`;
  if (summary.recoveryMonth !== null) return `${main} (${t('worksheet.summary.recovers', { n: summary.recoveryMonth })})`;
  return main;
}

export function cashOutText(summary: Summary, horizon: number): string {
  return summary.cashOutMonth === null ? t('worksheet.summary.cashOutNever', { h: horizon }) : t('worksheet.summary.month', { n: summary.cashOutMonth });
}

export function cashPaybackText(summary: Summary, horizon: number): string {
  return summary.cashPaybackMonth === null ? t('worksheet.summary.never', { h: horizon }) : t('worksheet.summary.month', { n: summary.cashPaybackMonth });
}

/** Every summary figure as [key, label, text]: the sidebar's list and the comparison table show the same ones. */
export function summaryItems(summary: Summary, horizon: number): [string, string, string][] {
  return [
    ['breakEven', t('worksheet.summary.sustainedBreakEven'), breakEvenText(summary, horizon)],
    ['runway', t('worksheet.summary.runway'), runwayText(summary, horizon)],
    ['cashOut', t('worksheet.summary.cashOut'), cashOutText(summary, horizon)],
    ['finalCash', t('worksheet.summary.finalCash'), formatMoney(summary.finalCash)],
    ['cashPayback', t('worksheet.summary.cashPayback'), cashPaybackText(summary, horizon)],
    ['roi', t('worksheet.summary.roi'), summary.roi === null ? na() : formatPercent(summary.roi)],
    ['grossMargin', t('worksheet.summary.grossMargin'), summary.grossMarginShare === null ? na() : formatPercent(summary.grossMarginShare)],
    ['cac', t('worksheet.summary.blendedCac'), summary.cac === null ? na() : formatMoney(summary.cac)],
    ['ltv', t('worksheet.summary.blendedLtv'), summary.ltv === null ? na() : formatMoney(summary.ltv)],
    ['ltvCac', t('worksheet.summary.ltvCacBlended'), ratioText(summary.ltvToCac)],
    ['payback', t('worksheet.summary.blendedPayback'), monthsText(summary.paybackMonths)],
  ];
}

export function SummaryView({ summary, horizon }: { summary: Summary; horizon: number }) {
  return (
    <section className="ws-summary" aria-label={t('worksheet.summary.heading')}>
      <dl>
        {summaryItems(summary, horizon).map(([key, label, value]) => (
          <div key={key} className="ws-summary-item">
            <dt>{label}</dt>
            <dd data-summary={key}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
