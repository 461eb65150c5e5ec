/** A month distribution from the Monte Carlo as text (10th / median / 90th) and a small accessible histogram. */
import { t } from '../../i18n';
import type { MonthDistribution } from '../model/monte-carlo';
import { formatPercent } from '../money-display';

export function Distribution({ id, title, dist, draws, unit }: { id: string; title: string; dist: MonthDistribution; draws: number; unit: 'month' | 'months' }) {
  const show = (v: number | null) =>
    v === null ? t('worksheet.risk.never') : unit === 'month' ? t('worksheet.summary.month', { n: v }) : t('worksheet.summary.months', { n: v });
  const bins = [...dist.counts.map((count, i) => ({ label: unit === 'month' ? String(i + 1) : String(i), count })), { label: t('worksheet.risk.never'), count: dist.never }];
  const max = Math.max(1, ...bins.map((b) => b.count));
  return (
    <section className="ws-dist" data-risk={id}>
      <h4>{title}</h4>
      <p className="ws-note" data-risk-percentiles={id}>
        {t('worksheet.risk.percentiles', { p10: show(dist.p10), p50: show(dist.p50), p90: show(dist.p90) })}
      </p>
      <ul className="ws-hist" aria-label={t('worksheet.risk.distribution', { what: title })}>
        {bins.map((bin) => (
          <li key={bin.label} style={{ height: `${(bin.count / max) * 100}%` }} data-empty={bin.count === 0}>
            {bin.count > 0 && <span className="ws-visually-hidden">{t('worksheet.risk.bin', { label: bin.label, share: formatPercent(bin.count / draws) })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
