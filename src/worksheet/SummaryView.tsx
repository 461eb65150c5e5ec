/** The headline figures of a projection, as a description list (each value carries `data-summary` for tests and tools). */
import { t } from '../i18n';
import type { Summary } from './model/summary';
import { formatPercent, formatUsdCompact } from './format';

const na = () => t('worksheet.summary.na');
const ratio = (v: number | null) => (v === null ? na() : v.toFixed(1) + '×');

export function breakEvenText(summary: Summary, horizon: number): string {
  return summary.breakEvenMonth === null ? t('worksheet.summary.never', { h: horizon }) : t('worksheet.summary.month', { n: summary.breakEvenMonth });
}

export function runwayText(summary: Summary, horizon: number): string {
  return summary.runwayMonths === null ? t('worksheet.summary.beyond', { h: horizon }) : t('worksheet.summary.months', { n: summary.runwayMonths });
}

export function SummaryView({ summary, horizon }: { summary: Summary; horizon: number }) {
  const items: [string, string, string][] = [
    ['breakEven', t('worksheet.summary.breakEven'), breakEvenText(summary, horizon)],
    ['runway', t('worksheet.summary.runway'), runwayText(summary, horizon)],
    ['finalCash', t('worksheet.summary.finalCash'), formatUsdCompact(summary.finalCash)],
    ['roi', t('worksheet.summary.roi'), summary.roi === null ? na() : formatPercent(summary.roi)],
    ['grossMargin', t('worksheet.summary.grossMargin'), summary.grossMarginShare === null ? na() : formatPercent(summary.grossMarginShare)],
    ['cac', t('worksheet.summary.cac'), summary.cac === null ? na() : formatUsdCompact(summary.cac)],
    ['ltv', t('worksheet.summary.ltv'), summary.ltv === null ? na() : formatUsdCompact(summary.ltv)],
    ['ltvCac', t('worksheet.summary.ltvCac'), ratio(summary.ltvToCac)],
    ['payback', t('worksheet.summary.payback'), summary.paybackMonths === null ? na() : t('worksheet.summary.months', { n: summary.paybackMonths.toFixed(1) })],
  ];
  return (
    <section className="ws-summary" aria-label={t('worksheet.summary.heading')}>
      <dl>
        {items.map(([key, label, value]) => (
          <div key={key} className="ws-summary-item">
            <dt>{label}</dt>
            <dd data-summary={key}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
