/** Cash fan chart: the 10th–90th percentile band across Monte Carlo draws, the median, and the deterministic projection. */
import { useMemo } from 'react';
import type uPlot from 'uplot';
import { UPlotChart } from '../../charts/UPlotChart';
import { t } from '../../i18n';
import type { MonteCarloResult } from '../model/monte-carlo';
import { useLocale } from '../../i18n/locale-store';
import { formatMoney, type MoneyDisplay } from '../money-display';
import { moneyKey, PALETTE } from '../charts';

const AXIS = '#888888';
const moneyValue = (_u: uPlot, v: number | null) => (v === null ? '' : formatMoney(v));

export function FanChart({ result, deterministic, money }: { result: MonteCarloResult; deterministic: readonly number[]; money: MoneyDisplay }) {
  const locale = useLocale();
  const { data, options } = useMemo(() => {
    const months = result.cashP50.map((_, i) => i + 1);
    const options: Omit<uPlot.Options, 'width' | 'height'> = {
      scales: { x: { time: false } },
      axes: [{ stroke: AXIS }, { stroke: AXIS, size: 60, values: (_u, ticks) => ticks.map((v) => formatMoney(v)) }],
      series: [
        { label: t('worksheet.chart.month') },
        { label: t('worksheet.risk.p90'), stroke: PALETTE[0] + '88', width: 1, value: moneyValue },
        { label: t('worksheet.risk.p50'), stroke: PALETTE[0], width: 2, value: moneyValue },
        { label: t('worksheet.risk.p10'), stroke: PALETTE[0] + '88', width: 1, value: moneyValue },
        { label: t('worksheet.col.cash'), stroke: PALETTE[2], width: 1, dash: [4, 3], value: moneyValue },
        { label: t('worksheet.chart.zero'), stroke: AXIS, dash: [6, 4], width: 1, points: { show: false } },
      ],
      bands: [{ series: [1, 3], fill: PALETTE[0] + '33' }],
    };
    const data: uPlot.AlignedData = [months, [...result.cashP90], [...result.cashP50], [...result.cashP10], [...deterministic], months.map(() => 0)];
    return { data, options };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result, deterministic, locale, money]);
  return <UPlotChart className="ws-chart" options={options} data={data} label={t('worksheet.risk.fan')} height={200} optionsKey={`fan-${moneyKey(money)}`} />;
}
