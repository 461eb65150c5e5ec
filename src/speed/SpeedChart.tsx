/**
 * Steps per second against parameters for the width sweep, one line per
 * backend, both axes on log scales (the sizes grow ×4 in width, ~×16 in
 * parameters), with the numbers in a hidden table for screen readers.
 */
import { useMemo } from 'react';
import type uPlot from 'uplot';
import { ChartDataTable } from '../charts/ChartDataTable';
import { UPlotChart } from '../charts/UPlotChart';
import type { Aligned } from '../editor/align-series';
import { backendName } from '../editor/backend-names';
import { t } from '../i18n';
import { useLocale } from '../i18n/locale-store';
import type { BackendName } from '../runtime/protocol';
import { SPEED_MODELS } from './models';
import { findMeasured, measuredBackends, type SpeedRow } from './results';

const AXIS = '#888888';
/** uPlot's logarithmic distribution: `Scale.Distr.Logarithmic`, a const enum that isolated modules cannot read. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- 3 is that enum's value
const LOG = 3 as uPlot.Scale.Distr;
export const BACKEND_COLORS: Readonly<Record<BackendName, string>> = { webgpu: '#d9480f', webgl: '#2f9e44', cpu: '#1c7ed6' };

export function SpeedChart({ rows }: { rows: readonly SpeedRow[] }) {
  const locale = useLocale();
  const sweep = SPEED_MODELS.filter((m) => m.sweep);
  const backends = measuredBackends(rows);
  const backendsKey = backends.join();
  const { data, options } = useMemo(() => {
    const x = sweep.map((m) => m.params);
    const columns = backends.map((b) => sweep.map((m) => findMeasured(rows, m.id, b)?.stepsPerSecond ?? null));
    const options: Omit<uPlot.Options, 'width' | 'height'> = {
      scales: { x: { time: false, distr: LOG }, y: { distr: LOG } },
      // Room on the right for the last x label.
      padding: [null, 28, null, null],
      axes: [
        { stroke: AXIS, label: t('speed.chart.x') },
        { stroke: AXIS, label: t('speed.chart.y'), size: 60 },
      ],
      series: [{ label: t('speed.chart.x') }, ...backends.map((b) => ({ label: backendName(b), stroke: BACKEND_COLORS[b], width: 2, points: { show: true, size: 7 } }))],
    };
    const aligned: Aligned = [x, ...columns];
    return { data: aligned, options };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the locale changes the labels
  }, [rows, backendsKey, locale]);
  if (backends.length === 0) return null;
  return (
    <figure className="speed-chart">
      <UPlotChart options={options} data={data} label={t('speed.chart.label')} height={260} optionsKey={backendsKey} />
      <figcaption>{t('speed.chart.caption')}</figcaption>
      <ChartDataTable caption={t('speed.chart.label')} lines={backends.map(backendName)} data={data} marker={{ 'data-chart-table': 'speed' }} />
    </figure>
  );
}
