/**
 * The worksheet's uPlot charts: revenue by stream (stacked by hand: each
 * series is the running sum, drawn largest first so smaller areas paint on
 * top), cash with a zero line and a break-even marker, and overlaid cash
 * curves for comparison. Colours are mid-tones readable on both themes.
 */
import { useMemo } from 'react';
import type uPlot from 'uplot';
import { UPlotChart } from '../charts/UPlotChart';
import { t } from '../i18n';
import { useLocale } from '../i18n/locale-store';
import type { MonthRow } from './model/project';
import { formatMoney, type MoneyDisplay } from './money-display';

export const PALETTE = ['#3b82f6', '#10b981', '#f59e0b', '#a855f7', '#ef4444', '#14b8a6', '#eab308', '#6366f1'] as const;
const AXIS = '#888888';

const moneyAxis: uPlot.Axis = { stroke: AXIS, size: 60, values: (_u, ticks) => ticks.map((v) => formatMoney(v)) };
const monthAxis: uPlot.Axis = { stroke: AXIS, label: undefined };

const STREAMS = [
  ['revenueSubscription', 'worksheet.col.revenueSubscription'],
  ['revenueApi', 'worksheet.col.revenueApi'],
  ['revenueAds', 'worksheet.col.revenueAds'],
  ['revenueEnterprise', 'worksheet.col.revenueEnterprise'],
] as const;

/** The part of a chart's key that changes with what its labels and money axis show. */
export const moneyKey = (money: MoneyDisplay) => `${money.currency}-${money.cnyPerUsd}`;

/**
 * `enabled`: which of the four streams are on (subscription, API, ads, enterprise); streams that are off are left out.
 * `money`: the display currency (the chart is rebuilt when it changes).
 */
export function RevenueChart({ rows, enabled, money }: { rows: readonly MonthRow[]; enabled: readonly boolean[]; money: MoneyDisplay }) {
  const locale = useLocale();
  const { data, options } = useMemo(() => {
    const months = rows.map((r) => r.month);
    const running = rows.map(() => 0);
    const stacked = STREAMS.map(([key]) => rows.map((r, i) => (running[i] = (running[i] ?? 0) + r[key])));
    const order = [...STREAMS.keys()].filter((i) => enabled[i]).reverse();
    const options: Omit<uPlot.Options, 'width' | 'height'> = {
      scales: { x: { time: false } },
      axes: [monthAxis, moneyAxis],
      series: [
        { label: t('worksheet.chart.month') },
        ...order.map((i) => ({
          label: t(STREAMS[i]?.[1] ?? 'worksheet.col.revenue'),
          stroke: PALETTE[i],
          fill: (PALETTE[i] ?? '#888') + '99',
          value: (_u: uPlot, v: number | null) => (v === null ? '' : formatMoney(v)),
        })),
      ],
    };
    const data = [months, ...order.map((i) => stacked[i] ?? [])] as uPlot.AlignedData;
    return { data, options };
    // The labels are read in the current language, the money formatter in the current currency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, enabled, locale, money]);
  return <UPlotChart className="ws-chart" options={options} data={data} label={t('worksheet.chart.revenue')} height={200} optionsKey={`revenue-${enabled.join('-')}-${moneyKey(money)}`} />;
}

/** Draws a dashed vertical line at month `at` (the break-even marker). */
function markerPlugin(at: number | null): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          if (at === null) return;
          const x = u.valToPos(at, 'x', true);
          const ctx = u.ctx;
          ctx.save();
          ctx.strokeStyle = '#10b981';
          ctx.setLineDash([4, 4]);
          ctx.lineWidth = 2;
          ctx.beginPath();
          ctx.moveTo(x, u.bbox.top);
          ctx.lineTo(x, u.bbox.top + u.bbox.height);
          ctx.stroke();
          ctx.fillStyle = '#10b981';
          ctx.fillText(t('worksheet.chart.breakEvenMark'), x + 4, u.bbox.top + 12);
          ctx.restore();
        },
      ],
    },
  };
}

export function CashChart({ rows, breakEvenMonth, money }: { rows: readonly MonthRow[]; breakEvenMonth: number | null; money: MoneyDisplay }) {
  const locale = useLocale();
  const { data, options } = useMemo(() => {
    const options: Omit<uPlot.Options, 'width' | 'height'> = {
      scales: { x: { time: false } },
      axes: [monthAxis, moneyAxis],
      plugins: [markerPlugin(breakEvenMonth)],
      series: [
        { label: t('worksheet.chart.month') },
        // uPlot passes null for a missing point, though its type says number.
        { label: t('worksheet.col.cash'), stroke: PALETTE[0], width: 2, value: (_u: uPlot, v: number | null) => (v === null ? '' : formatMoney(v)) },
        { label: t('worksheet.chart.zero'), stroke: AXIS, dash: [6, 4], width: 1, points: { show: false } },
      ],
    };
    const data: uPlot.AlignedData = [rows.map((r) => r.month), rows.map((r) => r.cash), rows.map(() => 0)];
    return { data, options };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, breakEvenMonth, locale, money]);
  return (
    <UPlotChart
      className="ws-chart"
      options={options}
      data={data}
      label={t('worksheet.chart.cash')}
      height={200}
      optionsKey={`cash-${breakEvenMonth ?? 'none'}-${moneyKey(money)}`}
    />
  );
}

/** Overlaid monthly `metric` (cash or revenue) of the compared scenarios. */
export function CompareChart({ curves, metric = 'cash', money }: { curves: readonly { name: string; rows: readonly MonthRow[] }[]; metric?: 'cash' | 'revenue'; money: MoneyDisplay }) {
  const locale = useLocale();
  const { data, options, key } = useMemo(() => {
    const longest = Math.max(...curves.map((c) => c.rows.length));
    const months = Array.from({ length: longest }, (_, i) => i + 1);
    const options: Omit<uPlot.Options, 'width' | 'height'> = {
      scales: { x: { time: false } },
      axes: [monthAxis, moneyAxis],
      series: [
        { label: t('worksheet.chart.month') },
        ...curves.map((c, i) => ({ label: c.name, stroke: PALETTE[i % PALETTE.length], width: 2, value: (_u: uPlot, v: number | null) => (v === null ? '' : formatMoney(v)) })),
        { label: t('worksheet.chart.zero'), stroke: AXIS, dash: [6, 4], width: 1, points: { show: false } },
      ],
    };
    const data = [months, ...curves.map((c) => months.map((_, i) => c.rows[i]?.[metric] ?? null)), months.map(() => 0)] as uPlot.AlignedData;
    return { data, options, key: `${metric}:${curves.map((c) => c.name).join('|')}:${moneyKey(money)}` };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [curves, metric, locale, money]);
  const label = metric === 'cash' ? t('worksheet.chart.compare') : t('worksheet.compare.revenue');
  return <UPlotChart className="ws-chart" options={options} data={data} label={label} height={200} optionsKey={key} />;
}
