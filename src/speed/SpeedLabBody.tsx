/**
 * The speed lab's working part, under its heading (SpeedLabShell.tsx): it
 * trains each model for a fixed number of steps on every backend the browser
 * offers (useSpeedRun.ts), then shows steps per second, the first step's time
 * (shader compiles), memory, GPU dispatches per step and whether each
 * backend's loss matches the CPU backend's; a chart of speed against size
 * with the crossover put in words; and an export to compare with another
 * device's file. Lazy, with the feature dictionaries.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { backendName } from '../editor/backend-names';
import { languageTag, t } from '../i18n';
import { joinSentences } from '../i18n/sentences';
import { isSoftwareRenderer } from '../runtime/gpu';
import { useLocale } from '../i18n/locale-store';
import { formatDate } from '../format/date';
import { formatCount } from '../format/locale-number';
import { downloadText } from '../platform/download';
import type { BackendName } from '../runtime/protocol';
import { useSpeedLab } from '../store/speed-lab';
import { CompareTable } from './CompareTable';
import { deviceLine } from './device-line';
import { modelName } from './names';
import { crossoverOf, measuredBackends, readReportFile, type ReportProblem, type SpeedReport } from './results';
import { SpeedChart } from './SpeedChart';
import { SpeedTable } from './SpeedTable';
import { useSpeedRun } from './useSpeedRun';
import './speed-lab.css';

function crossoverText(report: SpeedReport, backend: BackendName): string | null {
  const crossover = crossoverOf(report.rows, backend);
  if (!crossover) return null;
  const name = backendName(backend);
  const software = backend === 'webgpu' ? report.device.webgpuSoftware : report.device.webglRenderer !== null && isSoftwareRenderer(report.device.webglRenderer);
  const emulated = software ? t('speed.crossover.emulated', { backend: name }) : '';
  switch (crossover.kind) {
    case 'always':
      return joinSentences([t('speed.crossover.always', { backend: name }), emulated]);
    case 'never':
      return joinSentences([t('speed.crossover.never', { backend: name, params: formatCount(crossover.params, languageTag()) }), emulated]);
    case 'from':
      return joinSentences([t('speed.crossover.from', { backend: name, params: formatCount(crossover.params, languageTag()), width: crossover.width }), emulated]);
  }
}

function problemText(problem: ReportProblem): string {
  switch (problem.kind) {
    case 'notJson':
      return t('speed.import.notJson');
    case 'notReport':
      return t('speed.import.notReport');
    case 'field':
      return t('speed.import.field', { field: problem.field, problem: problem.problem });
  }
}

export default function SpeedLabBody() {
  useLocale(); // re-renders on a language switch
  const report = useSpeedLab((s) => s.report);
  const { progress, start, stop } = useSpeedRun();
  const [imported, setImported] = useState<SpeedReport | null>(null);
  const [importProblem, setImportProblem] = useState<string | null>(null);

  const exportReport = () => {
    if (!report) return;
    downloadText(`speed-lab-${report.measuredAt.slice(0, 10)}.json`, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
  };
  const importFile = (file: File | undefined) => {
    if (!file) return;
    void file.text().then(
      (text) => {
        const read = readReportFile(text);
        setImported(read.ok ? read.value : null);
        setImportProblem(read.ok ? null : t('speed.import.failed', { file: file.name, reason: problemText(read.error) }));
      },
      () => setImportProblem(t('speed.import.failed', { file: file.name, reason: t('speed.import.unreadable') })),
    );
  };

  const date = report ? formatDate(report.measuredAt, languageTag(), true) : '';
  const gpuBackends = report ? measuredBackends(report.rows).filter((b) => b !== 'cpu') : [];

  return (
    <>
      <p>{t('speed.why')}</p>
      <p className="speed-actions">
        <button type="button" className="lml-run-lab" onClick={start} disabled={progress !== null} data-testid="speed-start">
          {t(report && report.rows.length > 0 ? 'speed.again' : 'speed.start')}
        </button>
        <button type="button" className="text-button" onClick={stop} disabled={progress === null}>
          {t('speed.stop')}
        </button>
      </p>
      <div aria-live="polite" data-testid="speed-progress">
        {progress && (
          <p>
            {t('speed.progress', { model: modelName(progress.model), backend: backendName(progress.backend), index: progress.index, total: progress.total })}{' '}
            <progress max={progress.total} value={progress.index - 1 + (progress.steps > 0 ? progress.step / progress.steps : 0)} />
          </p>
        )}
      </div>

      {report && report.rows.length > 0 && (
        <section aria-labelledby="speed-results">
          <h2 id="speed-results">{t('speed.results')}</h2>
          <p data-testid="speed-device">{t('speed.measured', { device: deviceLine(report.device), date })}</p>
          <SpeedTable rows={report.rows} />
          <h2>{t('speed.chart.heading')}</h2>
          <SpeedChart rows={report.rows} />
          <div data-testid="speed-crossover">
            {gpuBackends.map((b) => {
              const text = crossoverText(report, b);
              return text ? <p key={b}>{text}</p> : null;
            })}
          </div>
        </section>
      )}

      <section aria-labelledby="speed-compare">
        <h2 id="speed-compare">{t('speed.compare.heading')}</h2>
        <p>{t('speed.compare.intro')}</p>
        <p className="speed-actions">
          <button type="button" className="text-button" onClick={exportReport} disabled={!report || report.rows.length === 0}>
            {t('speed.export')}
          </button>
          <label className="text-button">
            <input
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              data-testid="speed-import"
              onChange={(e) => {
                importFile(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
            {t('speed.import')}
          </label>
        </p>
        {importProblem && (
          <p role="alert" className="notice notice-error">
            {importProblem}
          </p>
        )}
        {imported && <CompareTable mine={report} theirs={imported} />}
      </section>
      <p>
        <Link href="/lessons/deployment/latency-and-throughput">{t('speed.lessonLink')}</Link>
      </p>
    </>
  );
}
