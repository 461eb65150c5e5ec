/**
 * Training progress from `progress` events. The bar is the event's
 * done / total, computed once in the worker (src/runtime/progress-reporter.ts)
 * from the same numbers as the time left: this file only draws it.
 */
import { t } from '../i18n';
import type { Progress } from './output-state';

export function progressFraction(p: Progress): number {
  return p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0;
}

export function ProgressBar({ progress }: { progress: Progress }) {
  const percent = Math.round(progressFraction(progress) * 100);
  const position =
    progress.batches > 0
      ? t('runtime.progress.text', { epoch: progress.epoch, epochs: progress.epochs, batch: progress.batch, batches: progress.batches })
      : t('runtime.progress.textEpochs', { epoch: progress.epoch, epochs: progress.epochs });
  const eta =
    progress.etaMs === null
      ? t('runtime.progress.etaUnknown')
      : t('runtime.progress.eta', { seconds: Math.max(0, Math.round(progress.etaMs / 1000)) });
  const text = `${position} · ${eta}`;
  return (
    <div className="lml-progress">
      <div
        className="lml-progress-track"
        role="progressbar"
        aria-label={t('runtime.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% · ${text}`}
      >
        <div className="lml-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="lml-progress-text">{text}</div>
    </div>
  );
}
