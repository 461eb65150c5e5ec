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
import { alignSeries, sampleIndices } from './align-series';
import { formatSignificantOrGap } from '../format/significant';
import type { SeriesData } from './output-state';

export interface ChartSeries extends SeriesData {
  readonly style: 'points' | 'line';
}

export interface SeriesChartProps {
  readonly kind: 'chart' | 'plot';
  readonly name: string;
  readonly series: readonly ChartSeries[];
}

const TABLE_ROWS = 40;

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
  const rows = sampleIndices(data[0].length, TABLE_ROWS);

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
      <table className="visually-hidden" data-chart-table={name}>
        <caption>{t('runtime.chart.tableCaption', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">x</th>
            {series.map((s) => (
              <th scope="col" key={s.name}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row">{formatSignificantOrGap(data[0][row])}</th>
              {series.map((s, index) => (
                <td key={s.name}>{formatSignificantOrGap(data[index + 1]?.[row])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
