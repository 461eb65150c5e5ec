/**
 * The run's output, as it happens: a status line (announced politely to
 * screen readers), the error if any, progress, live charts, plots, printed
 * values, final metrics and the memory left after the run.
 */
import { languageTag, t } from '../i18n';
import { formatCell, formatWhole } from '../format/locale-number';
import type { BackendName } from '../runtime/protocol';
import { DownloadList } from './DownloadList';
import { ErrorBox } from './ErrorBox';
import { lossDiverged } from './error-help';
import { HelpNote } from './HelpNote';
import { HeatmapView } from './HeatmapView';
import { ImageStrip } from './ImageStrip';
import { formatBytes } from '../format/bytes';
import { formatSignificantOrGap } from '../format/significant';
import { MAX_PER_KIND, type OutputState, type RunSummary } from './output-state';
import { PrintedValue } from './PrintedValue';
import { ProgressBar } from './ProgressBar';
import { SeriesChart } from './SeriesChart';
import { WorksheetCostOffer } from './WorksheetCostOffer';

export interface OutputViewProps {
  readonly output: OutputState;
  readonly onRetry: (backend: BackendName) => void;
  /** Names the lesson and example a measured worksheet cost comes from. */
  readonly source: string;
}

function statusText(output: OutputState): string {
  switch (output.status) {
    case 'idle':
      return t('runtime.output.empty');
    case 'running':
      return output.info ? t('runtime.status.running') : t('runtime.status.loading');
    case 'done':
      return t('runtime.status.done', { seconds: ((output.summary?.durationMs ?? 0) / 1000).toFixed(1) });
    case 'stopped':
      return t('runtime.status.stopped');
    case 'error':
      return t('runtime.status.error');
  }
}

/** How much GPU work a WebGPU run made (runtime/gpu-counters.ts: dispatches, submits, read-backs), per training step when the run reported steps. */
function GpuWorkLine({ work }: { work: NonNullable<RunSummary['gpuWork']> }) {
  const tag = languageTag();
  const counts = { dispatches: formatWhole(work.dispatches, tag), submits: formatWhole(work.submits, tag), readbacks: formatWhole(work.readbacks, tag) };
  return (
    <p className="lml-summary" data-testid="gpu-work" data-dispatches={work.dispatches} data-submits={work.submits} data-readbacks={work.readbacks} data-steps={work.steps}>
      {work.steps > 0
        ? t('runtime.summary.gpuWorkPerStep', {
            ...counts,
            dispatchesPerStep: formatCell(work.dispatches / work.steps, tag),
            submitsPerStep: formatCell(work.submits / work.steps, tag),
            readbacksPerStep: formatCell(work.readbacks / work.steps, tag),
            steps: formatWhole(work.steps, tag),
          })
        : t('runtime.summary.gpuWork', counts)}
    </p>
  );
}

export function OutputView({ output, onRetry, source }: OutputViewProps) {
  const metrics = Object.entries(output.metrics);
  const summary = output.summary;
  return (
    <div className="lml-output" data-run-status={output.status}>
      <p className="lml-status" role="status" data-testid="run-status">
        {statusText(output)}
      </p>
      {output.failure && (
        <ErrorBox failure={output.failure} backendInUse={output.info?.backend ?? null} onRetry={onRetry} />
      )}
      {output.progress && <ProgressBar progress={output.progress} />}
      {lossDiverged(output) && <HelpNote id="nanLoss" />}
      <div className="lml-charts">
        {output.charts.map((chart) => (
          <SeriesChart
            key={`chart:${chart.name}`}
            kind="chart"
            name={chart.name}
            series={chart.series.map((s) => ({ ...s, style: 'line' as const }))}
          />
        ))}
        {output.plots.map((plot) => (
          <SeriesChart key={`plot:${plot.name}`} kind="plot" name={plot.name} series={plot.series} />
        ))}
        {output.heatmaps.map((entry) => (
          <HeatmapView key={`heatmap:${entry.name}`} name={entry.name} heatmap={entry.heatmap} />
        ))}
      </div>
      {output.hiddenOutputs > 0 && (
        <p className="lml-muted" data-testid="hidden-outputs">
          {t('runtime.output.hidden', { count: output.hiddenOutputs, max: MAX_PER_KIND })}
        </p>
      )}
      {output.images.map((entry) => (
        <ImageStrip key={`images:${entry.name}`} name={entry.name} images={entry.images} />
      ))}
      {output.prints.length > 0 && (
        <div className="lml-prints">
          {output.droppedPrints > 0 && (
            <p className="lml-muted">{t('runtime.print.dropped', { count: output.droppedPrints })}</p>
          )}
          {output.prints.map((line) => (
            <PrintedValue key={line.id} line={line} />
          ))}
        </div>
      )}
      {metrics.length > 0 && (
        <section className="lml-metrics" aria-label={t('runtime.metrics')}>
          <h3>{t('runtime.metrics')}</h3>
          <dl>
            {metrics.map(([name, value]) => (
              <div key={name} data-metric={name} data-value={value}>
                <dt>{name}</dt>
                <dd>{formatSignificantOrGap(value)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <DownloadList downloads={output.downloads} />
      {output.worksheetCost && <WorksheetCostOffer offer={output.worksheetCost} source={source} />}
      {summary && (
        <p
          className="lml-summary"
          data-testid="run-summary"
          data-num-tensors={summary.numTensors}
          data-num-bytes-gpu={summary.numBytesInGPU ?? ''}
        >
          {t('runtime.summary', {
            tensors: summary.numTensors,
            bytes:
              summary.numBytesInGPU === null || summary.numBytesInGPU === 0
                ? t('runtime.summary.noGpu')
                : t('runtime.summary.gpu', { gpu: formatBytes(summary.numBytesInGPU) }),
          })}
        </p>
      )}
      {summary?.gpuWork && <GpuWorkLine work={summary.gpuWork} />}
    </div>
  );
}
