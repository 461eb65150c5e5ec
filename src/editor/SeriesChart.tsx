/**
 * One chart of the output: a live training curve (`chart` events) or a plot
 * drawn as a whole (`plot` events, scatter points and lines). Drawn with the
 * app's uPlot wrapper; under it, a visually hidden table of sampled values
 * gives screen readers (and the browser tests) the numbers behind the lines.
 */
import { useMemo } from 'react';
import type uPlot from 'uplot';
import { UPlotChart } from '../charts/UPlotChart';
import { t } from '../i18n';
import { ChartDataTable } from '../charts/ChartDataTable';
import { alignSeries } from './align-series';
import type { SeriesData } from './output-state';

export interface ChartSeries extends SeriesData {
  readonly style: 'points' | 'line';
}

export interface SeriesChartProps {
  readonly kind: 'chart' | 'plot';
  readonly name: string;
  readonly series: readonly ChartSeries[];
}

function seriesColour(index: number): string {
  const variable = `--series-${(index % 5) + 1}`;
  const value = (globalThis as { getComputedStyle?: typeof getComputedStyle }).getComputedStyle?.(document.documentElement).getPropertyValue(variable).trim();
  return value || '#0b5cad';
}

export function SeriesChart({ kind, name, series }: SeriesChartProps) {
  const data = useMemo(() => alignSeries(series), [series]);
  const shapeKey = series.map((s) => `${s.name}:${s.style}`).join('|');
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      scales: { x: { time: false } },
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      series: [
        { label: 'x' },
        ...shapeKey.split('|').map((key, index): uPlot.Series => {
          const [label = '', style] = key.split(':');
          const stroke = seriesColour(index);
          return style === 'points'
            ? { label, stroke, fill: stroke, paths: () => null, points: { show: true, size: 6, fill: stroke } }
            : { label, stroke, width: 2, spanGaps: true, points: { show: false } };
        }),
      ],
    }),
    [shapeKey],
  );
  const names = series.map((s) => s.name).join(', ');

  return (
    <figure className="lml-chart" data-chart-kind={kind} data-chart={name}>
      <figcaption className="lml-chart-title">{name}</figcaption>
      <UPlotChart
        options={options}
        data={data}
        optionsKey={shapeKey}
        height={200}
        label={t(kind === 'chart' ? 'runtime.chart.label' : 'runtime.plot.label', { name, series: names })}
      />
      <ChartDataTable caption={t('runtime.chart.tableCaption', { name })} lines={series.map((s) => s.name)} data={data} marker={{ 'data-chart-table': name }} />
    </figure>
  );
}
